// Files in and out of the uploader: adding (one file without `multiple` replaces the one there),
// restoring a draft's files, replacing and removing one. Each file is checked (admission.ts) and then
// processed (queue.ts); the budget is planned again and the uploader told what changed. It is the
// uploader's member of the budget pool: the pool plans and counts these files. No words, no DOM.
import type { BudgetMember, BudgetPool } from '../../context/budget.js';
import type { BudgetPlan, PlanItem } from '../../upload/plan.js';
import type { Admission } from './admission.js';
import { FileQueue } from './queue.js';
import type { AddResult, Entry, RejectedFile, RestoredFile } from './types.js';

/** What the intake needs from its uploader. */
export interface IntakeHost {
  /** The budget pool the uploader draws on now. */
  pool(): BudgetPool;
  /** Whether files may come in now (not while disabled). */
  enabled(): boolean;
  /** `multiple`: without it, one file given replaces the one there. */
  multiple(): boolean;
  /** `max-files`. */
  maxFiles(): number | undefined;
  /** Something shown changed (a status, a progress, the list). */
  update(): void;
  /** A file began or ended being checked (it counts as busy meanwhile). */
  checking(): void;
  /** Files or their bytes changed; `files`: the set of processed files changed (the `change` event). */
  changed(files: boolean): void;
  /** Say what is true now (polite, throttled); `removed`: a file the person removed, said first. */
  announce(removed?: File): void;
}

export class Intake implements BudgetMember {
  /** The files shown and their processing. */
  readonly queue: FileQueue;
  /** Files being checked that hold a place under `max-files` (two calls at once cannot both take the last one). */
  reserved = 0;

  constructor(
    private readonly host: IntakeHost,
    private readonly admission: Admission,
  ) {
    this.queue = new FileQueue({
      pool: () => host.pool(),
      update: () => host.update(),
      refuse: (entry, code, params) => {
        const rejection = admission.reject(entry.source, code, params);
        admission.add(rejection);
        return rejection;
      },
      settled: (entry) => {
        // Its real size is known now (or it went): plan again (others re-compress only if they now must).
        host.pool().replan();
        host.changed(false);
        host.announce();
        entry.settle();
      },
    });
  }

  /** Whether a file is being checked or processed. */
  get busy(): boolean {
    // A file still being read and checked counts: the parent chose it, so "choose a file" would be wrong.
    return this.reserved > 0 || this.queue.working;
  }

  // ---- BudgetMember: the pool plans these files together with every other uploader's ----

  planItems(): PlanItem[] {
    return this.queue.planItems();
  }

  /** Bytes of the processed files (what will be submitted). */
  usedBytes(): number {
    return this.queue.files.reduce((sum, f) => sum + f.size, 0);
  }

  isBusy(): boolean {
    return this.busy;
  }

  /** The pool gives these files their share of the budget. */
  applyPlan(plan: BudgetPlan): void {
    this.queue.applyPlan(plan);
    this.host.update();
  }

  // ---- files in and out ----

  /** How many files it may hold (finite whenever a file is refused as one too many). */
  get capacity(): number {
    return this.host.multiple() ? (this.host.maxFiles() ?? Infinity) : 1;
  }

  /** No place left: the files listed and those being checked fill `capacity`. */
  private isFull(): boolean {
    return this.queue.entries.length + this.reserved >= this.capacity;
  }

  private tooMany(file: File): RejectedFile {
    return this.admission.reject(file, 'too-many-files', { max: this.capacity });
  }

  /** Checks a file against `accept` and the budget, by its content. */
  private admit(file: File): ReturnType<Admission['check']> {
    return this.admission.check(file, this.host.pool().budget);
  }

  /** Holds a place under `max-files` for a file being checked (see add). */
  private hold(): void {
    this.reserved++;
    this.host.checking();
  }

  /** Gives the place back: the file is listed now, or refused. */
  private release(): void {
    this.reserved--;
    this.host.checking();
  }

  /** Adds files as picking, dropping or pasting does; resolves when every file is processed or refused. */
  async add(files: Iterable<File>): Promise<AddResult> {
    const { queue, admission, host } = this;
    const list = [...files];
    const rejected: RejectedFile[] = [];
    const admitted: Entry[] = [];
    const generation = queue.generation;
    // One file without `multiple` replaces the one there, as a native single file input would.
    const replacing = !host.multiple() && list.length === 1;
    for (const file of list) {
      if (!host.enabled() || queue.generation !== generation) break;
      // The place is taken before the file is read, so a second call meanwhile sees it as taken.
      if (!replacing && this.isFull()) {
        rejected.push(this.tooMany(file));
        continue;
      }
      // The place is held until the file is listed or refused, not only while it is read: given back
      // any earlier, another call's file could take it in between and the uploader would hold one too many.
      this.hold();
      try {
        const outcome = await this.admit(file);
        // The form was reset while the file was read: it goes with the rest.
        if (queue.generation !== generation) break;
        if ('code' in outcome) {
          rejected.push(admission.reject(file, outcome.code, outcome.params));
          continue;
        }
        // Only now that the new file passed its checks does the old one go.
        if (replacing) for (const old of [...queue.entries]) this.removeEntry(old, false);
        const entry = queue.create(outcome);
        admitted.push(entry);
        queue.push(entry);
      } finally {
        this.release();
      }
    }
    return this.settleBatch(list, admitted, rejected);
  }

