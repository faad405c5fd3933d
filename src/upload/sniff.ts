// What a file really is, from its first bytes (magic numbers), never from its name or the browser's guess.

/** Kinds the kit recognises by content. `svg` is recognised only to refuse it by name (it can carry script). */
export type FileKind = 'jpeg' | 'png' | 'webp' | 'heic' | 'pdf' | 'svg' | 'unknown';

/** Kinds an uploader can accept; the rest are refused. */
export type AcceptableKind = 'jpeg' | 'png' | 'webp' | 'heic' | 'pdf';

export const IMAGE_KINDS: readonly AcceptableKind[] = ['jpeg', 'png', 'webp', 'heic'];

/** The MIME type and extension each kind is submitted with. */
export const KIND_MIME: Record<AcceptableKind, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
  pdf: 'application/pdf',
};

/** How many bytes `sniff` needs to see (HEIC brands and a PDF header after junk fit in this). */
export const SNIFF_BYTES = 1024;

function ascii(bytes: Uint8Array, start: number, length: number): string {
  let out = '';
  for (let i = start; i < start + length && i < bytes.length; i++) out += String.fromCharCode(bytes[i]);
  return out;
}

function startsWith(bytes: Uint8Array, magic: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + magic.length) return false;
  return magic.every((b, i) => bytes[offset + i] === b);
}

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1']);

/** The kind of a file from its first bytes (`SNIFF_BYTES` are enough). */
export function sniff(head: Uint8Array): FileKind {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WEBP') return 'webp';
  if (ascii(head, 4, 4) === 'ftyp') {
    // ISO-BMFF: the major brand and the compatible brands say HEIF; AVIF shares the container and is not accepted.
    const size = Math.min(head.length, (head[0] << 24) | (head[1] << 16) | (head[2] << 8) | head[3]);
    const brands: string[] = [ascii(head, 8, 4)];
    for (let o = 16; o + 4 <= size; o += 4) brands.push(ascii(head, o, 4));
    if (brands.includes('avif') || brands.includes('avis')) return 'unknown';
    if (brands.some((b) => HEIF_BRANDS.has(b))) return 'heic';
    return 'unknown';
  }
  // PDF readers accept the header anywhere in the first 1024 bytes.
  const text = ascii(head, 0, SNIFF_BYTES);
  if (text.includes('%PDF-')) return 'pdf';
  if (isSvgText(text)) return 'svg';
  return 'unknown';
}

function isSvgText(text: string): boolean {
  const t = text.replace(/^\ufeff|^\xef\xbb\xbf/, '').trimStart().toLowerCase();
  if (!t.startsWith('<')) return false;
  return t.includes('<svg') || (t.startsWith('<?xml') && t.includes('svg'));
}

/** The kinds an `accept` attribute allows (MIME types, `image/*`, extensions), always without SVG. */
export function acceptedKinds(accept: string | null | undefined): Set<AcceptableKind> {
  const all: AcceptableKind[] = ['jpeg', 'png', 'webp', 'heic', 'pdf'];
  if (!accept || !accept.trim()) return new Set(all);
  const out = new Set<AcceptableKind>();
  for (const raw of accept.split(',')) {
    const token = raw.trim().toLowerCase();
    if (token === '*/*' || token === '*') all.forEach((k) => out.add(k));
    else if (token === 'image/*') IMAGE_KINDS.forEach((k) => out.add(k));
    else if (token === 'image/jpeg' || token === 'image/jpg' || token === '.jpg' || token === '.jpeg') out.add('jpeg');
    else if (token === 'image/png' || token === '.png') out.add('png');
    else if (token === 'image/webp' || token === '.webp') out.add('webp');
    else if (/^(image\/hei[cf](-sequence)?|\.hei[cf])$/.test(token)) out.add('heic');
    else if (token === 'application/pdf' || token === '.pdf') out.add('pdf');
  }
  return out;
}

/** The name a file is submitted under: same base name, the extension its content (or JPEG re-encoding) calls for. */
export function submittedName(name: string, kind: 'jpeg' | 'pdf'): string {
  const base = name.replace(/\.[A-Za-z0-9]{1,5}$/, '') || 'document';
  return `${base}.${kind === 'pdf' ? 'pdf' : 'jpg'}`;
}

/** A PDF that names an /Encrypt dictionary (in its trailer or xref stream) needs a password or forbids reading. */
export function isEncryptedPdf(bytes: Uint8Array): boolean {
  return indexOfAscii(bytes, '/Encrypt') !== -1;
}

/** A PDF whose last kilobyte has no %%EOF was cut short (an interrupted download or copy). */
export function isTruncatedPdf(bytes: Uint8Array): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - 1024));
  return indexOfAscii(tail, '%%EOF') === -1;
}

/** Byte search without decoding the file to a string (PDFs can be megabytes). */
export function indexOfAscii(bytes: Uint8Array, needle: string, from = 0): number {
  const n = needle.length;
  const first = needle.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first, from); i !== -1 && i <= bytes.length - n; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < n; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}
