// The attachments model: one owner for an application's files, per document id. Uploaders write to
// it (they register and report each change); the form engine, checklist, budget meter, drafts and
// signing read it. Nothing else walks the DOM for uploaders. No DOM here beyond EventTarget.
import { createContext } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextProvider } from '@lit/context';
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

/** What writes a document's files into the model (a `<doc-uploader>`). */
export interface AttachmentSource {
  /** The document id these files are for. */
  readonly doc: string | undefined;
  readonly fileInfo: AttachmentFile[];
  /** Whether a file is still being processed. */
  readonly busy: boolean;
  /** Puts back files processed earlier (a restored draft, or files set aside). */
  restoreFiles(files: Iterable<{ file: File; width?: number; height?: number; original?: AttachmentFile['original']; originalFile?: File }>): Promise<unknown>;
  /** Back to no files (a form reset). */
  formResetCallback?(): void;
}

/**
 * One application's files, per document id, in the order the documents were registered, and the
 * budget they share. Fires `change` whenever a document's files change.
 */
export class Attachments extends EventTarget {
  private readonly sources = new Map<string, AttachmentSource>();

  constructor(readonly pool: BudgetPool = new BudgetPool()) {
    super();
  }

  /** An uploader for `doc` joins (one per document; a newer one replaces an older one). */
  register(source: AttachmentSource): void {
    if (!source.doc) return;
    this.sources.set(source.doc, source);
    this.changed(source.doc);
  }

  unregister(source: AttachmentSource): void {
    if (source.doc && this.sources.get(source.doc) === source) {
      this.sources.delete(source.doc);
      this.changed(source.doc);
    }
  }

  /** Sources call this after any change of their files. */
  changed(doc?: string): void {
    this.dispatchEvent(new CustomEvent('change', { detail: { doc } }));
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

/** Provided by a service form; consumed by the uploaders (and any view) inside it. */
export const attachmentsContext = createContext<Attachments>(Symbol('egov-attachments'));

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
}
