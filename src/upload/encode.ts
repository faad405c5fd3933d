// The image pipeline itself (runs in the worker): decode straight at the planned size with EXIF
// orientation applied, flatten onto white, re-encode as JPEG (no metadata survives a canvas) at
// the highest quality that fits the image's share of the budget.
import { displaySize, isCompleteImage } from './image-info.js';
import { sha256Hex } from './digest.js';
import { MAX_PIXELS } from './limits.js';
import type { CompressJob, CompressResult, FailureCode } from './protocol.js';

/**
 * The resize filter used while decoding. Measured by `bench/cpu.mjs` (CPU time per 12 MP photo to
 * 2339 × 1754): 'medium' halves WebKit's time (its 'high' filter costs as much again as the decode
 * itself) and changes nothing in Chromium, where both are the same filter; the bench's SSIM against
 * a 'high' reference shows what it costs in detail. At the kit's scale factors (under 2×, since
 * the long edge never goes below 1754 px for a 12 MP photo) a mipmapped linear filter keeps text.
 */
export const RESIZE_QUALITY: ResizeQuality = 'medium';

/** Quality bounds: above 0.92 JPEG grows fast for nothing visible; below 0.5 text gets ringing. */
export const QUALITY = { max: 0.92, min: 0.5 } as const;

export class PipelineError extends Error {
  constructor(
    readonly code: FailureCode,
    detail: string,
  ) {
    super(detail);
  }
}

