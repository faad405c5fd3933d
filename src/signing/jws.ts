// ES256 JWS with a detached, unencoded payload (RFC 7515 + RFC 7797 `b64: false`): sign and verify, DOM-free.
import { base64url, fromBase64, sha256, utf8 } from './canonical.js';

const ES256 = { name: 'ECDSA', hash: 'SHA-256' } as const;

export interface JwsHeader {
  alg: 'ES256';
  /** RFC 7797: the payload is the raw canonical bytes, not base64url of them. */
  b64: false;
  crit: ['b64'];
  /** The signer's public key, so a verifier needs nothing else (pin it with `trustedKeys`). */
  jwk: JsonWebKey;
}

/** Only the public members of an EC key, in a fixed set, so the header never leaks anything else. */
export function publicJwk(jwk: JsonWebKey): JsonWebKey {
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y };
}

/** RFC 7797 signing input: ASCII(protected) || '.' || payload bytes. */
function signingInput(protectedHeader: string, payload: Uint8Array): Uint8Array<ArrayBuffer> {
  const head = utf8(`${protectedHeader}.`);
  const out = new Uint8Array(head.length + payload.length);
  out.set(head, 0);
  out.set(payload, head.length);
  return out;
}

/** Signs `payload` with an ECDSA P-256 private key; returns `<protected>..<signature>` (detached). */
export async function signDetachedJws(
  payload: Uint8Array,
  privateKey: CryptoKey,
  publicKey: JsonWebKey,
): Promise<string> {
  const header: JwsHeader = { alg: 'ES256', b64: false, crit: ['b64'], jwk: publicJwk(publicKey) };
  const protectedHeader = base64url(utf8(JSON.stringify(header)));
  // WebCrypto's ECDSA output is IEEE P1363 r||s (64 bytes), exactly the JWS ES256 form.
  const signature = new Uint8Array(
    await globalThis.crypto.subtle.sign(ES256, privateKey, signingInput(protectedHeader, payload)),
  );
  return `${protectedHeader}..${base64url(signature)}`;
}

export type JwsCheck =
  | { ok: true; header: JwsHeader }
  | { ok: false; code: 'jws-malformed' | 'jws-header' | 'jws-signature'; header?: JwsHeader };

/** Verifies a detached ES256 JWS over `payload` with the key in its own header. */
export async function verifyDetachedJws(jws: string, payload: Uint8Array): Promise<JwsCheck> {
  const parts = typeof jws === 'string' ? jws.split('.') : [];
  if (parts.length !== 3 || parts[1] !== '') return { ok: false, code: 'jws-malformed' };
  let header: JwsHeader;
  try {
    header = JSON.parse(new TextDecoder().decode(fromBase64(parts[0]))) as JwsHeader;
  } catch {
    return { ok: false, code: 'jws-malformed' };
  }
  if (
    header?.alg !== 'ES256' ||
    header.b64 !== false ||
    !Array.isArray(header.crit) ||
    !header.crit.includes('b64') ||
    header.jwk?.kty !== 'EC' ||
    header.jwk.crv !== 'P-256'
  ) {
    return { ok: false, code: 'jws-header', header };
  }
  try {
    const key = await globalThis.crypto.subtle.importKey('jwk', publicJwk(header.jwk), { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
    const signature = fromBase64(parts[2]);
    const valid = await globalThis.crypto.subtle.verify(ES256, key, signature, signingInput(parts[0], payload));
    return valid ? { ok: true, header } : { ok: false, code: 'jws-signature', header };
  } catch {
    return { ok: false, code: 'jws-signature', header };
  }
}

/** RFC 7638 JWK thumbprint (SHA-256, base64url) of an EC public key: a stable id to pin a key. */
export async function jwkThumbprint(jwk: JsonWebKey): Promise<string> {
  const json = `{"crv":"${jwk.crv}","kty":"${jwk.kty}","x":"${jwk.x}","y":"${jwk.y}"}`;
  return base64url(await sha256(utf8(json)));
}
