// The form's view of its files, read from the attachments model (never the DOM): files attached per
// document, the photo-aspect warnings, the files of a document an answer took off the checklist
// (set aside, given back if it returns), and the attachments a payload is built from.
import type { ReactiveControllerHost } from 'lit';
import { isFarFromAspect } from '../../rules/documents.js';
import type { ChecklistItem, DocumentId } from '../../rules/index.js';
import type { Attachments, AttachmentRestore } from '../../attachments/attachments.js';
import type { Attachment } from '../../signing/payload.js';

/** The attachments for the payload, documents in `order` (the checklist's), with their files. */
export function collectAttachments(model: Attachments, order: readonly string[]): { attachments: Attachment[]; files: File[] } {
  const attachments: Attachment[] = [];
  const files: File[] = [];
  for (const { doc, info } of model.all(order)) {
    const original: NonNullable<Attachment['original']> = { size: info.original.size };
    if (info.original.width) original.width = info.original.width;
    if (info.original.height) original.height = info.original.height;
    attachments.push({ doc, file: info.file, original });
    files.push(info.file);
  }
  return { attachments, files };
}

/** Only the entries of `record` whose document is in `keep`, or `record` itself when none goes. */
function only<T>(record: Record<string, T>, keep: ReadonlySet<string>): Record<string, T> {
  if (Object.keys(record).every((doc) => keep.has(doc))) return record;
  return Object.fromEntries(Object.entries(record).filter(([doc]) => keep.has(doc)));
}

export class DocumentFiles {
  /** Files attached per document id (as the uploaders last reported them). */
  attached: Record<string, number> = {};
  /** Documents with an image far from their aspect (the 3×4 photo): a warning, never a block. */
  aspectWarnings: Record<string, boolean> = {};
  /** Processed files of documents an answer took off the checklist, given back if they return. */
  private readonly setAside = new Map<string, AttachmentRestore[]>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly model: () => Attachments,
  ) {}

  /** A document's uploader changed: its count and its aspect warning. */
  changed(doc: string): void {
    const model = this.model();
    this.attached = { ...this.attached, [doc]: model.count(doc) };
    this.aspectWarnings = {
      ...this.aspectWarnings,
      [doc]: model.files(doc).some((f) => f.width && f.height && isFarFromAspect(doc as DocumentId, f.width, f.height)),
    };
    this.host.requestUpdate();
  }

  /**
   * Before an update: a document that left the checklist (an answer changed) takes its uploader
   * with it, so its files are set aside, out of the application and the budget, and its count goes.
   */
  follow(checklist: readonly ChecklistItem[]): void {
    const uploaded = new Set(checklist.filter((i) => i.state !== 'registry').map((i) => i.doc as string));
    const model = this.model();
    for (const doc of Object.keys(this.attached)) {
      if (uploaded.has(doc)) continue;
      const files = model.files(doc);
      if (files.length) this.setAside.set(doc, files.map(({ file, width, height, original, originalFile }) => ({ file, width, height, original, originalFile })));
    }
    this.attached = only(this.attached, uploaded);
    this.aspectWarnings = only(this.aspectWarnings, uploaded);
  }

  /** After an update: a document back on the checklist gets its set-aside files (if it is still empty). */
  giveBack(): void {
    const model = this.model();
    for (const [doc, files] of this.setAside) {
      const uploader = model.source(doc);
      if (!uploader) continue;
      this.setAside.delete(doc);
      if (!model.count(doc)) void uploader.restoreFiles(files);
    }
  }

  /** Start over: no files, nothing set aside. */
  reset(): void {
    this.setAside.clear();
    this.attached = {};
  }
}
