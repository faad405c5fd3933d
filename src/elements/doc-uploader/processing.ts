// How one entry of the uploader's queue is made: a PDF checked and hashed, an image compressed in the
// kit's worker to its share of the plan (again when a later plan gives it less, or, from its original,
// more), a restored file taken byte for byte with its thumbnail. Loaded with the first file (lazy-code.ts),
// not with the element. No words and no DOM beyond thumbnails.
import { processPdf, type AdmittedFile, type UploadErrorCode } from '../../upload/admit.js';
import type { CompressorPool, CompressResult } from '../../upload/compress.js';
import { sha256Hex } from '../../upload/digest.js';
import type { ImageTarget } from '../../upload/plan.js';
import type { Entry, Params, RestoredFile } from './types.js';

export const THUMBNAIL_EDGE = 96;

/** What making an entry needs from its queue (queue.ts). */
export interface Maker {
  /** Whether the entry is still listed (not removed or replaced meanwhile). */
  has(entry: Entry): boolean;
  /** Something shown changed (a status, a progress). */
  update(): void;
  /** The entry was made (or again): plan again, show, say; then settle it. */
  settled(entry: Entry): void;
  /** The entry could not be made: its file is refused and the entry dropped. */
  fail(entry: Entry, code: UploadErrorCode, params?: Params): void;
  /** This image's share of the budget now (undefined when it is no longer planned). */
  target(entry: Entry): ImageTarget | undefined;
}

/** A PDF: checked (not encrypted, not cut short) and hashed. */
export async function makePdf(maker: Maker, entry: Entry): Promise<void> {
  const outcome = await processPdf(entry);
  if (!maker.has(entry)) return;
  if ('code' in outcome) return maker.fail(entry, outcome.code, outcome.params);
  entry.result = outcome.file;
  entry.sha256 = outcome.sha256;
  entry.status = 'done';
  entry.progress = 1;
  maker.settled(entry);
}

/**
 * A file this kit processed earlier, done and kept byte for byte: `outcome` is the processed file
 * admitted, `original` whether the entry's source is the original the draft kept.
 */
export async function makeRestored(entry: Entry, item: RestoredFile, outcome: AdmittedFile, original: boolean): Promise<void> {
  // The original is the source for any later plan; the processed file stays byte for byte until then.
  entry.hasOriginal = original;
  entry.result = item.file;
  entry.sha256 = await sha256Hex(item.file);
  entry.outWidth = item.width ?? outcome.displayWidth;
  entry.outHeight = item.height ?? outcome.displayHeight;
  entry.madeFor = item.file.size;
  entry.original = item.original;
  entry.status = 'done';
  entry.progress = 1;
  if (entry.kind !== 'pdf' && entry.outWidth && entry.outHeight) {
    const scale = Math.min(1, THUMBNAIL_EDGE / Math.max(entry.outWidth, entry.outHeight));
    entry.thumbnail = await createImageBitmap(item.file, {
      resizeWidth: Math.max(1, Math.round(entry.outWidth * scale)),
      resizeHeight: Math.max(1, Math.round(entry.outHeight * scale)),
    }).catch(() => undefined);
  }
}

/**
 * An image compressed in a worker of `pool` to the share the plan gives it when a worker is free;
 * `abort` stops it. `minLongEdge` is A4 at 150 dpi (MIN_LONG_EDGE, passed in: this chunk does not
 * import the planner, which the element's first load already holds).
 */
export async function makeImage(maker: Maker, entry: Entry, pool: CompressorPool, abort: AbortController, minLongEdge: number): Promise<void> {
  let result: CompressResult;
  try {
    result = await pool.compress(
      () => {
        // Asked when a worker is free, so a queued image gets the newest plan.
        const target = maker.target(entry);
        if (!target) throw new Error(`${entry.id} is no longer planned`);
        entry.madeFor = target.maxBytes;
        if (!entry.result) entry.status = 'processing';
        maker.update();
        return {
          file: entry.source,
          kind: entry.kind as 'jpeg',
          width: entry.width!,
          height: entry.height!,
          orientation: entry.orientation!,
          maxBytes: target.maxBytes,
          longEdge: target.longEdge,
          minLongEdge: target.minLongEdge,
          thumbnail: entry.thumbnail ? 0 : THUMBNAIL_EDGE,
        };
      },
      (fraction) => {
        entry.progress = fraction;
        maker.update();
      },
      abort.signal,
    );
  } catch (error) {
    const code = (error as { code?: string }).code;
    // Removed (or never entered: a replacement whose old file went meanwhile): nothing waits on it any more.
    if (!maker.has(entry)) return entry.settle();
    if (code === 'cancelled') return;
    entry.working = false;
    // A second pass that fails keeps the first result: the file was fine, only the re-compression was not.
    if (entry.result) return maker.settled(entry);
    return maker.fail(entry, (code ?? 'file-unreadable') as UploadErrorCode, {
      megapixels: Math.round(((entry.width ?? 0) * (entry.height ?? 0)) / 1e6),
    });
  }
  if (!maker.has(entry) || entry.abort !== abort) {
    result.thumbnail?.close();
    if (!maker.has(entry)) entry.settle();
    return;
  }
  entry.result = new File([result.blob], entry.name, { type: 'image/jpeg', lastModified: entry.source.lastModified });
  entry.sha256 = result.sha256;
  entry.outWidth = result.width;
  entry.outHeight = result.height;
  entry.unconstrained = result.unconstrained;
  // Said to the person when the plan had to go under A4 at 150 dpi for this image.
  entry.belowMinEdge =
    Math.max(result.width, result.height) < Math.min(minLongEdge, Math.max(entry.displayWidth ?? 0, entry.displayHeight ?? 0));
  if (result.thumbnail) entry.thumbnail = result.thumbnail;
  entry.status = 'done';
  entry.working = false;
  entry.progress = 1;
  maker.settled(entry);
}
