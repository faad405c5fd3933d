// RFC 8785 (JCS) canonical JSON, SHA-256 and base64url: DOM-free, the same in a browser and in Node 20.
// The serialiser is the `canonicalize` package, pinned to 4.0.0: its 5.x declares Node >= 22.
import canonicalize from 'canonicalize';

const encoder = new TextEncoder();

/** JSON.stringify's replacer: NaN and the infinities have no JSON text (JSON.stringify alone writes null). */
function finiteOnly(_key: string, value: unknown): unknown {
  if ((typeof value === 'number' || value instanceof Number) && !Number.isFinite(Number(value))) {
    throw new TypeError(`${Number(value)} has no JSON representation`);
  }
  return value;
}

/**
 * The RFC 8785 canonical text of a JSON value (sorted keys, no whitespace, ES number format).
 * The value is read as JSON.stringify reads it first (toJSON, boxed primitives, functions and
 * undefined dropped or null in arrays), then canonicalized by the package. Throws a TypeError on
 * values JSON cannot carry (NaN, Infinity, lone surrogates, cycles, BigInt).
 */
export function canonicalJson(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value, finiteOnly);
  } catch (error) {
    // Engines word a cycle differently ("circular structure", "cyclic object value").
    if (error instanceof TypeError && /circular|cyclic/i.test(error.message)) throw new TypeError('Circular reference', { cause: error });
    throw error;
  }
  if (text === undefined) throw new TypeError('The value has no JSON representation');
  try {
    return canonicalize(JSON.parse(text)) as string;
  } catch (error) {
    // The package throws plain Errors (a lone surrogate): one error type for every value JSON cannot carry.
    throw new TypeError((error as Error).message, { cause: error });
  }
}

/** UTF-8 bytes of a string: what gets hashed and signed. */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

/** SHA-256 through WebCrypto (crypto.subtle exists in browsers and in Node 20 as globalThis.crypto). */
export async function sha256(bytes: Uint8Array | ArrayBuffer): Promise<Uint8Array<ArrayBuffer>> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error('WebCrypto (crypto.subtle) is not available; a secure context is required');
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  return new Uint8Array(await subtle.digest('SHA-256', view as Uint8Array<ArrayBuffer>));
}

/** base64url (RFC 4648 §5) without padding. */
export function base64url(bytes: Uint8Array): string {
  return base64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Standard base64 with padding. Built on btoa, which browsers and Node 20 both have. */
export function base64(bytes: Uint8Array): string {
  let binary = '';
  // Chunked so a multi-megabyte buffer does not overflow the argument list of fromCharCode.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Decodes base64 or base64url (padding optional, whitespace ignored); throws on anything else. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const clean = text.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) throw new TypeError('Not base64');
  const padded = clean + '='.repeat((4 - (clean.length % 4)) % 4);
  const binary = atob(padded);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Lowercase hex. */
export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The payload digest as the signed-payload event carries it: SHA-256 of the canonical text's UTF-8 bytes, base64url. */
export async function digestCanonical(canonical: string): Promise<string> {
  return base64url(await sha256(utf8(canonical)));
}
