// The checks a file passes before any decoding: type by content, empty, SVG, header dimensions,
// PDF encryption and size. Cheap (reads the first 256 KB, hopping on past large JPEG metadata; a
// PDF in full), so it runs on the page.
import { acceptedKinds, KIND_MIME, sniff, submittedName, isEncryptedPdf, isTruncatedPdf, type AcceptableKind } from './sniff.js';
import { displaySize, hasJpegExif, HEADER_BYTES, isJpegFrameMarker, jpegHeaderShortAt, jpegStandaloneStep, readImageInfo } from './image-info.js';
import { MAX_PIXELS } from './limits.js';
import { sha256Hex } from './digest.js';
import type { ErrorCode } from '../rules/errors.js';

/** Every code a file can be refused or held back with: a subset of the rules' error codes (texts in the `error` catalogue). */
export const uploadErrorCodes = [
  'file-empty',
  'file-unreadable',
  'file-type',
  'file-svg',
  'image-too-large',
  'heic-unsupported',
  'pdf-encrypted',
  'pdf-too-large',
  'budget-exceeded',
  'too-many-files',
  'too-few-files',
  'file-required',
  'files-processing',
] as const satisfies readonly ErrorCode[];
export type UploadErrorCode = (typeof uploadErrorCodes)[number];

export type Refusal = { code: UploadErrorCode; params?: Record<string, string | number> };

export interface AdmittedFile {
  source: File;
  kind: AcceptableKind;
  /** The name it is submitted under (extension from its content: `.jpg` for every image, `.pdf`). */
  name: string;
  /** Images: stored size and EXIF orientation from the headers, and the size as displayed. */
  width?: number;
  height?: number;
  orientation?: number;
  displayWidth?: number;
  displayHeight?: number;
}

/**
 * Decides whether a file may enter the application. The name's extension is ignored: a JPEG
 * named `photo.png` is accepted as the JPEG it is (and sent as `photo.jpg`); a text file named
 * `scan.jpg` is refused with `file-type`.
 */
export async function admitFile(file: File, options: { accept?: string; budget: number }): Promise<AdmittedFile | Refusal> {
  if (file.size === 0) return { code: 'file-empty' };
  let head: Uint8Array;
  try {
    head = new Uint8Array(await file.slice(0, HEADER_BYTES).arrayBuffer());
  } catch {
    return { code: 'file-unreadable' };
  }
  const kind = sniff(head);
  if (kind === 'svg') return { code: 'file-svg' };
  if (kind === 'unknown' || !acceptedKinds(options.accept).has(kind)) return { code: 'file-type' };
  if (kind === 'pdf') {
    if (file.size > options.budget) return { code: 'pdf-too-large', params: { size: file.size, max: options.budget } };
    return { source: file, kind, name: submittedName(file.name, 'pdf') };
  }
  const info = readImageInfo(kind, kind === 'jpeg' ? await jpegHeaders(file, head) : head);
  if (!info) return { code: kind === 'heic' ? 'heic-unsupported' : 'file-unreadable' };
  if (info.width * info.height > MAX_PIXELS) {
    return { code: 'image-too-large', params: { megapixels: Math.round((info.width * info.height) / 1e6) } };
  }
  const shown = displaySize(info);
  return {
    source: file,
    kind,
    name: submittedName(file.name, 'jpeg'),
    width: info.width,
    height: info.height,
    orientation: info.orientation,
    displayWidth: shown.width,
    displayHeight: shown.height,
  };
}

/** Most segments hopped looking for a JPEG's frame header (each is at most 64 KB: 256 MB of metadata). */
const MAX_JPEG_SEGMENTS = 4096;

/**
 * A JPEG's headers when its metadata runs past the first `HEADER_BYTES` (extended XMP, a depth map
 * or an original image in XMP, written before the frame header): the segments are hopped by their
 * 4-byte headers, reading only the frame header and a first Exif block, so megabytes of metadata
 * are never read. Returns the first bytes as they are when nothing more is needed.
 */
async function jpegHeaders(file: Blob, head: Uint8Array): Promise<Uint8Array> {
  let o = jpegHeaderShortAt(head);
  if (o === -1 || head.length >= file.size) return head;
  const read = async (from: number, to: number) => new Uint8Array(await file.slice(from, to).arrayBuffer());
  const kept: Uint8Array[] = [head.subarray(0, o)];
  let exif = hasJpegExif(kept[0]);
  for (let n = 0; n < MAX_JPEG_SEGMENTS && o + 4 <= file.size; n++) {
    const h = await read(o, o + 4);
    if (h[0] !== 0xff) break;
    const marker = h[1];
    const step = jpegStandaloneStep(marker);
    if (step) {
      o += step;
      continue;
    }
    const length = (h[2] << 8) | h[3];
    if (length < 2 || marker === 0xda || marker === 0xd9) break;
    const end = o + 2 + length;
    if (isJpegFrameMarker(marker)) {
      kept.push(await read(o, end));
      break;
    }
    if (marker === 0xe1 && !exif) {
      const segment = await read(o, end);
      if (hasJpegExif(new Uint8Array([0xff, 0xd8, ...segment]))) {
        kept.push(segment);
        exif = true;
      }
    }
    o = end;
  }
  const out = new Uint8Array(kept.reduce((sum, k) => sum + k.length, 0));
  let at = 0;
  for (const k of kept) {
    out.set(k, at);
    at += k.length;
  }
  return out;
}

/** A PDF is sent as it is, once it is known to be whole and not encrypted. */
export async function processPdf(
  admitted: AdmittedFile,
): Promise<{ file: File; sha256: string } | Refusal> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await admitted.source.arrayBuffer());
  } catch {
    return { code: 'file-unreadable' };
  }
  if (isEncryptedPdf(bytes)) return { code: 'pdf-encrypted' };
  if (isTruncatedPdf(bytes)) return { code: 'file-unreadable' };
  const file = new File([bytes], admitted.name, { type: KIND_MIME.pdf, lastModified: admitted.source.lastModified });
  return { file, sha256: await sha256Hex(bytes) };
}
