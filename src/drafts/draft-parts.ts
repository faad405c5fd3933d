// The draft work a form loads only when it has some (draft-shell.ts decides): restoring a draft
// under what the parent did meanwhile, saving debounced in the background, clearing after signing,
// and hearing other tabs of the same draft. The form keeps working whatever storage does; this only
// reports what it could keep.
import type { ReactiveControllerHost } from 'lit';
import {
  DEFAULT_TTL_DAYS,
  DraftConflictError,
  clone,
  draftChannelName,
  toStorageError,
  type DraftClearReason,
  type Draft,
  type DraftControllerOptions,
  type DraftFileInput,
  type DraftOriginal,
  type DraftStatus,
  type DraftStorageErrorCode,
  type DraftStoreLike,
  type MissingFile,
} from './common.js';
import { defaultStore } from './lazy-store.js';
import { changedPaths, valueAt, withValue } from './draft-merge.js';
import type { Attachments, AttachmentsChange } from '../attachments/attachments.js';

/** What a controller tells the other tabs' controllers of the same draft key. */
type DraftMessage = { type: 'saved'; revision?: number } | { type: 'cleared'; reason: DraftClearReason };

/** A stored processed file handed back to an uploader. */
export interface RestoredFile {
  file: File;
  sha256?: string;
  width?: number;
  height?: number;
  original?: DraftOriginal;
  /** The photo as first given (see DraftFileInput.originalFile). */
  originalFile?: File;
}

/**
 * A form's drafts once they have work (draft-shell.ts creates it and hands it the form's events):
 * `load()` looks for the draft and puts it back, or `startEmpty()` when the shell knows there is none.
 */
export class DraftEngine {
  private readonly host: ReactiveControllerHost;
  private readonly options: DraftControllerOptions;
  private readonly model: Attachments | undefined;
  /** Current state of the drafts; the form renders it. */
  status: DraftStatus = 'idle';
  /** Why storage refused, when `status` is `unavailable`. */
  error: DraftStorageErrorCode | undefined;
  /** When the restored draft had been saved (undefined when nothing was restored). */
  restoredAt: Date | undefined;
  /** When the last save finished. */
  savedAt: Date | undefined;
  /** Files the parent attached that could not be kept (this save, or an earlier one before a reload). */
  unsavedFiles: MissingFile[] = [];

  /** Files per document id, as the attachments model last reported them (a document set aside keeps its files in the draft). */
  private files = new Map<string, DraftFileInput[]>();
  /** Missing files from an earlier save, until their document's files change. */
  private carriedMissing: MissingFile[] = [];
  /** Missing files of the latest save. */
  private saveMissing: MissingFile[] = [];
  private loaded = false;
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight: Promise<void> | undefined;
  /** Documents whose uploader is being given restored files (their `change` is not the parent's), each with its restore's token. */
  private restoring = new Map<string, object>();
  /** One more at each clear: restores and records begun before it then do nothing. */
  private generation = 0;
  /** One more at each clear that empties the form (start over, signing): files still being put back go too. */
  private emptied = 0;
  /** Inside the host's `reset`: its events are not the parent's changes. */
  private resetting = false;
  /** The revision this tab last read or wrote (undefined: it found no draft). */
  private revision: number | undefined;
  /** The answers as of the last look, while the draft loads (to tell which ones the parent changed). */
  private seenAnswers: unknown;
  /** Answer paths the parent changed before the draft arrived. */
  private edited = new Map<string, string[]>();
  /** Documents whose files the parent changed before the draft arrived. */
  private editedDocs = new Set<string>();
  /** The parent moved to another step before the draft arrived. */
  private moved = false;
  /** This tab restored or saved the draft (since the last clear): another tab's signing concerns it. */
  private hadDraft = false;
  private channel: { key: string; port: BroadcastChannel } | undefined;

  constructor(host: ReactiveControllerHost, options: DraftControllerOptions, model: Attachments | undefined) {
    this.host = host;
    this.options = options;
    this.model = model;
  }

  private get enabled(): boolean {
    return this.options.enabled?.() ?? true;
  }

  private get store(): DraftStoreLike {
    return this.options.store?.() ?? defaultStore();
  }

