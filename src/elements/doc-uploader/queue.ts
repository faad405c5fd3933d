// The uploader's files and their processing: each admitted file becomes an entry, a PDF is checked
// and hashed, an image compressed in the kit's worker to its share of the budget (again when a later
// plan gives it less, or, from its original, more). No words and no DOM beyond thumbnails.
import type { BudgetPool } from '../../context/budget.js';
import type { AdmittedFile, UploadErrorCode } from '../../upload/admit.js';
import type { CompressResult } from '../../upload/compress.js';
import { MIN_LONG_EDGE, planBudget, type BudgetPlan, type ImageTarget, type PlanItem } from '../../upload/plan.js';
import { compressor, processPdf, sha256Hex } from './lazy-code.js';
import type { Entry, Params, RejectedFile, RestoredFile, UploadedFileInfo } from './types.js';

export const THUMBNAIL_EDGE = 96;
let nextEntryId = 1;

/** What the queue needs from its uploader. */
export interface QueueHost {
  /** The budget pool the uploader draws on now. */
  pool(): BudgetPool;
  /** Something shown changed (a status, a progress). */
  update(): void;
  /** An entry could not be processed: refuse its file (the queue then drops it). */
  refuse(entry: Entry, code: UploadErrorCode, params: Params): RejectedFile;
  /** An entry was processed (or again), or dropped as it failed: plan again, show, say; then settle it. */
  settled(entry: Entry): void;
}

export class FileQueue {
  /** Every file shown, in order: queued, processing or done. */
  entries: Entry[] = [];
  /** Counts form resets: a file still being read when the form was reset is not added after it. */
  generation = 0;

  constructor(private readonly host: QueueHost) {}

  /** The processed entries (what will be submitted). */
  done(): Entry[] {
    return this.entries.filter((e) => e.status === 'done' && e.result);
  }

  get files(): File[] {
    return this.done().map((e) => e.result!);
  }

  get fileInfo(): UploadedFileInfo[] {
    return this.done().map((e) => ({
      file: e.result!,
      sha256: e.sha256!,
      original: e.original ?? { name: e.source.name, size: e.source.size, type: e.source.type, width: e.displayWidth, height: e.displayHeight },
      width: e.outWidth,
      height: e.outHeight,
      originalFile: e.hasOriginal !== false && e.kind !== 'pdf' && e.source !== e.result ? e.source : undefined,
    }));
  }

  /** Whether an entry is being processed (for the first time or again). */
  get working(): boolean {
    return this.entries.some((e) => e.status !== 'done' || e.working);
  }

  has(entry: Entry): boolean {
    return this.entries.includes(entry);
  }

  create(admitted: AdmittedFile): Entry {
    let settle!: (r?: RejectedFile) => void;
    const settled = new Promise<RejectedFile | undefined>((resolve) => (settle = resolve));
    return { ...admitted, id: `f${nextEntryId++}`, status: 'queued', progress: 0, settled, settle };
  }

  /** Adds an entry at the end of the list. */
  push(entry: Entry): void {
    this.entries = [...this.entries, entry];
    this.host.update();
  }

  /** Puts `entry` where `old` was (`old` stops and goes); false when `old` is no longer listed. */
  swap(old: Entry, entry: Entry): boolean {
    const at = this.entries.indexOf(old);
    if (at === -1) return false;
    this.entries = this.entries.map((e, i) => (i === at ? entry : e));
    this.drop(old);
    this.host.update();
    return true;
  }

  /** Takes an entry out, stopping its work; whoever waits for it gets `rejection`. */
  remove(entry: Entry, rejection?: RejectedFile): void {
    entry.settle(rejection);
    this.drop(entry);
    this.entries = this.entries.filter((e) => e !== entry);
    this.host.update();
  }

  /** A form reset: every entry stops and goes; files still being read are not added after it. */
  clear(): void {
    this.generation++;
    for (const entry of this.entries) this.drop(entry);
    this.entries = [];
    this.host.update();
  }

  /** Stops the entry's work (its worker is terminated) and frees its thumbnail. */
  private drop(entry: Entry): void {
    entry.abort?.abort();
    entry.thumbnail?.close();
    entry.thumbnail = undefined;
    entry.settle();
  }

  /** Starts processing newly admitted entries. */
  start(entries: Entry[]): void {
    for (const entry of entries) void (entry.kind === 'pdf' ? this.finishPdf(entry) : this.compress(entry));
  }

  /**
   * An entry for a file this kit processed earlier, done and kept byte for byte: `outcome` is the
   * processed file admitted, `original` the original admitted (when the draft kept it).
   */
  async restored(item: RestoredFile, outcome: AdmittedFile, original?: AdmittedFile): Promise<Entry> {
    const entry = this.create(original ?? outcome);
    // The original is the source for any later plan; the processed file stays byte for byte until then.
    entry.hasOriginal = !!original;
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
    entry.settle();
    return entry;
  }

