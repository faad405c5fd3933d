// Image dimensions and EXIF orientation from the file's headers, read before any decoding so a
// 100-megapixel photo is decoded straight at the size it will be sent (never at full size).

export interface ImageInfo {
  /** Stored width and height, before EXIF orientation. */
  width: number;
  height: number;
  /** EXIF orientation 1–8 (1 when absent); 5–8 swap width and height on display. */
  orientation: number;
}

/** Width and height as displayed, EXIF orientation applied. */
export function displaySize(info: ImageInfo): { width: number; height: number } {
  return info.orientation >= 5 ? { width: info.height, height: info.width } : { width: info.width, height: info.height };
}

/**
 * How many bytes of the file the header readers are given first (EXIF sits before SOF in JPEGs
 * from phones). A JPEG whose metadata runs past them (extended XMP, a depth map) is walked on by
 * its segment headers: see `jpegHeaderShortAt`.
 */
export const HEADER_BYTES = 256 * 1024;

/** Reads the headers of a JPEG, PNG, WebP or HEIF file; undefined when they are missing or broken. */
export function readImageInfo(kind: string, bytes: Uint8Array): ImageInfo | undefined {
  try {
    switch (kind) {
      case 'jpeg':
        return readJpeg(bytes);
      case 'png':
        return readPng(bytes);
      case 'webp':
        return readWebp(bytes);
      case 'heic':
        return readHeif(bytes);
      default:
        return undefined;
    }
  } catch {
    return undefined;
  }
}

function u16be(b: Uint8Array, o: number): number {
  if (o + 2 > b.length) throw new RangeError('short');
  return (b[o] << 8) | b[o + 1];
}
function u32be(b: Uint8Array, o: number): number {
  if (o + 4 > b.length) throw new RangeError('short');
  return ((b[o] << 24) >>> 0) + ((b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]);
}
function u24le(b: Uint8Array, o: number): number {
  if (o + 3 > b.length) throw new RangeError('short');
  return b[o] | (b[o + 1] << 8) | (b[o + 2] << 16);
}
function ascii(b: Uint8Array, o: number, n: number): string {
  return String.fromCharCode(...b.subarray(o, o + n));
}
function valid(info: ImageInfo): ImageInfo | undefined {
  return info.width > 0 && info.height > 0 ? info : undefined;
}

/**
 * How far to step over a JPEG marker that has no length field: 1 for a fill byte (0xFF), 2 for
 * SOI, TEM and RSTn; 0 when the marker starts a segment with a length.
 */
export function jpegStandaloneStep(marker: number): number {
  if (marker === 0xff) return 1;
  if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) return 2;
  return 0;
}

function readJpeg(b: Uint8Array): ImageInfo | undefined {
  let orientation = 1;
  let o = 2;
  while (o + 4 <= b.length) {
    if (b[o] !== 0xff) return undefined;
    const marker = b[o + 1];
    const step = jpegStandaloneStep(marker);
    if (step) {
      o += step;
      continue;
    }
    const length = u16be(b, o + 2);
    if (length < 2) return undefined;
    if (marker === 0xe1 && ascii(b, o + 4, 6) === 'Exif\0\0') {
      orientation = exifOrientation(b.subarray(o + 10, o + 2 + length)) ?? 1;
    }
    if (isJpegFrameMarker(marker)) {
      return valid({ height: u16be(b, o + 5), width: u16be(b, o + 7), orientation });
    }
    if (marker === 0xda || marker === 0xd9) return undefined; // scan or end before any frame header
    o += 2 + length;
  }
  return undefined;
}

/**
 * Where a JPEG's segments run past the bytes given before its frame header (SOF) is reached: the
 * offset of the first segment that is not whole in `b`, so the caller can read on from there.
 * -1 when the frame header is in `b`, or the data is not a JPEG's segment structure.
 */
export function jpegHeaderShortAt(b: Uint8Array): number {
  let o = 2;
  for (;;) {
    if (o + 4 > b.length) return o;
    if (b[o] !== 0xff) return -1;
    const marker = b[o + 1];
    const step = jpegStandaloneStep(marker);
    if (step) {
      o += step;
      continue;
    }
    const length = (b[o + 2] << 8) | b[o + 3];
    if (length < 2 || marker === 0xda || marker === 0xd9) return -1;
    if (o + 2 + length > b.length) return o;
    if (isJpegFrameMarker(marker)) return -1;
    o += 2 + length;
  }
}

/** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC): the segments that carry the frame size. */
export function isJpegFrameMarker(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** Whether the JPEG segments in `b` (from SOI) include an APP1 Exif block. */
export function hasJpegExif(b: Uint8Array): boolean {
  let o = 2;
  while (o + 10 <= b.length && b[o] === 0xff) {
    const marker = b[o + 1];
    if (marker === 0xda || marker === 0xd9) return false;
    if (marker === 0xe1 && ascii(b, o + 4, 6) === 'Exif\0\0') return true;
    o += 2 + ((b[o + 2] << 8) | b[o + 3]);
  }
  return false;
}

/** Orientation tag (0x0112) of IFD0 in a TIFF block (the EXIF payload). */
export function exifOrientation(tiff: Uint8Array): number | undefined {
  const little = ascii(tiff, 0, 2) === 'II';
  const u16 = (o: number) => (little ? tiff[o] | (tiff[o + 1] << 8) : (tiff[o] << 8) | tiff[o + 1]);
  const u32 = (o: number) =>
    little
      ? (tiff[o] | (tiff[o + 1] << 8) | (tiff[o + 2] << 16)) + tiff[o + 3] * 0x1000000
      : tiff[o] * 0x1000000 + ((tiff[o + 1] << 16) | (tiff[o + 2] << 8) | tiff[o + 3]);
  if (tiff.length < 8) return undefined;
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return undefined;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return undefined;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : undefined;
    }
  }
  return undefined;
}