  private get ttlDays(): number {
    const ttl = this.options.ttlDays?.();
    return ttl !== undefined && Number.isFinite(ttl) && ttl > 0 ? ttl : DEFAULT_TTL_DAYS;
  }

  /** The form connected again (it was moved): the other tabs are heard again. */
  connected(): void {
    if (this.loaded) this.listen();
  }

  /** The form left the page: what waits is written, the other tabs no longer heard. */
  disconnected(): void {
    if (this.timer !== undefined) void this.flush();
    this.channel?.port.close();
    this.channel = undefined;
  }

  /** Resolves when nothing is waiting to be written (tests; a host about to navigate). */
  async settled(): Promise<void> {
    while (this.timer !== undefined || this.inflight) {
      if (this.timer !== undefined) await this.flush();
      else await this.inflight;
    }
  }

  /** The shell knows no draft can exist (a first visit): nothing to look for, changes are saved from now on. */
  startEmpty(): void {
    this.status = 'idle';
    this.loaded = true;
    this.listen();
  }

  /**
   * Looks for the draft and puts it back. `seenAnswers`: the answers when the shell began to look
   * (what the parent changed since wins over the draft); `early`: the form's events since then, in order.
   */
  async load(seenAnswers: unknown, early: readonly Event[] = []): Promise<void> {
    this.status = 'loading';
    this.seenAnswers = seenAnswers;
    this.listen();
    const generation = this.generation;
    for (const event of early) this.handle(event);
    let draft: Draft | null = null;
    try {
      draft = await this.store.load(this.options.key(), { ttlDays: this.ttlDays });
      // Other forms' expired drafts go too; nobody waits for it.
      void this.store.purgeExpired().catch(() => undefined);
      if (this.status === 'loading') this.status = 'idle';
    } catch (error) {
      this.fail(error);
    }
    this.loaded = true;
    // Cleared while it loaded (signed, another tab signed): nothing to put back.
    if (draft && generation === this.generation) this.apply(draft);
    this.seenAnswers = undefined;
    this.edited.clear();
    this.editedDocs.clear();
    this.moved = false;
    this.host.requestUpdate();
    if (this.dirty) this.schedule();
  }

  /** One of the form's events the shell listens to, as it happened. */
  handle(event: Event): void {
    if (event.type === 'answers-change' || event.type === 'step-change') this.onChange(event);
    else if (event.type === 'signed-payload') this.onSigned();
    else if (event.type === 'change') this.onFilesChange(event);
    else this.onHidden(event);
  }

  /**
   * Puts the draft back under what the parent did while it loaded: answers the parent changed
   * keep the parent's value, documents whose files the parent changed keep the parent's files, and
   * a parent who moved on stays on their step.
   */
  private apply(draft: Draft): void {
    this.restoredAt = draft.savedAt;
    this.savedAt = draft.savedAt;
    this.revision = draft.revision;
    this.hadDraft = true;
    this.carriedMissing = draft.missing.filter((m) => !this.editedDocs.has(m.doc));
    const mine = this.files;
    this.files = new Map();
    const restored = new Map<string, RestoredFile[]>();
    for (const f of draft.files) {
      if (this.editedDocs.has(f.doc)) continue;
      this.files.set(f.doc, [...(this.files.get(f.doc) ?? []), f]);
      const { doc: _doc, ...file } = f;
      restored.set(f.doc, [...(restored.get(f.doc) ?? []), file]);
    }
    for (const doc of this.editedDocs) this.files.set(doc, mine.get(doc) ?? []);
    this.updateUnsaved();
    let answers = clone(draft.answers) as Record<string, unknown>;
    if (this.edited.size) {
      this.noteEdits();
      const current = this.options.getAnswers();
      for (const path of this.edited.values()) answers = withValue(answers, path, clone(valueAt(current, path)));
    }
    this.options.restore({ ...draft, answers, step: this.moved ? undefined : draft.step });
    for (const [doc, files] of restored) this.putBack(doc, files);
  }

  /** Remembers which answers the parent changed since the last look (while the draft loads). */
  private noteEdits(): void {
    const now = clone(this.options.getAnswers());
    for (const path of changedPaths(this.seenAnswers, now)) this.edited.set(path.join('\u0000'), path);
    this.seenAnswers = now;
  }

