// Compression where the kit's worker path cannot run (no OffscreenCanvas, as in Safari before 16.4):
// browser-image-compression on the main thread, loaded by dynamic import only on this path, so the
// photos of an older phone still fit the budget. Same job in, same result out as the worker.
import { displaySize, isCompleteImage, readImageInfo } from './image-info.js';
import { sha256Hex } from './digest.js';
import { MAX_PIXELS } from './limits.js';
import { fitLongEdge, PipelineError, QUALITY } from './encode.js';
import type { CompressJob, CompressResult } from './protocol.js';

const MIME = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', heic: 'image/heic' } as const;
const MB = 1024 * 1024; // browser-image-compression's megabyte

/** Compresses one image on the main thread with browser-image-compression, within `job.maxBytes`. */
export async function compressOnMainThread(job: CompressJob, progress: (fraction: number) => void): Promise<CompressResult> {
  if (job.width * job.height > MAX_PIXELS) throw new PipelineError('image-too-large', `${job.width}×${job.height}`);
  if (!isCompleteImage(job.kind, new Uint8Array(await job.file.arrayBuffer()))) throw new PipelineError('file-unreadable', 'truncated');
  progress(0.1);
  const { default: imageCompression } = await import('browser-image-compression');

  const shown = displaySize(job);
  const planned = fitLongEdge(shown.width, shown.height, job.longEdge);
  // The library reads the type from the File: give it the sniffed one (the name's may be wrong).
  const input = new File([job.file], `image.${job.kind}`, { type: MIME[job.kind] });
  const started = performance.now();
  let encodes = 0;
  const run = async (maxBytes: number, longEdge: number, quality: number) => {
    encodes++;
    try {
      return await imageCompression(input, {
        maxSizeMB: maxBytes / MB,
        maxWidthOrHeight: longEdge,
        useWebWorker: false, // its worker loads from a CDN through a blob: URL: never
        fileType: 'image/jpeg',
        initialQuality: quality,
        maxIteration: 12,
        onProgress: (p: number) => progress(0.1 + 0.8 * (p / 100)),
      });
    } catch (error) {
      throw new PipelineError(job.kind === 'heic' ? 'heic-unsupported' : 'file-unreadable', String(error));
    }
  };
  // Aim a little under the share (the library stops as soon as it is under its target).
  let blob: Blob = await run(job.maxBytes * 0.95, Math.max(planned.width, planned.height), QUALITY.max);
  // Still over: once more from a smaller size, never under the plan's floor.
  if (blob.size > job.maxBytes) {
    const floor = fitLongEdge(shown.width, shown.height, job.minLongEdge);
    blob = await run(job.maxBytes * 0.85, Math.max(floor.width, floor.height), QUALITY.min + 0.2);
  }
  const encodeMs = performance.now() - started;
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const info = readImageInfo('jpeg', bytes);
  if (!info) throw new PipelineError('file-unreadable', 'no JPEG came out');
  progress(0.9);

  let thumbnail: ImageBitmap | undefined;
  if (job.thumbnail > 0) {
    const ts = fitLongEdge(info.width, info.height, job.thumbnail);
    try {
      thumbnail = await createImageBitmap(blob, { resizeWidth: ts.width, resizeHeight: ts.height });
    } catch {
      thumbnail = undefined; // an older createImageBitmap without options: no thumbnail, the file is fine
    }
  }
  const out = new Blob([bytes], { type: 'image/jpeg' });
  return {
    blob: out,
    width: info.width,
    height: info.height,
    quality: QUALITY.max, // the library does not say which quality it ended at: the highest it starts from
    sha256: await sha256Hex(bytes),
    thumbnail,
    unconstrained: false,
    encodes,
    decodeMs: 0,
    encodeMs,
  };
}
