// The attachments model: one owner for an application's files, per document id. Uploaders write to
// it (they register and report each change); the form engine, checklist, budget meter, drafts and
// signing read it. Nothing else walks the DOM for uploaders. No DOM here beyond EventTarget.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextProvider } from '@lit/context';
import { attachmentsContext } from './context.js';
import { BudgetPool } from '../context/budget.js';
import { budgetLevel, documentStatus, overBudget, type BudgetLevel, type DocumentStatus } from '../upload/display.js';

/** One processed file with what its original was (the `<doc-uploader>`'s `fileInfo` item). */
export interface AttachmentFile {
  file: File;
  sha256?: string;
  width?: number;
  height?: number;
  original: { name: string; size: number; type: string; width?: number; height?: number };
  /** The original photo itself, kept to plan again from it when space frees (and saved in the draft). */
  originalFile?: File;
}

/** A file processed earlier (a draft, or files set aside), to be put back as it was. */
export interface AttachmentRestore {
  file: File;
  width?: number;
  height?: number;
  original?: AttachmentFile['original'];
  /** The original photo (kept in the draft), to plan again from it. */
  originalFile?: File;
}

/** What a source made of files put back: the files it kept, and those it refuses now. */
export interface RestoreResult {
  accepted: File[];
  rejected: { name: string }[];
}

/** What writes a document's files into the model (a `<doc-uploader>`). */
export interface AttachmentSource {
  /** The document id these files are for. */
  readonly doc: string | undefined;
  readonly fileInfo: AttachmentFile[];
  /** Whether a file is still being processed. */
  readonly busy: boolean;
  /** Puts back files processed earlier (a restored draft, or files set aside). */
  restoreFiles(files: Iterable<AttachmentRestore>): Promise<RestoreResult | unknown>;
  /** Takes one file out (as given or as processed). */
  removeFile?(file: File): void;
  /** Back to no files (a form reset). */
  formResetCallback?(): void;
}

/** `change` event detail: which document, and whether its set of processed files changed (the uploader's `change`). */
export interface AttachmentsChange {
  doc: string | undefined;
  files: boolean;
}

/** A restore waiting for its document's source. */
interface PendingRestore {
  files: AttachmentRestore[];
  resolve: (result: RestoreResult | undefined) => void;
}

/**
 * One application's files, per document id, in the order the documents were registered, and the
 * budget they share. Fires `change` whenever a document's files change. Files to put back (a
 * restored draft) wait here until their document's source registers.
 */
export class Attachments extends EventTarget {
  private readonly sources = new Map<string, AttachmentSource>();
  private readonly pending = new Map<string, PendingRestore>();

  constructor(readonly pool: BudgetPool = new BudgetPool()) {
    super();
  }

  /** An uploader for `doc` joins (one per document; a newer one replaces an older one). */
  register(source: AttachmentSource): void {
    if (!source.doc) return;
    this.sources.set(source.doc, source);
    this.changed(source.doc);
    this.handOver(source.doc);
  }

  unregister(source: AttachmentSource): void {
    if (source.doc && this.sources.get(source.doc) === source) {
      this.sources.delete(source.doc);
      this.changed(source.doc);
    }
  }

  /**
   * Sources call this after any change of their files; `files` when the set of processed files
   * changed (what a draft records), not only their progress or the budget.
   */
  changed(doc?: string, files = false): void {
    this.dispatchEvent(new CustomEvent<AttachmentsChange>('change', { detail: { doc, files } }));
  }

  /**
   * Puts files processed earlier back into a document: handed to its source as soon as one is
   * registered (at the latest on `handOver`), once, and only if it holds no file by then. Resolves
   * with what the source made of them, or undefined when they were not handed over (the document
   * had files, or `dropRestores` came first). A second restore for the same document replaces the first.
   */
  restore(doc: string, files: AttachmentRestore[]): Promise<RestoreResult | undefined> {
    this.pending.get(doc)?.resolve(undefined);
    return new Promise((resolve) => {
      this.pending.set(doc, { files, resolve });
      this.changed(doc);
    });
  }

