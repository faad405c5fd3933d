// Builds CMS SignedData structures in DER or BER (indefinite lengths, constructed OCTET STRING) for the server's parser tests.

function length(n: number): number[] {
  if (n < 0x80) return [n];
  const out: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) out.unshift(v & 0xff);
  return [0x80 | out.length, ...out];
}

export type Encoding = 'der' | 'ber';

/** One element: definite (DER) or, for a constructed element in BER, indefinite with end-of-contents. */
export function tlv(tag: number, content: number[], encoding: Encoding = 'der'): number[] {
  if (encoding === 'ber' && tag & 0x20) return [tag, 0x80, ...content, 0x00, 0x00];
  return [tag, ...length(content.length), ...content];
}

const oid = (text: string): number[] => {
  const [a, b, ...rest] = text.split('.').map(Number);
  const out = [a * 40 + b];
  for (const n of rest) {
    const bytes = [n & 0x7f];
    for (let v = Math.floor(n / 128); v > 0; v = Math.floor(v / 128)) bytes.unshift(0x80 | (v & 0x7f));
    out.push(...bytes);
  }
  return tlv(0x06, out);
};

/**
 * ContentInfo → SignedData with one SignerInfo (its signature bytes are filler: the structure is
 * what the server reads; the cryptography is the host's verifyCms). `content` attaches eContent;
 * in BER it is sent as a constructed OCTET STRING in chunks of `chunk` bytes.
 */
export function signedData(options: { encoding?: Encoding; content?: Uint8Array; chunk?: number; signers?: number } = {}): Uint8Array {
  const enc = options.encoding ?? 'der';
  const sha256 = tlv(0x30, [...oid('2.16.840.1.101.3.4.2.1')], enc);
  const data = oid('1.2.840.113549.1.7.1');
  let encap: number[];
  if (options.content) {
    const bytes = [...options.content];
    let octets: number[];
    if (enc === 'ber') {
      const size = options.chunk ?? 7;
      const chunks: number[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(...tlv(0x04, bytes.slice(i, i + size)));
      octets = tlv(0x24, chunks, enc);
    } else octets = tlv(0x04, bytes);
    encap = tlv(0x30, [...data, ...tlv(0xa0, octets, enc)], enc);
  } else encap = tlv(0x30, data, enc);
  const signerInfo = tlv(0x30, [...tlv(0x02, [1]), ...tlv(0x30, [...tlv(0x02, [5])], enc), ...sha256, ...tlv(0x30, oid('1.2.840.10045.4.3.2'), enc), ...tlv(0x04, Array(64).fill(0x11))], enc);
  const signerInfos = tlv(0x31, Array.from({ length: options.signers ?? 1 }, () => signerInfo).flat(), enc);
  const body = tlv(0x30, [...tlv(0x02, [1]), ...tlv(0x31, sha256, enc), ...encap, ...signerInfos], enc);
  return new Uint8Array(tlv(0x30, [...oid('1.2.840.113549.1.7.2'), ...tlv(0xa0, body, enc)], enc));
}

export const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
