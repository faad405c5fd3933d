// RFC 8785 (JCS) canonical JSON, SHA-256 and base64url: DOM-free, the same in a browser and in Node 20.
// The serialiser is the kit's own (a few lines on JSON.stringify, which already writes strings and
// numbers the way RFC 8785 §3.2.2 asks), not the `canonicalize` package, whose 5.x declares Node >= 22.

const encoder = new TextEncoder();

/** One value as RFC 8785 text, or undefined for what JSON drops (undefined, functions, symbols). */
function serialize(input: unknown, seen: Set<object>): string | undefined {
  let value = input;
  const wrappers: object[] = [];
  // toJSON first (Date and friends), as JSON.stringify does; a toJSON cycle is a cycle too.
  while (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    if (seen.has(value)) throw new TypeError('Circular reference');
    seen.add(value);
    wrappers.push(value);
    value = (value as { toJSON(): unknown }).toJSON();
  }
  if (value instanceof Number || value instanceof String || value instanceof Boolean) value = value.valueOf();
  let text: string | undefined;
  if (value === null) text = 'null';
  else if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`${value} has no JSON representation`);
    text = JSON.stringify(value);
  } else if (typeof value === 'string') {
    if (/\p{Cs}/u.test(value)) throw new TypeError('A lone surrogate has no RFC 8785 representation');
    text = JSON.stringify(value);
  } else if (typeof value === 'boolean') text = value ? 'true' : 'false';
  else if (typeof value === 'bigint') throw new TypeError('A BigInt has no JSON representation');
  else if (typeof value === 'object') {
    if (seen.has(value)) throw new TypeError('Circular reference');
    seen.add(value);
    if (Array.isArray(value)) {
      text = `[${value.map((item) => serialize(item, seen) ?? 'null').join(',')}]`;
    } else {
      const members: string[] = [];
      // Default sort: by UTF-16 code units, the order RFC 8785 §3.2.3 requires.
      for (const key of Object.keys(value).sort()) {
        const member = serialize((value as Record<string, unknown>)[key], seen);
        if (member !== undefined) members.push(`${serialize(key, seen)}:${member}`);
      }
      text = `{${members.join(',')}}`;
    }
    seen.delete(value);
  }
  for (const wrapper of wrappers) seen.delete(wrapper);
  return text;
}

/**
 * The RFC 8785 canonical text of a JSON value (sorted keys, no whitespace, ES number format).
 * Throws on values JSON cannot carry (NaN, Infinity, lone surrogates, cycles, BigInt).
 */
export function canonicalJson(value: unknown): string {
  const text = serialize(value, new Set());
  if (text === undefined) throw new TypeError('The value has no JSON representation');
  return text;
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