  /** Whether files wait for their document's source (its code may still have to load). */
  get waiting(): boolean {
    return this.pending.size > 0;
  }

  /** Forgets every restore not handed over yet (a draft deleted); they resolve undefined. */
  dropRestores(): void {
    const dropped = [...this.pending.values()];
    this.pending.clear();
    for (const p of dropped) p.resolve(undefined);
  }

  /** Hands waiting files to the sources registered now (all documents, or one). */
  handOver(doc?: string): void {
    for (const d of doc === undefined ? [...this.pending.keys()] : [doc]) {
      const source = this.sources.get(d);
      const waiting = this.pending.get(d);
      if (!source || !waiting) continue;
      this.pending.delete(d);
      if (source.fileInfo.length) {
        waiting.resolve(undefined);
        continue;
      }
      Promise.resolve(source.restoreFiles(waiting.files)).then(
        (result) => waiting.resolve(isRestoreResult(result) ? result : { accepted: [], rejected: [] }),
        () => waiting.resolve({ accepted: [], rejected: waiting.files.map((f) => ({ name: f.file.name })) }),
      );
    }
  }

  /** Takes one file out of a document (as given or as processed). */
  remove(doc: string, file: File): void {
    this.sources.get(doc)?.removeFile?.(file);
  }

  /** The document ids that have a source. */
  get docs(): string[] {
    return [...this.sources.keys()];
  }

  source(doc: string): AttachmentSource | undefined {
    return this.sources.get(doc);
  }

  /** The processed files of a document, with their originals. */
  files(doc: string): AttachmentFile[] {
    return this.sources.get(doc)?.fileInfo ?? [];
  }

  /** How many processed files a document has. */
  count(doc: string): number {
    return this.files(doc).length;
  }

  /** Files per document id (for the checklist's `provided`). */
  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const doc of this.sources.keys()) out[doc] = this.count(doc);
    return out;
  }

  /** Every file with its document id, documents in `order` when given (the checklist's), else as registered. */
  all(order?: readonly string[]): { doc: string; info: AttachmentFile }[] {
    const docs = order ? order.filter((d) => this.sources.has(d)) : this.docs;
    return docs.flatMap((doc) => this.files(doc).map((info) => ({ doc, info })));
  }

  /** A checklist item's state as every view shows it ("1 of 2" included). */
  status(item: { doc: string; state: 'required' | 'optional' | 'registry'; count: number }): DocumentStatus {
    return documentStatus(item, this.count(item.doc));
  }

  get busy(): boolean {
    return [...this.sources.values()].some((s) => s.busy);
  }

  /** Bytes used, the budget, its level and the bytes over it: the one place views read them from. */
  get budget(): { used: number; budget: number; level: BudgetLevel; over: number } {
    const { used, budget } = this.pool;
    return { used, budget, level: budgetLevel(used, budget), over: overBudget(this.pool.plan, used, budget, this.pool.busy) };
  }
}

function isRestoreResult(value: unknown): value is RestoreResult {
  return typeof value === 'object' && value !== null && Array.isArray((value as RestoreResult).accepted) && Array.isArray((value as RestoreResult).rejected);
}

export { attachmentsContext };

/**
 * A host owns an application's attachments: the model, provided to nested elements through
 * @lit/context (and its budget pool through `budgetContext`), and an update of the host on each change.
 */
export class AttachmentsController implements ReactiveController {
  readonly model: Attachments;
  readonly provider: ContextProvider<typeof attachmentsContext>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    options: { pool?: BudgetPool } = {},
  ) {
    this.model = new Attachments(options.pool);
    this.provider = new ContextProvider(host, { context: attachmentsContext, initialValue: this.model });
    host.addController(this);
  }

  private readonly onChange = () => this.host.requestUpdate();

  hostConnected(): void {
    this.model.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.model.removeEventListener('change', this.onChange);
  }

  /** Files waiting to be put back go to the sources the host's render has just made. */
  hostUpdated(): void {
    if (this.model.waiting) this.model.handOver();
  }
}