  /**
   * Puts back files this kit already processed (a restored draft): checked as any file is, then
   * kept byte for byte; an image is compressed again only if a later plan gives it less than its size.
   */
  async restore(files: Iterable<RestoredFile>): Promise<AddResult> {
    const { queue, admission } = this;
    const rejected: RejectedFile[] = [];
    const accepted: File[] = [];
    for (const item of files) {
      const outcome = await this.admit(item.file);
      if ('code' in outcome) {
        rejected.push(admission.reject(item.file, outcome.code, outcome.params));
        continue;
      }
      let original;
      if (item.originalFile && outcome.kind !== 'pdf') {
        const admitted = await admission.check(item.originalFile, Infinity);
        if (!('code' in admitted)) original = admitted;
      }
      queue.push(await queue.restored(item, outcome, original));
      accepted.push(item.file);
    }
    if (rejected.length) admission.show(rejected);
    if (accepted.length) this.host.pool().replan();
    this.host.changed(accepted.length > 0);
    return { accepted, rejected };
  }

  /** Replaces the file at `index` with `file`; the old one stays if the new one is refused. */
  async replace(index: number, file: File): Promise<AddResult> {
    const { queue, admission } = this;
    const old = queue.entries[index];
    if (!old) return this.add([file]);
    const generation = queue.generation;
    const outcome = await this.admit(file);
    // The form was reset while the file was read: nothing is left to replace, nothing is added.
    if (queue.generation !== generation) return { accepted: [], rejected: [] };
    if ('code' in outcome) return this.settleBatch([file], [], [admission.reject(file, outcome.code, outcome.params)]);
    const entry = queue.create(outcome);
    if (!queue.swap(old, entry)) {
      // The old file was removed meanwhile: the new one comes in on its own, if there is room for it.
      if (this.isFull()) return this.settleBatch([file], [], [this.tooMany(file)]);
      queue.push(entry);
    }
    return this.settleBatch([file], [entry], []);
  }

  /** Replaces the file listed under `id` (for the picker); false when it went meanwhile. */
  replaceListed(id: string, file: File): boolean {
    const index = this.queue.entries.findIndex((e) => e.id === id);
    if (index >= 0) void this.replace(index, file);
    return index >= 0;
  }

  /** Removes a file by its position in the list shown, or by the `File` itself (as given or as processed). */
  remove(indexOrFile: number | File): void {
    const { entries } = this.queue;
    const entry = typeof indexOrFile === 'number' ? entries[indexOrFile] : entries.find((e) => e.source === indexOrFile || e.result === indexOrFile);
    if (entry) this.removeEntry(entry, true);
  }

  /** Takes an entry out; `byPerson`: the person removed it (said, and the field's validity shown). */
  removeEntry(entry: Entry, byPerson: boolean): void {
    const { queue, host } = this;
    if (!queue.has(entry)) return;
    queue.remove(entry);
    this.admission.show([]);
    host.pool().replan();
    if (byPerson) host.announce(entry.source);
    host.changed(true);
  }

  /** A form reset: every file goes, and files still being read are not added after it. */
  reset(): void {
    this.queue.clear();
    this.admission.show([]);
    // The pool plans without these files: the old plan's shortfall must not outlive them.
    this.host.pool().replan();
    this.host.changed(false);
  }

  /** Plans the new files in, starts them, and waits for all of them. */
  private async settleBatch(given: File[], admitted: Entry[], rejected: RejectedFile[]): Promise<AddResult> {
    const { queue, host } = this;
    if (rejected.length) this.admission.show(rejected);
    else if (admitted.length) this.admission.show([]);
    if (admitted.length) {
      host.pool().replan();
      queue.start(admitted);
    }
    host.announce();
    host.changed(false);
    const outcomes = await Promise.all(admitted.map((e) => e.settled));
    for (const r of outcomes) if (r) rejected.push(r);
    if (admitted.length) host.changed(true);
    const accepted: File[] = [];
    for (const file of given) {
      const entry = admitted.find((e) => e.source === file);
      if (entry?.result && queue.has(entry)) accepted.push(entry.result);
    }
    return { accepted, rejected };
  }
}
