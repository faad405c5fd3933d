// A structural look at a CMS SignedData (DER), DOM-free: enough to tell a plausible detached CMS from garbage.
import { fromBase64 } from './canonical.js';

interface Tlv {
  tag: number;
  start: number; // first content byte
  end: number; // one past the last content byte
}

function readTlv(der: Uint8Array, offset: number, limit = der.length): Tlv {
  if (offset + 2 > limit) throw new RangeError('DER truncated');
  const tag = der[offset];
  let length = der[offset + 1];
  let start = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4 || start + count > limit) throw new RangeError('DER length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + der[start + i];
    start += count;
  }
  const end = start + length;
  if (end > limit) throw new RangeError('DER truncated');
  return { tag, start, end };
}

/** Children of a constructed TLV. */
function children(der: Uint8Array, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  for (let at = parent.start; at < parent.end; ) {
    const child = readTlv(der, at, parent.end);
    out.push(child);
    at = child.end;
  }
  return out;
}

function oid(der: Uint8Array, tlv: Tlv): string {
  const bytes = der.subarray(tlv.start, tlv.end);
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

const SIGNED_DATA = '1.2.840.113549.1.7.2';

export type CmsShape =
  | { ok: true; detached: boolean; content?: Uint8Array; signerCount: number }
  | { ok: false; reason: string };

/** Parses the outer layers of a base64 CMS: ContentInfo → SignedData → encapContentInfo, signerInfos. */
export function inspectCms(base64: string): CmsShape {
  try {
    const der = fromBase64(base64);
    const info = readTlv(der, 0);
    if (info.tag !== 0x30 || info.end !== der.length) return { ok: false, reason: 'not-a-sequence' };
    const [type, explicit] = children(der, info);
    if (!type || type.tag !== 0x06 || oid(der, type) !== SIGNED_DATA) return { ok: false, reason: 'not-signed-data' };
    if (!explicit || explicit.tag !== 0xa0) return { ok: false, reason: 'no-content' };
    const [signedData] = children(der, explicit);
    if (!signedData || signedData.tag !== 0x30) return { ok: false, reason: 'no-signed-data' };
    const fields = children(der, signedData);
    // version, digestAlgorithms, encapContentInfo, [0] certificates?, [1] crls?, signerInfos
    const encap = fields[2];
    const signerInfos = fields[fields.length - 1];
    if (!encap || encap.tag !== 0x30 || !signerInfos || signerInfos.tag !== 0x31) return { ok: false, reason: 'bad-signed-data' };
    const signerCount = children(der, signerInfos).length;
    if (signerCount === 0) return { ok: false, reason: 'no-signer' };
    const [, eContent] = children(der, encap);
    if (!eContent) return { ok: true, detached: true, signerCount };
    const [octets] = children(der, eContent);
    const content = octets && octets.tag === 0x04 ? der.slice(octets.start, octets.end) : undefined;
    return { ok: true, detached: false, content, signerCount };
  } catch {
    return { ok: false, reason: 'not-der' };
  }
}