  /**
   * Gives a document its restored files through the attachments model, which holds them until the
   * document's uploader is there (it renders on the documents step, its code loads on demand) and
   * hands them over once, if it is still empty.
   */
  private putBack(doc: string, files: RestoredFile[]): void {
    const model = this.model;
    if (!model) return;
    const token = {};
    this.restoring.set(doc, token);
    const generation = this.generation;
    const emptied = this.emptied;
    void model
      .restore(doc, files)
      .then((result) => {
        // Not handed over: the document had files already, or the draft was dropped first.
        if (!result) return;
        if (generation !== this.generation) {
          // Start over (or signing) came while these were being put back: they go again, and
          // their `change` is still ours, not the parent's. (Signed in another tab: the form
          // stays as it is, files and all; only the draft is no longer kept.)
          if (emptied !== this.emptied) for (const file of result.accepted) model.remove(doc, file);
          return;
        }
        // A stored file the uploader refuses now is one to attach again.
        if (result.rejected.length) {
          this.carriedMissing = [...this.carriedMissing, ...result.rejected.map((r) => ({ doc, name: r.name }))];
          this.updateUnsaved();
          this.host.requestUpdate();
        }
        return true;
      })
      .then((handed) => {
        if (this.restoring.get(doc) === token) this.restoring.delete(doc);
        if (handed) this.record(doc);
      });
  }

