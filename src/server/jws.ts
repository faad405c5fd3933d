// The server's strict reading of the kit's ES256 detached JWS (RFC 7515 + RFC 7797): one algorithm, one header shape, a real P-256 key.
import { base64url, fromBase64, sha256, utf8 } from '../signing/canonical.js';

export interface P256Jwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

export type StrictJws =
  | { ok: true; jwk: P256Jwk; thumbprint: string }
  | { ok: false; code: 'signature-malformed' | 'signature-invalid'; reason: string };

const B64URL = /^[A-Za-z0-9_-]*$/;
const HEADER_MEMBERS = ['alg', 'b64', 'crit', 'jwk'];
const JWK_MEMBERS = ['kty', 'crv', 'x', 'y'];

function decodeStrict(part: string): Uint8Array | undefined {
  if (!B64URL.test(part) || part.length % 4 === 1) return undefined;
  try {
    const bytes = fromBase64(part);
    // Canonical base64url only: one spelling per byte string.
    return base64url(bytes) === part ? bytes : undefined;
  } catch {
    return undefined;
  }
}

/** Public JWK members a host's key may carry beside kty, crv, x, y (as `exportKey('jwk')` gives them, or a key set). */
const PUBLIC_EXTRAS = ['ext', 'key_ops', 'alg', 'use', 'kid'];

/**
 * A reason `jwk` is not a P-256 public key (32-byte x and y), or undefined when it is one. Strict
 * (a JWS header's key): exactly kty, crv, x, y. Otherwise (a host's trusted key) the usual public
 * members may be there too; a private member (`d`) never.
 */
export function p256Problem(jwk: unknown, strict = true): string | undefined {
  if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk)) return 'not an object';
  const keys = Object.keys(jwk);
  const extra = keys.filter((k) => !JWK_MEMBERS.includes(k) && (strict || !PUBLIC_EXTRAS.includes(k)));
  if (extra.length) return `unexpected key members: ${extra.join(',')}`;
  const k = jwk as Record<string, unknown>;
  if (k.kty !== 'EC' || k.crv !== 'P-256') return 'not an EC P-256 key';
  for (const c of ['x', 'y'] as const) {
    const bytes = typeof k[c] === 'string' ? decodeStrict(k[c] as string) : undefined;
    if (!bytes || bytes.length !== 32) return `${c} is not a 32-byte coordinate`;
  }
  return undefined;
}

/** RFC 7638 thumbprint of a P-256 key (SHA-256 of its required members in order, base64url). */
export async function thumbprintOf(jwk: P256Jwk): Promise<string> {
  return base64url(await sha256(utf8(JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y }))));
}

async function importP256(jwk: P256Jwk): Promise<CryptoKey | undefined> {
  try {
    // WebCrypto refuses a point that is not on the curve.
    return await globalThis.crypto.subtle.importKey('jwk', { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y, ext: true }, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
  } catch {
    return undefined;
  }
}

/** Whether a trusted-key entry is usable: a P-256 JWK or a thumbprint (43 base64url characters). */
export function isThumbprint(value: unknown): value is string {
  return typeof value === 'string' && value.length === 43 && decodeStrict(value)?.length === 32;
}

/**
 * Verifies `<protected>..<signature>` over `payload`: the protected header must be exactly
 * `{"alg":"ES256","b64":false,"crit":["b64"],"jwk":{…}}` in some member order, written compactly
 * (so no member appears twice and none is escaped), `crit` exactly `["b64"]`, no other member, the
 * key a P-256 point, the signature 64 bytes of r‖s.
 */
export async function verifyStrictJws(jws: string, payload: Uint8Array): Promise<StrictJws> {
  const malformed = (reason: string): StrictJws => ({ ok: false, code: 'signature-malformed', reason });
  const parts = jws.split('.');
  if (parts.length !== 3 || parts[1] !== '') return malformed('not a detached JWS (<header>..<signature>)');
  const headerBytes = decodeStrict(parts[0]);
  if (!headerBytes) return malformed('header is not base64url');
  let text: string;
  let header: Record<string, unknown>;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(headerBytes);
    header = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return malformed('header is not JSON');
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) return malformed('header is not an object');
  // JSON.parse keeps the last of two equal members and unescapes names: the compact re-serialisation
  // differs from the text whenever a member is repeated, escaped or spaced.
  if (JSON.stringify(header) !== text) return malformed('header has a repeated, escaped or spaced member');
  const extra = Object.keys(header).filter((k) => !HEADER_MEMBERS.includes(k));
  if (extra.length) return malformed(`unexpected header members: ${extra.join(',')}`);
  if (header.alg !== 'ES256') return malformed('alg is not ES256');
  if (header.b64 !== false) return malformed('b64 is not false');
  if (!Array.isArray(header.crit) || header.crit.length !== 1 || header.crit[0] !== 'b64') return malformed('crit is not exactly ["b64"]');
  const keyProblem = p256Problem(header.jwk);
  if (keyProblem) return malformed(`jwk: ${keyProblem}`);
  const jwk = header.jwk as P256Jwk;
  const key = await importP256(jwk);
  if (!key) return malformed('jwk is not a point on P-256');
  const signature = decodeStrict(parts[2]);
  if (!signature || signature.length !== 64) return malformed('signature is not 64 bytes of r||s');
  const input = new Uint8Array(parts[0].length + 1 + payload.length);
  input.set(utf8(`${parts[0]}.`), 0);
  input.set(payload, parts[0].length + 1);
  let valid = false;
  try {
    valid = await globalThis.crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, signature as Uint8Array<ArrayBuffer>, input);
  } catch {
    valid = false;
  }
  if (!valid) return { ok: false, code: 'signature-invalid', reason: 'the signature does not match the canonical text' };
  return { ok: true, jwk, thumbprint: await thumbprintOf(jwk) };
}
