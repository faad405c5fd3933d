// A fake NCALayer for browser tests: a @web/test-runner plugin serving the NCALayer WebSocket protocol over WSS on loopback,
// with a self-signed certificate made at start (openssl CLI), as the real one serves wss://127.0.0.1:13579.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { WebSocketServer } from 'ws';
import getPort from 'get-port';

/**
 * `success` answers a PEM string (old NCALayer), `array` an array of one bare base64 CMS (NCALayer
 * since about October 2024), `cancel` the parent pressing Cancel, `error` an invocation error,
 * `module-not-found` an NCALayer without the basics module, `broken` an answer that is not JSON,
 * `no-cms` a result that is not a CMS, `socket-closed` closes the socket instead of answering,
 * `hang` never answers, `not-running` a port nobody listens on.
 */
const BEHAVIOURS = ['success', 'array', 'cancel', 'error', 'module-not-found', 'broken', 'no-cms', 'socket-closed', 'hang', 'not-running'];

/** A self-signed certificate for 127.0.0.1, made now (the test browser is told to accept it). */
function selfSignedCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'fake-ncalayer-'));
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1',
        '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let listeningPort = 0;
/** A loopback port kept free (nobody listens): the `not-running` NCALayer. */
let deadPort = 0;

/**
 * What the NCALayer CSP page adds to `connect-src`: the fake's `wss://127.0.0.1:<port>`, and the
 * free port of `not-running`, so that "nothing listening" is tried under the policy, not blocked by it.
 */
export function fakeNcaLayerOrigins() {
  return [`wss://127.0.0.1:${listeningPort}`, `wss://127.0.0.1:${deadPort}`];
}

/** DER TLV with a definite length. */
function tlv(tag, ...contents) {
  const body = Buffer.concat(contents);
  const n = body.length;
  const length =
    n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), length, body]);
}
const oid = (hex) => tlv(0x06, Buffer.from(hex, 'hex'));

/**
 * A plausible detached CMS: ContentInfo(signedData) → SignedData with no eContent and one
 * SignerInfo carrying random signature bytes. Shaped like NCALayer's output, signs nothing.
 */
function fakeCms() {
  const signedDataOid = oid('2a864886f70d010702'); // 1.2.840.113549.1.7.2
  const dataOid = oid('2a864886f70d010701'); // 1.2.840.113549.1.7.1
  const sha256Oid = tlv(0x30, oid('608648016503040201')); // 2.16.840.1.101.3.4.2.1
  const signerInfo = tlv(
    0x30,
    tlv(0x02, Buffer.from([1])),
    tlv(0x80, randomBytes(20)), // subjectKeyIdentifier
    sha256Oid,
    tlv(0x30, oid('2a8648ce3d040302')), // ecdsa-with-SHA256
    tlv(0x04, randomBytes(64)),
  );
  const signedData = tlv(
    0x30,
    tlv(0x02, Buffer.from([1])),
    tlv(0x31, sha256Oid),
    tlv(0x30, dataOid), // detached: no [0] eContent
    tlv(0x31, signerInfo),
  );
  const der = tlv(0x30, signedDataOid, tlv(0xa0, signedData));
  return der.toString('base64');
}

function pem(base64) {
  return `-----BEGIN CMS-----\n${base64.match(/.{1,64}/g).join('\n')}\n-----END CMS-----\n`;
}

/** A loopback port nobody listens on (get-port binds one, then releases it). */
const freePort = () => getPort({ host: '127.0.0.1' });

/**
 * Commands (from the browser through `executeServerCommand`):
 * - `fake-ncalayer` `{ behaviour }` → `{ url, session }`: a URL whose connections behave as asked
 *   (see BEHAVIOURS; `not-running` gives a port with no listener).
 *   Sessions keep parallel test files from changing each other's fake.
 * - `fake-ncalayer-requests` `{ session }` → the JSON requests that session received.
 */
export function fakeNcaLayerPlugin() {
  /** @type {WebSocketServer | undefined} */
  let wss;
  /** @type {import('node:https').Server | undefined} */
  let https;
  let port = 0;
  let next = 0;
  /** @type {Map<string, { behaviour: string, requests: unknown[] }>} */
  const sessions = new Map();

  return {
    name: 'fake-ncalayer',

    async serverStart() {
      https = createHttpsServer(selfSignedCertificate());
      wss = new WebSocketServer({ server: https });
      await new Promise((resolve, reject) => {
        https.once('error', reject);
        https.listen(0, '127.0.0.1', resolve);
      });
      port = listeningPort = https.address().port;
      deadPort = await freePort();
      wss.on('connection', (socket, request) => {
        const session = sessions.get((request.url ?? '/').slice(1));
        // Real NCALayer greets every new connection first.
        socket.send(JSON.stringify({ result: { version: '1.4' } }));
        socket.on('message', (data) => {
          let message;
          try {
            message = JSON.parse(String(data));
          } catch {
            message = String(data);
          }
          session?.requests.push(message);
          switch (session?.behaviour ?? 'success') {
            case 'success':
              socket.send(JSON.stringify({ status: true, body: { result: pem(fakeCms()) } }));
              break;
            case 'array':
              socket.send(JSON.stringify({ status: true, body: { result: [fakeCms()] } }));
              break;
            case 'module-not-found':
              socket.send(JSON.stringify({ status: false, code: 'MODULE_NOT_FOUND', message: 'kz.gov.pki.knca.basics' }));
              break;
            case 'broken':
              socket.send('<html>not json');
              break;
            case 'no-cms':
              socket.send(JSON.stringify({ status: true, body: { result: 'not a signature !' } }));
              break;
            case 'socket-closed':
              socket.close(1011, 'gone');
              break;
            case 'cancel':
              socket.send(JSON.stringify({ status: true, body: {} }));
              break;
            case 'error':
              socket.send(
                JSON.stringify({
                  status: false,
                  code: 'INVOCATION_ERROR',
                  message: 'An invoked method threw an exception.',
                  details: 'org.json.JSONException: JSONObject["signerParams"] not found.',
                }),
              );
              break;
            case 'hang':
              break; // never answers: the client's time-out must fire
          }
        });
      });
    },

    async serverStop() {
      for (const client of wss?.clients ?? []) client.terminate();
      await new Promise((resolve) => (wss ? wss.close(() => resolve()) : resolve()));
      https?.closeAllConnections?.();
      await new Promise((resolve) => (https ? https.close(() => resolve()) : resolve()));
    },

    async executeCommand({ command, payload }) {
      if (command === 'fake-ncalayer') {
        const behaviour = payload?.behaviour ?? 'success';
        if (!BEHAVIOURS.includes(behaviour)) throw new Error(`fake-ncalayer: unknown behaviour ${behaviour}`);
        if (behaviour === 'not-running') return { url: `wss://127.0.0.1:${deadPort}/`, session: '' };
        const session = `s${++next}`;
        sessions.set(session, { behaviour, requests: [] });
        return { url: `wss://127.0.0.1:${port}/${session}`, session };
      }
      if (command === 'fake-ncalayer-requests') {
        return sessions.get(payload?.session)?.requests ?? [];
      }
      return undefined;
    },
  };
}