/** Size (w, h) with long edge `edge`, never enlarging. */
export function fitLongEdge(width: number, height: number, edge: number): { width: number; height: number } {
  const scale = Math.min(1, edge / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * The next, smaller size to try when even the lowest quality is over the share: the long edge
 * scaled by `scale` (from the bytes it took), never under the floor `minLongEdge`, and always at
 * least one pixel shorter; undefined when the size is already at the floor. Computed on the long
 * edge and snapped to the floor, so rounding can never leave a size that does not change (the
 * worker would decode and encode the same image forever).
 */
export function shrinkSize(
  shown: { width: number; height: number },
  current: { width: number; height: number },
  minLongEdge: number,
  scale: number,
): { width: number; height: number } | undefined {
  const floor = fitLongEdge(shown.width, shown.height, minLongEdge);
  const floorEdge = Math.max(floor.width, floor.height);
  const edge = Math.max(current.width, current.height);
  if (edge <= floorEdge) return undefined;
  const wanted = Math.floor(edge * (Number.isFinite(scale) ? Math.min(1, Math.max(0, scale)) : 0));
  const nextEdge = Math.min(edge - 1, Math.max(floorEdge, wanted));
  const next = nextEdge <= floorEdge ? floor : fitLongEdge(shown.width, shown.height, nextEdge);
  return next.width === current.width && next.height === current.height ? undefined : next;
}

/**
 * JPEG size model: bits per pixel ≈ base × e^(slope × (q − 0.9)). The base is learned from every
 * encode this worker made (the photos of one application look alike), so after the first image
 * the first encode usually lands in the accepted band and no second one is needed.
 */
const model = { base: 1.5, slope: 4.6 };

function qualityFor(bpp: number): number {
  const q = 0.9 + Math.log(bpp / model.base) / model.slope;
  return Math.min(QUALITY.max, Math.max(QUALITY.min, q));
}

function learn(bpp: number, q: number): void {
  const base = bpp / Math.exp(model.slope * (q - 0.9));
  if (Number.isFinite(base) && base > 0) model.base = model.base * 0.3 + base * 0.7;
}

/** A result at 75–100 % of its share is taken: one encode more would buy little quality for its time. */
const ACCEPT_FROM = 0.75;

/**
 * Whether the file is whole: large JPEGs are first checked on their last 64 KB, so a 5 MB photo is
 * usually not read twice. A JPEG may carry a trailer with no EOI in its tail (a Motion Photo from a
 * Pixel or a Samsung phone appends an MP4 video): then the whole file is searched for the EOI after
 * the scan starts, as for small files.
 */
async function complete(job: CompressJob): Promise<boolean> {
  const file = job.file;
  if (job.kind === 'jpeg' && file.size > 1_000_000) {
    // Scan data cannot contain FF D9, and an EXIF thumbnail sits at the start: EOI in the tail means the end arrived.
    const tail = new Uint8Array(await file.slice(file.size - 65_536).arrayBuffer());
    for (let i = tail.length - 2; i >= 0; i--) if (tail[i] === 0xff && tail[i + 1] === 0xd9) return true;
  }
  return isCompleteImage(job.kind, new Uint8Array(await file.arrayBuffer()));
}

async function decode(job: CompressJob, size: { width: number; height: number }): Promise<ImageBitmap> {
  try {
    // The resize happens inside the decode, so a 100-megapixel photo never exists at full size here.
    return await createImageBitmap(job.file, {
      imageOrientation: 'from-image',
      resizeWidth: size.width,
      resizeHeight: size.height,
      resizeQuality: RESIZE_QUALITY,
    });
  } catch (error) {
    throw new PipelineError(job.kind === 'heic' ? 'heic-unsupported' : 'file-unreadable', String(error));
  }
}

export async function compressImage(job: CompressJob, progress: (fraction: number) => void): Promise<CompressResult> {
  if (job.width * job.height > MAX_PIXELS) throw new PipelineError('image-too-large', `${job.width}×${job.height}`);
  if (!(await complete(job))) throw new PipelineError('file-unreadable', 'truncated');
  progress(0.1);

  const shown = displaySize(job);
  const planned = fitLongEdge(shown.width, shown.height, job.longEdge);
  let size = planned;
  // Chromium hands a rotated bitmap to a bitmaprenderer canvas unrotated: only upright JPEGs skip the copy.
  const opaque = job.kind === 'jpeg' && job.orientation === 1;
  let t = performance.now();
  const bitmap = await decode(job, size);
  const decodeMs = performance.now() - t;
  progress(0.5);

  let thumbnail: ImageBitmap | undefined;
  if (job.thumbnail > 0) {
    const ts = fitLongEdge(size.width, size.height, job.thumbnail);
    thumbnail = await createImageBitmap(bitmap, { resizeWidth: ts.width, resizeHeight: ts.height, resizeQuality: 'medium' });
  }
  let canvas = toCanvas(bitmap, size, opaque);

  t = performance.now();
  let encodes = 0;
  const encode = async (quality: number) => {
    encodes++;
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
    learn((blob.size * 8) / (canvas.width * canvas.height), quality);
    return blob;
  };

  // Usually one encode; else a secant step on log(size) against quality, at most three more.
  // Aim at the middle of the accepted band, so a model a little off still lands inside it.
  let q = qualityFor((job.maxBytes * 0.88 * 8) / (size.width * size.height));
  let blob = await encode(q);
  let best: { blob: Blob; q: number } | undefined = blob.size <= job.maxBytes ? { blob, q } : undefined;
  let slope = model.slope;
  for (let attempt = 0; attempt < 3; attempt++) {
    const fits = blob.size <= job.maxBytes;
    if (fits && (blob.size >= job.maxBytes * ACCEPT_FROM || q >= QUALITY.max)) break;
    if (!fits && q <= QUALITY.min) break;
    const next = Math.min(QUALITY.max, Math.max(QUALITY.min, q + Math.log((job.maxBytes * 0.92) / blob.size) / slope));
    if (Math.abs(next - q) < 0.01) break;
    const nextBlob = await encode(next);
    const measured = Math.log(nextBlob.size / blob.size) / (next - q);
    if (Number.isFinite(measured) && measured > 0.5) slope = measured;
    q = next;
    blob = nextBlob;
    if (blob.size <= job.maxBytes && (!best || blob.size > best.blob.size)) best = { blob, q };
    progress(0.5 + 0.1 * (attempt + 1));
  }

  // Quality alone cannot meet the share: lower the resolution, never under the plan's floor.
  while (!best) {
    const next = shrinkSize(shown, size, job.minLongEdge, Math.sqrt(job.maxBytes / blob.size) * 0.95);
    if (!next) break;
    size = next;
    canvas = toCanvas(await decode(job, size), size, opaque);
    blob = await encode(q);
    if (blob.size <= job.maxBytes) best = { blob, q };
  }
  // Nothing fitted even at the floor: send the smallest one; the budget check says by how much it is over.
  const chosen = best ?? { blob, q };
  const encodeMs = performance.now() - t;
  progress(0.9);

  const sha256 = await sha256Hex(chosen.blob);
  // At the highest quality and the planned size, a larger share would have bought nothing.
  const unconstrained = best !== undefined && chosen.q >= QUALITY.max && canvas.width === planned.width && canvas.height === planned.height;
  return { blob: chosen.blob, width: canvas.width, height: canvas.height, quality: chosen.q, sha256, thumbnail, encodes, decodeMs, encodeMs, unconstrained };
}

/**
 * A canvas holding the bitmap. A JPEG has no transparency, so its bitmap is handed over without a
 * copy; PNG and WebP are drawn over white (transparent pixels would turn black in a JPEG).
 */
function toCanvas(bitmap: ImageBitmap, size: { width: number; height: number }, opaque: boolean): OffscreenCanvas {
  if (opaque) {
    const canvas = new OffscreenCanvas(size.width, size.height);
    canvas.getContext('bitmaprenderer')!.transferFromImageBitmap(bitmap);
    return canvas;
  }
  const canvas = draw(bitmap, size);
  bitmap.close();
  return canvas;
}

/** Draws the bitmap at `size` over white (transparent PNG/WebP pixels would turn black in a JPEG). */
function draw(bitmap: ImageBitmap, size: { width: number; height: number }): OffscreenCanvas {
  const canvas = new OffscreenCanvas(size.width, size.height);
  const ctx = canvas.getContext('2d', { alpha: false })!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bitmap, 0, 0, size.width, size.height);
  return canvas;
}