  /** The files as the budget planner sees them. */
  planItems(): PlanItem[] {
    return this.entries.map((e): PlanItem => {
      if (e.kind === 'pdf') return { id: e.id, kind: 'fixed', bytes: e.source.size, name: e.source.name };
      return {
        id: e.id,
        kind: 'image',
        name: e.source.name,
        hasOriginal: e.hasOriginal !== false,
        width: e.displayWidth!,
        height: e.displayHeight!,
        // A JPEG never needs more bytes than it came with (still re-encoded: its metadata must go).
        sourceBytes: e.kind === 'jpeg' ? e.source.size : undefined,
        current:
          e.status === 'done' && e.result
            ? {
                bytes: e.result.size,
                longEdge: Math.max(e.outWidth ?? 0, e.outHeight ?? 0),
                unconstrained: e.unconstrained,
                madeFor: e.madeFor,
              }
            : undefined,
      };
    });
  }

  /** A new plan: processed images it gives less (or, from their originals, more) are made again. */
  applyPlan(plan: BudgetPlan): void {
    for (const entry of this.entries) {
      const target = plan.images[entry.id];
      if (!target) continue;
      // Re-compress a processed image only when this plan gives it less than its result takes.
      if (entry.status === 'done' && target.recompress && (entry.madeFor ?? Infinity) > target.maxBytes) {
        void this.compress(entry);
      } else if (entry.status === 'done' && !entry.working && target.upgrade && entry.hasOriginal !== false) {
        // Space freed: made again from the original (never from the reduced file) at the better quality.
        void this.compress(entry);
      }
    }
  }

  private async finishPdf(entry: Entry): Promise<void> {
    const outcome = await processPdf(entry);
    if (!this.has(entry)) return;
    if ('code' in outcome) return this.fail(entry, outcome.code, outcome.params);
    entry.result = outcome.file;
    entry.sha256 = outcome.sha256;
    entry.status = 'done';
    entry.progress = 1;
    this.host.settled(entry);
  }

  private fail(entry: Entry, code: UploadErrorCode, params: Params = {}): void {
    this.remove(entry, this.host.refuse(entry, code, params));
    this.host.settled(entry);
  }

  private async compress(entry: Entry): Promise<void> {
    entry.abort?.abort();
    const abort = new AbortController();
    entry.abort = abort;
    entry.status = entry.result ? 'done' : 'queued';
    entry.working = true;
    this.host.update();
    const pool = await compressor();
    if (abort.signal.aborted) return;
    let result: CompressResult;
    try {
      result = await pool.compress(
        () => {
          // Asked when a worker is free, so a queued image gets the newest plan.
          const target = this.target(entry);
          if (!target) throw new Error(`${entry.id} is no longer planned`);
          entry.madeFor = target.maxBytes;
          if (!entry.result) entry.status = 'processing';
          this.host.update();
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
          this.host.update();
        },
        abort.signal,
      );
    } catch (error) {
      const code = (error as { code?: string }).code;
      // Removed (or never entered: a replacement whose old file went meanwhile): nothing waits on it any more.
      if (!this.has(entry)) return entry.settle();
      if (code === 'cancelled') return;
      entry.working = false;
      // A second pass that fails keeps the first result: the file was fine, only the re-compression was not.
      if (entry.result) return this.host.settled(entry);
      return this.fail(entry, (code ?? 'file-unreadable') as UploadErrorCode, {
        megapixels: Math.round(((entry.width ?? 0) * (entry.height ?? 0)) / 1e6),
      });
    }
    if (!this.has(entry) || entry.abort !== abort) {
      result.thumbnail?.close();
      if (!this.has(entry)) entry.settle();
      return;
    }
    entry.result = new File([result.blob], entry.name, { type: 'image/jpeg', lastModified: entry.source.lastModified });
    entry.sha256 = result.sha256;
    entry.outWidth = result.width;
    entry.outHeight = result.height;
    entry.unconstrained = result.unconstrained;
    // Said to the person when the plan had to go under A4 at 150 dpi for this image.
    entry.belowMinEdge =
      Math.max(result.width, result.height) < Math.min(MIN_LONG_EDGE, Math.max(entry.displayWidth ?? 0, entry.displayHeight ?? 0));
    if (result.thumbnail) entry.thumbnail = result.thumbnail;
    entry.status = 'done';
    entry.working = false;
    entry.progress = 1;
    this.host.settled(entry);
  }

  /** This image's share: from the shared plan, or, while it is not in the pool (disconnected), from a plan of its own files. */
  private target(entry: Entry): ImageTarget | undefined {
    const pool = this.host.pool();
    return pool.plan.images[entry.id] ?? planBudget(this.planItems(), pool.budget).images[entry.id];
  }
}