function readPng(b: Uint8Array): ImageInfo | undefined {
  if (ascii(b, 12, 4) !== 'IHDR') return undefined;
  return valid({ width: u32be(b, 16), height: u32be(b, 20), orientation: 1 });
}

function readWebp(b: Uint8Array): ImageInfo | undefined {
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8X') return valid({ width: u24le(b, 24) + 1, height: u24le(b, 27) + 1, orientation: 1 });
  if (chunk === 'VP8 ') {
    // Key frame start code 9d 01 2a, then 14-bit width and height.
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return undefined;
    return valid({ width: (b[26] | (b[27] << 8)) & 0x3fff, height: (b[28] | (b[29] << 8)) & 0x3fff, orientation: 1 });
  }
  if (chunk === 'VP8L') {
    if (b[20] !== 0x2f) return undefined;
    const bits = b[21] | (b[22] << 8) | (b[23] << 16) | (b[24] << 24);
    return valid({ width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1, orientation: 1 });
  }
  return undefined;
}

/** HEIF: the largest `ispe` (image spatial extents) property in meta/iprp/ipco; `irot` for rotation. */
function readHeif(b: Uint8Array): ImageInfo | undefined {
  let best: ImageInfo | undefined;
  let rotation = 0;
  const walk = (start: number, end: number, depth: number) => {
    let o = start;
    while (o + 8 <= end) {
      let size = u32be(b, o);
      const type = ascii(b, o + 4, 4);
      let header = 8;
      if (size === 1) {
        size = u32be(b, o + 8) * 2 ** 32 + u32be(b, o + 12);
        header = 16;
      } else if (size === 0) size = end - o;
      if (size < header || o + size > end) return;
      if (type === 'meta') walk(o + header + 4, o + size, depth + 1); // full box: 4 bytes version/flags
      else if (type === 'iprp' || type === 'ipco') walk(o + header, o + size, depth + 1);
      else if (type === 'ispe') {
        const w = u32be(b, o + header + 4);
        const h = u32be(b, o + header + 8);
        if (!best || w * h > best.width * best.height) best = { width: w, height: h, orientation: 1 };
      } else if (type === 'irot') rotation = b[o + header] & 3;
      o += size;
    }
  };
  walk(0, b.length, 0);
  if (!best) return undefined;
  // irot turns anticlockwise by 90° steps; as EXIF: 90° → 8, 180° → 3, 270° → 6.
  best.orientation = [1, 8, 3, 6][rotation];
  return valid(best);
}

/**
 * Whether the whole file is there: a JPEG ends its scan with EOI, a PNG has IEND, a WebP is as long
 * as its RIFF header says. Browsers paint truncated images half grey rather than failing, so the
 * kit checks before it decodes.
 */
export function isCompleteImage(kind: string, b: Uint8Array): boolean {
  switch (kind) {
    case 'jpeg': {
      const sos = findJpegScan(b);
      if (sos === -1) return false;
      // EOI after the first scan; trailers (maker notes, MPF previews) may follow it.
      for (let i = b.length - 2; i >= sos; i--) if (b[i] === 0xff && b[i + 1] === 0xd9) return true;
      return false;
    }
    case 'png': {
      for (let i = b.length - 8; i >= 8 && i >= b.length - 4096; i--) {
        if (b[i] === 0x49 && b[i + 1] === 0x45 && b[i + 2] === 0x4e && b[i + 3] === 0x44) return true; // IEND
      }
      return false;
    }
    case 'webp': {
      if (b.length < 12) return false;
      const riff = (b[4] | (b[5] << 8) | (b[6] << 16)) + b[7] * 0x1000000;
      return b.length >= riff + 8;
    }
    default:
      return true;
  }
}

function findJpegScan(b: Uint8Array): number {
  let o = 2;
  while (o + 4 <= b.length) {
    if (b[o] !== 0xff) return -1;
    const marker = b[o + 1];
    const step = jpegStandaloneStep(marker);
    if (step) {
      o += step;
      continue;
    }
    if (marker === 0xda) return o;
    o += 2 + ((b[o + 2] << 8) | b[o + 3]);
  }
  return -1;
}

/** Whether a JPEG carries an APP1 Exif or XMP segment (what could hold GPS coordinates). */
export function hasJpegMetadata(b: Uint8Array): boolean {
  let o = 2;
  while (o + 4 <= b.length) {
    if (b[o] !== 0xff) return false;
    const marker = b[o + 1];
    if (marker === 0xda) return false;
    const length = (b[o + 2] << 8) | b[o + 3];
    if (marker === 0xe1) return true;
    o += 2 + length;
  }
  return false;
}
