// The uploader's files and their processing: each admitted file becomes an entry, in the order
// shown; an entry is replaced, removed, or cleared by a form reset, planned with the budget, and made
// (processing.ts, loaded with the first file: a PDF checked and hashed, an image compressed in the
// kit's worker to its share, again when a later plan gives it less, or, from its original, more).
// No words and no DOM.
import type { BudgetPool } from '../../context/budget.js';
import type { AdmittedFile, UploadErrorCode } from '../../upload/admit.js';
import { MIN_LONG_EDGE, planBudget, type BudgetPlan, type ImageTarget, type PlanItem } from '../../upload/plan.js';
import { compressor, processing } from './lazy-code.js';
import type { Maker } from './processing.js';
import type { Entry, Params, RejectedFile, RestoredFile, UploadedFileInfo } from './types.js';

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

export class FileQueue implements Maker {
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
    for (const entry of entries) void (entry.kind === 'pdf' ? processing().then((p) => p.makePdf(this, entry)) : this.compress(entry));
  }

  /**
   * An entry for a file this kit processed earlier, done and kept byte for byte: `outcome` is the
   * processed file admitted, `original` the original admitted (when the draft kept it).
   */
  async restored(item: RestoredFile, outcome: AdmittedFile, original?: AdmittedFile): Promise<Entry> {
    const entry = this.create(original ?? outcome);
    await (await processing()).makeRestored(entry, item, outcome, !!original);
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

  /** @internal Maker */
  update(): void {
    this.host.update();
  }

  /** @internal Maker */
  settled(entry: Entry): void {
    this.host.settled(entry);
  }

  /** @internal Maker: the entry's file is refused and the entry dropped. */
  fail(entry: Entry, code: UploadErrorCode, params: Params = {}): void {
    this.remove(entry, this.host.refuse(entry, code, params));
    this.host.settled(entry);
  }

  /** Compresses an image (again): earlier work on it stops; with a result, it stays done meanwhile. */
  private async compress(entry: Entry): Promise<void> {
    entry.abort?.abort();
    const abort = new AbortController();
    entry.abort = abort;
    entry.status = entry.result ? 'done' : 'queued';
    entry.working = true;
    this.host.update();
    const [pool, p] = await Promise.all([compressor(), processing()]);
    if (!abort.signal.aborted) await p.makeImage(this, entry, pool, abort, MIN_LONG_EDGE);
  }

  /** @internal Maker: this image's share, from the shared plan, or, while it is not in the pool (disconnected), from a plan of its own files. */
  target(entry: Entry): ImageTarget | undefined {
    const pool = this.host.pool();
    return pool.plan.images[entry.id] ?? planBudget(this.planItems(), pool.budget).images[entry.id];
  }
}
