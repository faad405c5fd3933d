// CMS SignedData (RFC 5652) read in DER or BER (indefinite lengths and constructed strings, which NCALayer can send), DOM-free.
// Only the structure is read here: the cryptographic check of a CMS is the host's (verifyCms), with its PKI.

export interface Tlv {
  tag: number;
  constructed: boolean;
  /** First content byte. */
  start: number;
  /** One past the last content byte (before the end-of-contents octets of an indefinite length). */
  end: number;
  /** One past the whole element. */
  next: number;
}

const MAX_NESTING = 64;

class BerError extends Error {}

/** One element at `offset`, within `limit`. Indefinite lengths are walked to their end-of-contents. */
export function readTlv(ber: Uint8Array, offset: number, limit: number, depth = 0): Tlv {
  if (depth > MAX_NESTING) throw new BerError('nested too deep');
  if (offset + 2 > limit) throw new BerError('truncated');
  const first = ber[offset];
  if ((first & 0x1f) === 0x1f) throw new BerError('multi-byte tag'); // no CMS field needs one
  const constructed = (first & 0x20) !== 0;
  let at = offset + 1;
  const lengthByte = ber[at++];
  if (lengthByte === 0x80) {
    // Indefinite (BER only, constructed only): children up to the end-of-contents octets 00 00.
    if (!constructed) throw new BerError('indefinite primitive');
    const start = at;
    for (;;) {
      if (at + 2 > limit) throw new BerError('no end-of-contents');
      if (ber[at] === 0 && ber[at + 1] === 0) return { tag: first, constructed, start, end: at, next: at + 2 };
      at = readTlv(ber, at, limit, depth + 1).next;
    }
  }
  let length = lengthByte;
  if (lengthByte & 0x80) {
    const count = lengthByte & 0x7f;
    if (count > 4 || at + count > limit) throw new BerError('bad length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + ber[at + i];
    at += count;
  }
  const end = at + length;
  if (end > limit) throw new BerError('truncated');
  return { tag: first, constructed, start: at, end, next: end };
}

/** The children of a constructed element. */
export function children(ber: Uint8Array, parent: Tlv, depth = 0): Tlv[] {
  if (!parent.constructed) throw new BerError('not constructed');
  const out: Tlv[] = [];
  for (let at = parent.start; at < parent.end; ) {
    const child = readTlv(ber, at, parent.end, depth + 1);
    out.push(child);
    at = child.next;
  }
  return out;
}

function oid(ber: Uint8Array, tlv: Tlv): string {
  const bytes = ber.subarray(tlv.start, tlv.end);
  if (bytes.length === 0) throw new BerError('empty oid');
  const parts = [Math.floor(bytes[0] / 40), bytes[0] % 40];
  let value = 0;
  for (let i = 1; i < bytes.length; i++) {
    value = value * 128 + (bytes[i] & 0x7f);
    if (!(bytes[i] & 0x80)) {
      parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

/** An OCTET STRING's bytes: primitive (04), or constructed (24) chunks joined, as BER allows. */
function octets(ber: Uint8Array, tlv: Tlv, depth = 0): Uint8Array {
  if ((tlv.tag & 0x1f) !== 0x04) throw new BerError('not an octet string');
  if (!tlv.constructed) return ber.slice(tlv.start, tlv.end);
  const parts = children(ber, tlv, depth).map((child) => octets(ber, child, depth + 1));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const SIGNED_DATA = '1.2.840.113549.1.7.2';

export type CmsStructure =
  | { ok: true; encoding: 'der' | 'ber'; detached: boolean; content?: Uint8Array; signerCount: number; certificateCount: number }
  | { ok: false; reason: string };

/**
 * Reads ContentInfo → SignedData → encapContentInfo (and its content when attached), certificates
 * and signerInfos, from DER or BER bytes. Never throws.
 */
export function readCms(bytes: Uint8Array): CmsStructure {
  try {
    const info = readTlv(bytes, 0, bytes.length);
    if (info.tag !== 0x30 || info.next !== bytes.length) return { ok: false, reason: 'not-a-sequence' };
    const indefinite = { used: info.end + 2 === info.next };
    const [type, explicit] = children(bytes, info);
    if (!type || type.tag !== 0x06 || oid(bytes, type) !== SIGNED_DATA) return { ok: false, reason: 'not-signed-data' };
    if (!explicit || explicit.tag !== 0xa0) return { ok: false, reason: 'no-content' };
    const [signedData] = children(bytes, explicit);
    if (!signedData || signedData.tag !== 0x30) return { ok: false, reason: 'no-signed-data' };
    const fields = children(bytes, signedData);
    // version, digestAlgorithms, encapContentInfo, [0] certificates?, [1] crls?, signerInfos
    const [version, digestAlgorithms, encap] = fields;
    const signerInfos = fields[fields.length - 1];
    if (!version || version.tag !== 0x02 || !digestAlgorithms || digestAlgorithms.tag !== 0x31) return { ok: false, reason: 'bad-signed-data' };
    if (!encap || encap.tag !== 0x30 || !signerInfos || signerInfos.tag !== 0x31 || fields.length < 4) return { ok: false, reason: 'bad-signed-data' };
    const certificates = fields.slice(3, -1).find((f) => f.tag === 0xa0);
    const certificateCount = certificates ? children(bytes, certificates).length : 0;
    const signerCount = children(bytes, signerInfos).length;
    if (signerCount === 0) return { ok: false, reason: 'no-signer' };
    const [contentType, eContent] = children(bytes, encap);
    if (!contentType || contentType.tag !== 0x06) return { ok: false, reason: 'bad-encap-content' };
    for (const t of [info, explicit, signedData, encap, signerInfos]) if (t.end !== t.next) indefinite.used = true;
    const encoding = indefinite.used || hasIndefinite(bytes, info) ? 'ber' : 'der';
    if (!eContent) return { ok: true, encoding, detached: true, signerCount, certificateCount };
    if (eContent.tag !== 0xa0) return { ok: false, reason: 'bad-encap-content' };
    const [inner] = children(bytes, eContent);
    if (!inner) return { ok: false, reason: 'bad-encap-content' };
    return { ok: true, encoding, detached: false, content: octets(bytes, inner), signerCount, certificateCount };
  } catch (error) {
    return { ok: false, reason: error instanceof BerError ? `not-ber: ${error.message}` : 'not-ber' };
  }
}

function hasIndefinite(bytes: Uint8Array, tlv: Tlv, depth = 0): boolean {
  if (tlv.end !== tlv.next) return true;
  if (!tlv.constructed || depth > 8) return false;
  return children(bytes, tlv, depth).some((child) => hasIndefinite(bytes, child, depth + 1));
}
