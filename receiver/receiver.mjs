// The reference receiver: POST /api/applications/<service> (multipart: `detail` JSON + `files` in payload order),
// verified with egov-forms/server, stored once, a second application for the same child, service and year refused.
import { randomBytes } from 'node:crypto';
import { verifyPayload } from '../dist/server.js';
import { serviceIds } from '../dist/rules.js';

/** The whole request: the 5,000,000-byte budget plus the detail and the multipart framing. */
export const MAX_BODY_BYTES = 5_000_000 + 512 * 1024;
const MAX_DETAIL_CHARS = 400_000;
const ROUTE = /^\/api\/applications\/([a-z-]+)$/;

/** A short reference for the parent's receipt, e.g. `EDU-7K3F-9QX2` (Crockford base32, 40 random bits). */
export function newReference() {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const bytes = randomBytes(5);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let out = '';
  for (let i = 0; i < 8; i++) out = alphabet[Number((bits >> BigInt(i * 5)) & 31n)] + out;
  return `EDU-${out.slice(0, 4)}-${out.slice(4)}`;
}

class Refusal extends Error {
  constructor(status, codes, mismatches) {
    super(codes.join(','));
    this.status = status;
    this.codes = codes;
    this.mismatches = mismatches;
  }
}

/** The body, refused past `limit` bytes whatever Content-Length says. */
async function readBody(req, limit) {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new Refusal(413, ['limit-exceeded']);
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new Refusal(413, ['limit-exceeded']);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * A node:http request handler for the receiver's route (answers false for any other path, so a
 * static server can take it).
 * @param {object} config
 * @param {import('./storage.mjs').Storage} config.storage
 * @param {(service: string) => import('../dist/types/server/index.d.ts').VerifyOptions} config.verifyOptions  the trust for each service's endpoint
 * @param {(entry: object) => void} [config.log]  one line per request: no names, no IINs
 */
export function createReceiver({ storage, verifyOptions, log = (entry) => console.log(JSON.stringify(entry)) }) {
  return async function receive(req, res) {
    const url = new URL(req.url ?? '/', 'http://receiver.invalid');
    const route = ROUTE.exec(url.pathname);
    if (!route) return false;
    const service = route[1];
    const entry = { at: new Date().toISOString(), service, status: 0 };
    const answer = (status, body) => {
      entry.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
      res.end(JSON.stringify(body));
      log(entry);
      return true;
    };
    try {
      if (req.method !== 'POST') {
        res.setHeader('allow', 'POST');
        throw new Refusal(405, ['method-not-allowed']);
      }
      if (!serviceIds.includes(service)) throw new Refusal(404, ['service-unknown']);
      const type = String(req.headers['content-type'] ?? '');
      if (!/^multipart\/form-data;\s*boundary=/i.test(type)) throw new Refusal(415, ['detail-malformed']);
      const body = await readBody(req, MAX_BODY_BYTES);
      entry.bytes = body.length;
      let form;
      try {
        form = await new Request('http://receiver.invalid/', { method: 'POST', headers: { 'content-type': type }, body }).formData();
      } catch {
        throw new Refusal(400, ['detail-malformed']);
      }
      const text = form.get('detail');
      if (typeof text !== 'string' || text.length > MAX_DETAIL_CHARS) throw new Refusal(400, ['detail-malformed']);
      let detail;
      try {
        detail = JSON.parse(text);
      } catch {
        throw new Refusal(400, ['detail-malformed']);
      }
      const files = form.getAll('files');
      if (files.some((f) => typeof f === 'string')) throw new Refusal(400, ['detail-malformed']);

      const verdict = await verifyPayload(detail, files, verifyOptions(service));
      entry.digest = typeof detail?.digest === 'string' ? detail.digest.slice(0, 64) : undefined;
      if (!verdict.ok) {
        const codes = [...new Set(verdict.mismatches.map((m) => m.code))];
        if (codes.length === 0) codes.push('signature-invalid');
        throw new Refusal(422, codes, verdict.mismatches);
      }
      // Verified: what was signed is the canonical text; store it as it is, with the files it binds.
      const payload = JSON.parse(detail.canonical);
      entry.key = payload.idempotencyKey.slice(0, 12);
      entry.signer = verdict.signer;
      const stored = await Promise.all(
        files.map(async (file, i) => ({ sha256: payload.documents[i].sha256, bytes: new Uint8Array(await file.arrayBuffer()) })),
      );
      const reference = newReference();
      const saved = await storage.save({
        reference,
        idempotencyKey: payload.idempotencyKey,
        service,
        canonical: detail.canonical,
        digest: detail.digest,
        signature: detail.signature,
        signer: verdict.signer,
        receivedAt: entry.at,
        files: stored,
      });
      if ('duplicate' in saved) throw new Refusal(409, ['already-applied']);
      entry.reference = reference;
      return answer(201, { ok: true, reference });
    } catch (error) {
      if (error instanceof Refusal) {
        entry.codes = error.codes;
        return answer(error.status, { ok: false, codes: error.codes, ...(error.mismatches ? { mismatches: error.mismatches } : {}) });
      }
      entry.error = String(error?.message ?? error).slice(0, 200);
      return answer(500, { ok: false, codes: ['receiver-error'] });
    }
  };
}
