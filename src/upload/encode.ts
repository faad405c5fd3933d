// The image pipeline itself (runs in the worker): decode straight at the planned size with EXIF
// orientation applied, flatten onto white, re-encode as JPEG (no metadata survives a canvas) at
// the highest quality that fits the image's share of the budget.
import { displaySize, isCompleteImage } from './image-info.js';
import { sha256Hex } from './digest.js';
import { MAX_PIXELS } from './limits.js';
import type { CompressJob, CompressResult, FailureCode } from './protocol.js';

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
 * First quality to try for a target in bits per pixel: from document photos, JPEG size grows
 * roughly exponentially with quality, about 2.2 bpp at 0.9 and 0.9 bpp at 0.7.
 */
function firstQuality(bpp: number): number {
  const q = 0.9 + Math.log(bpp / 2.2) / 4.5;
  return Math.min(QUALITY.max, Math.max(QUALITY.min, q));
}

export async function compressImage(job: CompressJob, progress: (fraction: number) => void): Promise<CompressResult> {
  if (job.width * job.height > MAX_PIXELS) throw new PipelineError('image-too-large', `${job.width}×${job.height}`);
  const bytes = new Uint8Array(await job.file.arrayBuffer());
  if (!isCompleteImage(job.kind, bytes)) throw new PipelineError('file-unreadable', 'truncated');
  progress(0.1);

  const shown = displaySize(job);
  let size = fitLongEdge(shown.width, shown.height, job.longEdge);
  let bitmap: ImageBitmap;
  try {
    // The resize happens inside the decode, so a 100-megapixel photo never exists at full size here.
    bitmap = await createImageBitmap(job.file, {
      imageOrientation: 'from-image',
      resizeWidth: size.width,
      resizeHeight: size.height,
      resizeQuality: 'high',
    });
  } catch (error) {
    throw new PipelineError(job.kind === 'heic' ? 'heic-unsupported' : 'file-unreadable', String(error));
  }
  progress(0.5);

  let canvas = draw(bitmap, size);
  let encodes = 0;
  const encode = async (quality: number) => {
    encodes++;
    return canvas.convertToBlob({ type: 'image/jpeg', quality });
  };

  // Secant search on log(size) against quality: usually one or two encodes.
  let q = firstQuality((job.maxBytes * 8) / (size.width * size.height));
  let blob = await encode(q);
  let best: { blob: Blob; q: number } | undefined = blob.size <= job.maxBytes ? { blob, q } : undefined;
  let slope = 4.5;
  for (let attempt = 0; attempt < 3; attempt++) {
    const fits = blob.size <= job.maxBytes;
    // Close enough below the target, or at the top of the range: stop.
    if (fits && (blob.size >= job.maxBytes * 0.85 || q >= QUALITY.max)) break;
    if (!fits && q <= QUALITY.min) break;
    const next = Math.min(QUALITY.max, Math.max(QUALITY.min, q + Math.log((job.maxBytes * 0.95) / blob.size) / slope));
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
    const floor = fitLongEdge(shown.width, shown.height, job.minLongEdge);
    if (size.width <= floor.width && size.height <= floor.height) break;
    const scale = Math.max(Math.sqrt(job.maxBytes / blob.size) * 0.95, floor.width / size.width);
    size = { width: Math.max(floor.width, Math.round(size.width * scale)), height: Math.max(floor.height, Math.round(size.height * scale)) };
    canvas = draw(bitmap, size);
    blob = await encode(q);
    if (blob.size <= job.maxBytes) best = { blob, q };
  }
  // Nothing fitted even at the floor: send the smallest one; the budget check says by how much it is over.
  const chosen = best ?? { blob, q };
  progress(0.9);

  let thumbnail: ImageBitmap | undefined;
  if (job.thumbnail > 0) {
    const t = fitLongEdge(size.width, size.height, job.thumbnail);
    thumbnail = await createImageBitmap(canvas, { resizeWidth: t.width, resizeHeight: t.height, resizeQuality: 'medium' });
  }
  bitmap.close();
  const sha256 = await sha256Hex(chosen.blob);
  return { blob: chosen.blob, width: canvas.width, height: canvas.height, quality: chosen.q, sha256, thumbnail, encodes };
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