  /** The parent changed something: write it soon, in the background. */
  schedule(): void {
    if (!this.loaded) {
      this.dirty = true;
      return;
    }
    if (!this.enabled || this.status === 'unavailable' || this.status === 'off' || this.status === 'signed-elsewhere') return;
    this.cancelTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.saveNow();
    }, this.options.debounceMs ?? 500);
  }

  /** Drops the write that waits for the debounce, if any. */
  private cancelTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Writes now whatever is waiting (the page is being hidden or closed). */
  async flush(): Promise<void> {
    if (this.timer === undefined) return this.inflight;
    clearTimeout(this.timer);
    this.timer = undefined;
    return this.saveNow();
  }

  private async saveNow(): Promise<void> {
    // One write at a time; a change during a write is written after it.
    if (this.inflight) {
      await this.inflight;
      if (this.timer !== undefined) return;
    }
    if (!this.enabled || this.status === 'unavailable' || this.status === 'signed-elsewhere') return;
    const run = this.write();
    this.inflight = run;
    try {
      await run;
    } finally {
      if (this.inflight === run) this.inflight = undefined;
    }
  }

  private async write(): Promise<void> {
    this.status = 'saving';
    const files = [...this.files.values()].flat();
    const generation = this.generation;
    try {
      const result = await this.store.save(
        this.options.key(),
        { answers: this.options.getAnswers(), step: this.options.getStep?.(), files, missing: this.carriedMissing },
        { ttlDays: this.ttlDays, baseRevision: this.revision },
      );
      this.post({ type: 'saved', revision: result.revision });
      // Cleared while this was being written: the clear that waited for it has the last word.
      if (generation === this.generation) {
        this.savedAt = result.savedAt;
        this.saveMissing = result.missing;
        this.revision = result.revision;
        this.hadDraft = true;
        this.status = 'saved';
        this.updateUnsaved();
      }
    } catch (error) {
      if (error instanceof DraftConflictError) {
        // The store still holds the mark of a signing this tab did not hear of.
        if (generation === this.generation) this.signedElsewhere();
      } else this.fail(error);
    }
    this.host.requestUpdate();
  }

  private fail(error: unknown): void {
    this.status = 'unavailable';
    this.error = toStorageError(error).code;
    this.cancelTimer();
  }

  private updateUnsaved(): void {
    const seen = new Set<string>();
    this.unsavedFiles = [...this.carriedMissing, ...this.saveMissing].filter((m) => {
      const id = `${m.doc}\u0000${m.name}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  }

  /**
   * Deletes the draft (after signing, `reason` `signed`; start over, `reset`). Pending writes are
   * dropped, and so are files still being put back into uploaders; the other tabs hear of it.
   */
  async clear(reason: DraftClearReason = 'reset'): Promise<void> {
    this.generation++;
    this.emptied++;
    this.forgetDraft();
    await this.inflight?.catch(() => undefined);
    // A write that was waiting for the one above may have been scheduled meanwhile.
    this.cancelTimer();
    if (this.enabled && this.status !== 'unavailable' && this.status !== 'off') {
      try {
        await this.store.clear(this.options.key(), { reason, ttlDays: this.ttlDays });
        this.status = 'idle';
        this.post({ type: 'cleared', reason });
      } catch (error) {
        this.fail(error);
      }
    }
    this.host.requestUpdate();
  }

  /** Drops everything this controller held of the draft (a clear, here or in another tab). */
  private forgetDraft(): void {
    this.cancelTimer();
    this.dirty = false;
    this.revision = undefined;
    this.hadDraft = false;
    this.restoredAt = undefined;
    this.carriedMissing = [];
    this.saveMissing = [];
    this.unsavedFiles = [];
    this.model?.dropRestores();
    this.files.clear();
  }

  /**
   * Start over: the draft is deleted and the form emptied. The emptying itself is not a change
   * (the form announces a step change as it goes back to the first step): a draft is written again
   * only after the parent's next real change.
   */
  async startOver(): Promise<void> {
    await this.clear('reset');
    this.resetting = true;
    try {
      this.options.reset?.();
    } finally {
      this.resetting = false;
    }
    this.cancelTimer();
    this.dirty = false;
    this.host.requestUpdate();
  }

  /** Another tab signed this draft's application: this tab stops saving it (its form stays as it is). */
  private signedElsewhere(): void {
    this.generation++;
    this.forgetDraft();
    this.status = 'signed-elsewhere';
    this.host.requestUpdate();
  }

  /** Listens to the other tabs of this draft key (BroadcastChannel, where the browser has it). */
  private listen(): void {
    if (!this.enabled || typeof BroadcastChannel === 'undefined') return;
    const key = this.options.key();
    if (this.channel?.key === key) return;
    this.channel?.port.close();
    const port = new BroadcastChannel(draftChannelName(key));
    port.onmessage = (event: MessageEvent<DraftMessage>) => this.onMessage(event.data);
    this.channel = { key, port };
  }

  private post(message: DraftMessage): void {
    this.listen();
    this.channel?.port.postMessage(message);
  }

  /**
   * Another tab signed: if this tab had the draft (restored or saved it), its form shows that
   * application, and saving it would bring it back. (Another tab's save needs nothing here: the
   * store checks which bytes are still stored at each save, and the last real change wins.)
   */
  private onMessage(message: DraftMessage): void {
    if (message?.type !== 'cleared' || message.reason !== 'signed') return;
    if (this.hadDraft && this.status !== 'off' && this.status !== 'unavailable') this.signedElsewhere();
  }

  /** Takes a document's files from the model (a document without its uploader now keeps what was recorded). */
  private record(doc: string): void {
    const model = this.model;
    if (!model?.source(doc)) return;
    const files: DraftFileInput[] = model
      .files(doc)
      .map((i) => ({ doc, file: i.file, sha256: i.sha256, width: i.width, height: i.height, original: i.original as DraftOriginal, originalFile: i.originalFile }));
    this.files.set(doc, files);
    this.schedule();
  }

  private onChange(event: Event): void {
    if (this.resetting) return;
    if (!this.loaded) {
      if (event.type === 'step-change') this.moved = true;
      else if (this.seenAnswers !== undefined) this.noteEdits();
    }
    this.schedule();
  }

  /** A document's processed files changed (the model's `change` with `files`). */
  private onFilesChange(event: Event): void {
    const { doc, files } = (event as CustomEvent<AttachmentsChange>).detail;
    if (!files || doc === undefined) return;
    if (this.restoring.has(doc) || this.resetting) return;
    if (!this.loaded) this.editedDocs.add(doc);
    // The parent changed this document's files: what was listed to attach again for it is theirs to judge now.
    if (this.carriedMissing.some((m) => m.doc === doc)) {
      this.carriedMissing = this.carriedMissing.filter((m) => m.doc !== doc);
      this.updateUnsaved();
      this.host.requestUpdate();
    }
    this.record(doc);
  }

  private onSigned(): void {
    if (this.options.keepOnSigned?.()) return;
    void this.clear('signed');
  }

  /** A phone may kill a hidden tab without another event: write what waits now. */
  private onHidden(event: Event): void {
    if (event.type === 'pagehide' || document.visibilityState === 'hidden') void this.flush();
  }
}
