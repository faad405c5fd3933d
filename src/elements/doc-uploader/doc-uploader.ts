// The document uploader: files in by picking, dropping or pasting; typed by content, photos
// compressed in the kit's worker to their share of the application's budget; a form control.
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { detectDevice } from '../../signing/device.js';
import { repeat } from 'lit/directives/repeat.js';
import { ContextConsumer } from '@lit/context';
import { LocaleController } from '../../internal/locale-controller.js';
import { formatNumber } from '../../i18n/localize.js';
import { tokens, visuallyHidden } from '../../styles/tokens.js';
import { budgetContext, BudgetPool, type BudgetMember } from '../../context/budget.js';
import { attachmentsContext, type Attachments } from '../../attachments/attachments.js';
import { DEFAULT_BUDGET_BYTES, MIN_LONG_EDGE, planBudget, type BudgetPlan, type ImageTarget, type PlanItem } from '../../upload/plan.js';
import type { CompressorPool, CompressResult } from '../../upload/compress.js';
import { styles } from './doc-uploader.styles.js';
import type { AdmittedFile, UploadErrorCode } from '../../upload/admit.js';
import { acceptedKinds as acceptedKindsOf } from '../../upload/sniff.js';
import { sha256Hex } from '../../upload/digest.js';
import { BUDGET_FULL, BUDGET_HIGH, overBudget, shortenName } from '../../upload/display.js';
import { uploaderValidity } from '../../upload/validity.js';
import { Announcer } from './announcer.js';
export type { UploadErrorCode } from '../../upload/admit.js';

/** One rejected file: its name as given, the error code, and the message shown. */
export interface RejectedFile {
  file: File;
  name: string;
  code: UploadErrorCode;
  message: string;
}

/** What `addFiles` resolves with once every file is processed or refused. */
export interface AddResult {
  /** The processed files (the bytes that will be submitted), in the order given. */
  accepted: File[];
  rejected: RejectedFile[];
}

/** Details of a processed file, for the signed payload (`documents[]` in docs/design.md). */
export interface UploadedFileInfo {
  file: File;
  sha256: string;
  original: { name: string; size: number; type: string; width?: number; height?: number };
  width?: number;
  height?: number;
  /** The photo as the person gave it (kept in memory and in the draft, to re-plan from it when space frees). */
  originalFile?: File;
}

/** A file this kit processed earlier (a restored draft), with what its original was. */
export interface RestoredFile {
  file: File;
  width?: number;
  height?: number;
  original?: UploadedFileInfo['original'];
  /** The original itself (kept in the draft), so a reduced photo can be made again at a better quality. */
  originalFile?: File;
}

type EntryStatus = 'queued' | 'processing' | 'done';

/** A refused file as kept for display: code and params, put into words at each render (the language may change). */
interface Refusal {
  file: File;
  name: string;
  code: UploadErrorCode;
  params: Record<string, string | number>;
}

interface Entry extends AdmittedFile {
  id: string;
  status: EntryStatus;
  progress: number;
  result?: File;
  sha256?: string;
  outWidth?: number;
  outHeight?: number;
  /** The share the current result was made for (re-compress only when a later plan gives less). */
  madeFor?: number;
  /** The current result is at the highest quality and the planned size: a larger share would not change it. */
  unconstrained?: boolean;
  belowMinEdge?: boolean;
  /** Being compressed (for the first time, or again for a smaller share). */
  working?: boolean;
  /** A restored file's original (its `source` is then the original file when the draft kept it, else the processed one). */
  original?: UploadedFileInfo['original'];
  /** `source` is the original as the person gave it (false for a draft restored without its original). */
  hasOriginal?: boolean;
  thumbnail?: ImageBitmap;
  abort?: AbortController;
  /** Settles when the entry is done, refused or removed. */
  settled: Promise<RejectedFile | undefined>;
  settle: (rejection?: RejectedFile) => void;
}

let nextEntryId = 1;
/** The compression code loads on the first image only: the elements themselves stay small. */
let poolPromise: Promise<CompressorPool> | undefined;
function compressor(): Promise<CompressorPool> {
  poolPromise ??= import('../../upload/compress.js').then((m) => new m.CompressorPool());
  return poolPromise;
}
/** First intent (focus or hover on the picker): load the code and start the workers before the first photo. */
function warmCompressor(): void {
  void compressor().then((pool) => pool.warm()).catch(() => {});
}

type AdmitModule = typeof import('../../upload/admit.js');
/** The checks a file passes before decoding (src/upload/admit.ts and its header readers) load with the first file. */
let admitPromise: Promise<AdmitModule> | undefined;
function admitCode(): Promise<AdmitModule> {
  admitPromise ??= import('../../upload/admit.js').catch((error: unknown) => {
    admitPromise = undefined; // a failed request is tried again with the next file
    throw error;
  });
  return admitPromise;
}
async function admitFile(...args: Parameters<AdmitModule['admitFile']>): ReturnType<AdmitModule['admitFile']> {
  return (await admitCode()).admitFile(...args);
}
async function processPdf(...args: Parameters<AdmitModule['processPdf']>): ReturnType<AdmitModule['processPdf']> {
  return (await admitCode()).processPdf(...args);
}

const ACCEPT_DEFAULT = 'image/jpeg,image/png,image/webp,image/heic,image/heif,application/pdf';
const ANNOUNCE_INTERVAL_MS = 1500;
const THUMBNAIL_EDGE = 96;

/**
 * @tagname doc-uploader
 * @summary Attach documents: pick, drop or paste files or take photos; photos are compressed on the
 * device, in the kit's own worker, so all files of the application fit its budget (5 MB).
 *
 * Files are typed by their content (JPEG, PNG, WebP, HEIC/HEIF, PDF as `accept` allows; SVG is
 * always refused). Images are decoded with EXIF orientation applied and re-encoded as JPEG without
 * metadata (no GPS position leaves the device), at the size the budget plan gives each of them.
 * Inside a service form the uploader shares the form's budget (`budgetContext`); alone it uses
 * its own `budget`. It is a form control: its processed files go into the host form's FormData
 * under `name`, and `required`, `min-files`, `max-files` take part in constraint validation.
 *
 * @fires change - The set of processed files changed (added, removed, replaced).
 * @fires budget-change - Bytes used changed; `detail: { used, budget }` (the whole application's).
 * @fires file-rejected - A file was refused; `detail: { name, code, message }`.
 *
 * @csspart base - The wrapper.
 * @csspart label - The label above the drop zone.
 * @csspart hint - Accepted types and the privacy note.
 * @csspart drop-zone - Where files can be dropped; `data-dragging` while something is dragged over.
 * @csspart button - The "choose files" button.
 * @csspart count - "k of N attached", for a document that needs more than one file (`data-attached`, `data-total`).
 * @csspart budget - The budget line ("3.2 of 5 MB used").
 * @csspart budget-meter - The `<meter>` of the budget.
 * @csspart file-list - The `<ul>` of files.
 * @csspart file - One file (`<li>`), `data-status` `queued`, `processing` or `done`.
 * @csspart thumbnail - The file's thumbnail (a `<canvas>`) or type badge.
 * @csspart file-name - The file's name, shortened in the middle on narrow cards (the extension stays; the whole name is read out).
 * @csspart file-size - Original and final size.
 * @csspart progress - The `<progress>` while the file is compressed.
 * @csspart remove-button - Removes the file.
 * @csspart replace-button - Replaces the file.
 * @csspart error-message - The messages about refused files and validity (in a `role="alert"` child, said once as
 * they appear), then the budget's state (over the budget, photos under A4 at 150 dpi: not an alert).
 *
 * @cssprop --egov-doc-uploader-drop-zone-bg - Background of the drop zone.
 * @cssprop --egov-doc-uploader-thumbnail-size - Size of thumbnails (default 3rem).
 * @cssprop --egov-color-accent - Drop zone border while dragging, button colour.
 * @cssprop --egov-color-error - Error messages.
 *
 * @slot label - Replaces the default label ("Attach files").
 * @slot hint - Replaces the default hint (accepted types).
 */
export class DocUploader extends LitElement implements BudgetMember {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [tokens, visuallyHidden, styles];

  static override properties = {
    budget: { type: Number, reflect: true },
    accept: { reflect: true },
    multiple: { type: Boolean, reflect: true },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    name: { reflect: true },
    doc: { reflect: true },
    minFiles: { type: Number, attribute: 'min-files' },
    maxFiles: { type: Number, attribute: 'max-files' },
    lang: { reflect: true },
    entries: { state: true },
    reserved: { state: true },
    rejections: { state: true },
    dragging: { state: true },
    showValidity: { state: true },
  };

  /** Bytes all files of the application may take after compression (ignored inside a form that provides a budget). */
  declare budget: number;
  /** Accepted types (MIME types, `image/*`, extensions), checked against each file's content. */
  declare accept: string;
  /** Allow more than one file. */
  declare multiple: boolean;
  /** At least one file (or `min-files`) is needed for the form to be valid. */
  declare required: boolean;
  /** No picking, dropping or removing; the files are left out of the form data, as for a disabled native input. */
  declare disabled: boolean;
  /** The form field name the files are submitted under. */
  declare name: string;
  /** The document id (docs/rules.md) these files are for. */
  declare doc: string | undefined;
  /** Fewest files for a valid form (when any file is attached, or when `required`). */
  declare minFiles: number | undefined;
  /** Most files; more are refused with `too-many-files`. */
  declare maxFiles: number | undefined;

  declare private entries: Entry[];
  declare private rejections: Refusal[];
  declare private dragging: boolean;
  declare private showValidity: boolean;

  private readonly i18n = new LocaleController(this, ['upload']);

  /** @internal Also waits for a language loaded on a switch (LocaleController.ready). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    await this.i18n.settled();
    if (this.isUpdatePending) done = await super.getUpdateComplete();
    return done;
  }
  private readonly internals: ElementInternals;
  private readonly ownPool = new BudgetPool();
  private pool: BudgetPool = this.ownPool;
  private joined = false;
  private replacing: string | undefined;
  private lastUsed = 0;
  private formDisabled = false;
  private code: UploadErrorCode | undefined;
  /** The locale the validity message was last written in (it is written again when the language changes). */
  private validityLocale: string | undefined;
  /** Files being checked by `addFiles` that hold a place under `max-files` (two calls at once cannot both take the last one). */
  declare private reserved: number;
  /** Counts form resets: a file still being read when the form was reset is not added after it. */
  private generation = 0;
  /** The params each refusal was made with, for `rejections` (which keeps codes, not words). */
  private readonly refused = new WeakMap<RejectedFile, Record<string, string | number>>();

  /** Its own `disabled`, or a disabled `<fieldset>` around it. */
  private get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  constructor() {
    super();
    this.budget = DEFAULT_BUDGET_BYTES;
    this.accept = ACCEPT_DEFAULT;
    this.multiple = false;
    this.required = false;
    this.disabled = false;
    this.name = '';
    this.entries = [];
    this.reserved = 0;
    this.rejections = [];
    this.dragging = false;
    this.showValidity = false;
    this.internals = this.attachInternals();
    // A form that provides a budget makes this uploader draw on it instead of its own.
    new ContextConsumer(this, {
      context: budgetContext,
      subscribe: true,
      callback: (pool) => this.usePool(pool ?? this.ownPool),
    });
    // Inside a form, its files are written to the application's attachments model (per document id).
    new ContextConsumer(this, {
      context: attachmentsContext,
      subscribe: true,
      callback: (model) => this.useAttachments(model),
    });
    this.addEventListener('paste', this.onPaste);
    this.addEventListener('invalid', () => {
      this.showValidity = true;
    });
  }

  // ---- public API ----------------------------------------------------------------------------

  /** The processed files, exactly the bytes that will be submitted (files still being compressed are not in it). */
  get files(): File[] {
    return this.entries.filter((e) => e.status === 'done' && e.result).map((e) => e.result!);
  }

  /** Sum of `files`' sizes. */
  get totalBytes(): number {
    return this.files.reduce((sum, f) => sum + f.size, 0);
  }

  /** Each processed file with its SHA-256 and what the original was (for the signed payload). */
  get fileInfo(): UploadedFileInfo[] {
    return this.entries
      .filter((e) => e.status === 'done' && e.result)
      .map((e) => ({
        file: e.result!,
        sha256: e.sha256!,
        original: e.original ?? { name: e.source.name, size: e.source.size, type: e.source.type, width: e.displayWidth, height: e.displayHeight },
        width: e.outWidth,
        height: e.outHeight,
        originalFile: e.hasOriginal !== false && e.kind !== 'pdf' && e.source !== e.result ? e.source : undefined,
      }));
  }

  /** The budget this uploader draws on (its own, or the form's). */
  get budgetPool(): BudgetPool {
    return this.pool;
  }

  /** Whether any file is still being processed. */
  get busy(): boolean {
    // A file still being read and checked counts: the parent chose it, so "choose a file" would be wrong.
    return this.reserved > 0 || this.entries.some((e) => e.status !== 'done' || e.working);
  }

  /** The `<form>` this uploader belongs to (form association). */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  /** Constraint validation, as a native input: `valueMissing` when `required` and empty, `customError` for the file rules. */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  /**
   * Why it is invalid, as a code (`file-required`, `too-few-files`, `too-many-files`,
   * `budget-exceeded`, `files-processing`), for a form's error summary; undefined when valid.
   */
  get validationCode(): UploadErrorCode | undefined {
    return this.code;
  }
  /** The validation message in the uploader's language (empty when valid). */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  /** Whether the uploader takes part in constraint validation (not when disabled). */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  /** As a native input: false, and an `invalid` event, when the files break a rule. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  /** As checkValidity(), and shows the message. */
  reportValidity(): boolean {
    this.showValidity = true;
    return this.internals.reportValidity();
  }

  /**
   * Adds files the same way picking, dropping or pasting does. Resolves when every file is
   * processed or refused; a refused file never affects the others.
   */
  async addFiles(files: Iterable<File>): Promise<AddResult> {
    const list = [...files];
    const rejected: RejectedFile[] = [];
    const admitted: Entry[] = [];
    const generation = this.generation;
    // One file without `multiple` replaces the one there, as a native single file input would.
    const replacing = !this.multiple && list.length === 1;
    for (const file of list) {
      if (this.isDisabled || this.generation !== generation) break;
      // The place is taken before the file is read, so a second call meanwhile sees it as taken.
      if (!replacing && this.entries.length + this.reserved >= this.capacity) {
        rejected.push(this.reject(file, 'too-many-files', { max: this.capacity }));
        continue;
      }
      this.reserved++;
      let outcome: Awaited<ReturnType<typeof admitFile>>;
      try {
        outcome = await admitFile(file, { accept: this.accept, budget: this.pool.budget });
      } finally {
        this.reserved--;
      }
      // The form was reset while the file was read: it goes with the rest.
      if (this.generation !== generation) break;
      if ('code' in outcome) {
        rejected.push(this.reject(file, outcome.code, outcome.params));
        continue;
      }
      // Only now that the new file passed its checks does the old one go.
      if (replacing) for (const old of [...this.entries]) this.removeEntry(old, false);
      const entry = this.createEntry(outcome);
      admitted.push(entry);
      this.entries = [...this.entries, entry];
    }
    return this.settleBatch(list, admitted, rejected);
  }

  /** How many files this document needs (for "k of N"): `min-files`, else a finite `max-files`. */
  private expected(): number {
    if (!this.multiple) return 1;
    return Math.max(this.minFiles ?? 0, Number.isFinite(this.maxFiles) ? this.maxFiles! : 0);
  }

  /** How many files it may hold (finite whenever a file is refused as one too many). */
  private get capacity(): number {
    return this.multiple ? (this.maxFiles ?? Infinity) : 1;
  }

  /**
   * Puts back files this kit already processed (a restored draft): checked as any file is, then
   * kept byte for byte (same SHA-256); an image is compressed again only if a later budget plan
   * gives it less than its size.
   */
  async restoreFiles(files: Iterable<RestoredFile>): Promise<AddResult> {
    const rejected: RejectedFile[] = [];
    const accepted: File[] = [];
    for (const item of files) {
      const outcome = await admitFile(item.file, { accept: this.accept, budget: this.pool.budget });
      if ('code' in outcome) {
        rejected.push(this.reject(item.file, outcome.code, outcome.params));
        continue;
      }
      let entry = this.createEntry(outcome);
      entry.hasOriginal = false;
      if (item.originalFile && outcome.kind !== 'pdf') {
        // The original is the source for any later plan; the processed file stays byte for byte until then.
        const original = await admitFile(item.originalFile, { accept: this.accept, budget: Infinity });
        if (!('code' in original)) {
          entry = this.createEntry(original);
          entry.hasOriginal = true;
        }
      }
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
      this.entries = [...this.entries, entry];
      accepted.push(item.file);
    }
    if (rejected.length) this.rejections = rejected.map((r) => this.toRefusal(r));
    if (accepted.length) this.pool.replan();
    this.afterChange(accepted.length > 0);
    return { accepted, rejected };
  }

  /**
   * Removes a file by its position in the list shown (files being compressed included; when none
   * is, that is its index in `files`) or by the `File` itself (as given or as processed).
   */
  removeFile(indexOrFile: number | File): void {
    const entry =
      typeof indexOrFile === 'number'
        ? this.entries[indexOrFile]
        : this.entries.find((e) => e.source === indexOrFile || e.result === indexOrFile);
    if (entry) this.removeEntry(entry, true);
  }

  /** Replaces the file at `index` with `file`; the old one stays if the new one is refused. */
  async replaceFile(index: number, file: File): Promise<AddResult> {
    const old = this.entries[index];
    if (!old) return this.addFiles([file]);
    const generation = this.generation;
    const outcome = await admitFile(file, { accept: this.accept, budget: this.pool.budget });
    // The form was reset while the file was read: nothing is left to replace, nothing is added.
    if (this.generation !== generation) return { accepted: [], rejected: [] };
    if ('code' in outcome) {
      const rejection = this.reject(file, outcome.code, outcome.params);
      return this.settleBatch([file], [], [rejection]);
    }
    const entry = this.createEntry(outcome);
    const at = this.entries.indexOf(old);
    if (at === -1) {
      // The old file was removed meanwhile: the new one comes in on its own, if there is room for it.
      if (this.entries.length + this.reserved >= this.capacity) {
        return this.settleBatch([file], [], [this.reject(file, 'too-many-files', { max: this.capacity })]);
      }
      this.entries = [...this.entries, entry];
    } else {
      this.entries = this.entries.map((e, i) => (i === at ? entry : e));
      this.dropEntry(old);
    }
    return this.settleBatch([file], [entry], []);
  }

  // ---- budget membership -----------------------------------------------------------------------

  /** @internal */
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

  /** @internal */
  usedBytes(): number {
    return this.totalBytes;
  }

  /** @internal */
  isBusy(): boolean {
    return this.busy;
  }

  /** @internal BudgetMember: the pool gives this uploader its share of the budget. */
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
    this.requestUpdate();
  }

  // ---- lifecycle -------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this.attachments?.register(this);
    if (!this.joined) {
      this.pool.join(this);
      this.joined = true;
    }
    this.pool.addEventListener('usage', this.onUsage);
  }

  /** Out of the page it is out of the application: its files stop counting against the shared budget. */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.attachments?.unregister(this);
    this.pool.removeEventListener('usage', this.onUsage);
    if (this.joined) {
      this.joined = false;
      this.pool.leave(this);
      this.pool.notifyUsage();
    }
  }

  /** Form reset: back to no files. */
  formResetCallback(): void {
    this.generation++;
    for (const entry of [...this.entries]) this.dropEntry(entry);
    this.entries = [];
    this.rejections = [];
    this.showValidity = false;
    this.announcer.forgetNotes();
    // The pool plans without these files: the old plan's shortfall must not outlive them.
    this.pool.replan();
    this.afterChange(false);
  }

  /** A disabled ancestor `<fieldset>` disables it without touching its own `disabled` attribute. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    this.updateFormState();
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.i18n.update();
    // The language changed (here or on an ancestor): the validity message follows it.
    if (this.validityLocale !== undefined && this.validityLocale !== this.i18n.locale) this.updateFormState();
    if (changed.has('budget') && this.pool === this.ownPool) this.ownPool.budget = this.budget;
    // `reserved`: a file being read and checked makes it busy ("files-processing", not "file-required").
    if (changed.has('required') || changed.has('minFiles') || changed.has('maxFiles') || changed.has('name') || changed.has('disabled') || (changed as Map<PropertyKey, unknown>).has('reserved')) {
      this.updateFormState();
    }
  }

  protected override updated(): void {
    // Thumbnails are drawn into <canvas> (no blob: or data: image URLs, which a strict CSP blocks).
    for (const canvas of this.renderRoot.querySelectorAll<HTMLCanvasElement>('canvas[data-entry]')) {
      if (canvas.dataset.drawn === '1') continue;
      const entry = this.entries.find((e) => e.id === canvas.dataset.entry);
      if (!entry?.thumbnail) continue;
      canvas.width = entry.thumbnail.width;
      canvas.height = entry.thumbnail.height;
      canvas.getContext('2d')?.drawImage(entry.thumbnail, 0, 0);
      canvas.dataset.drawn = '1';
    }
  }

  // ---- rendering -------------------------------------------------------------------------------

  protected override render() {
    const { t } = this.i18n;
    const used = this.pool.used;
    const budget = this.pool.budget;
    const alerts = this.alertMessages();
    const notes = this.noteMessages();
    const invalid = this.isInvalid();
    const multiple = this.multiple && (this.maxFiles ?? 2) > 1;
    return html`
      <div part="base">
        <div part="label" id="label"><slot name="label">${t('upload.label')}</slot></div>
        <div part="hint" id="hint">
          <slot name="hint">${t('upload.acceptedTypes', { types: this.typesText() })}</slot>
        </div>
        <div
          part="drop-zone"
          ?data-dragging=${this.dragging}
          @dragenter=${this.onDragOver}
          @dragover=${this.onDragOver}
          @dragleave=${this.onDragLeave}
          @drop=${this.onDrop}
        >
          <!-- Phones and tablets neither drag files nor paste them here: only the button is offered there. -->
          ${detectDevice() === 'mobile' ? nothing : html`<span>${t('upload.dropHint')}</span>`}
          <button
            part="button"
            type="button"
            ?disabled=${this.isDisabled}
            aria-labelledby="label choose"
            aria-describedby="hint budget errors"
            aria-invalid=${invalid ? 'true' : 'false'}
            @click=${() => this.openPicker()}
            @focus=${warmCompressor}
            @pointerenter=${warmCompressor}
          >
            <span id="choose">${multiple ? t('upload.choose') : t('upload.chooseOne')}</span>
          </button>
          <input
            id="input"
            type="file"
            hidden
            accept=${this.accept}
            ?multiple=${multiple}
            ?disabled=${this.isDisabled}
            @change=${this.onInputChange}
          />
        </div>
        ${this.expected() > 1
          ? html`<p part="count" data-attached=${this.files.length} data-total=${this.expected()}>
              ${t('ui.attachedOf', { n: this.files.length, total: this.expected() })}
            </p>`
          : nothing}
        <p part="budget" id="budget">
          <meter
            part="budget-meter"
            min="0"
            max=${budget}
            low=${Math.round(budget * BUDGET_HIGH)}
            high=${Math.round(budget * BUDGET_FULL)}
            optimum="0"
            .value=${Math.min(used, budget)}
            aria-hidden="true"
          ></meter>
          <span>${t('upload.budgetUsed', { used: this.mb(used), budget: this.mb(budget) })}</span>
        </p>
        <div id="errors" part="error-message">
          <div role="alert">
            ${alerts.length
              ? html`<ul>
                  ${alerts.map((e) => html`<li>${e}</li>`)}
                </ul>`
              : nothing}
          </div>
          ${notes.length
            ? html`<ul class="notes">
                ${notes.map((e) => html`<li>${e}</li>`)}
              </ul>`
            : nothing}
        </div>
        ${this.entries.length > 0
          ? html`<ul part="file-list" aria-label=${t('upload.fileList')}>
              ${repeat(
                this.entries,
                (e) => e.id,
                (e, i) => this.renderEntry(e, i),
              )}
            </ul>`
          : nothing}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcer.text}</div>
      </div>
    `;
  }

  /** The name shortened in the middle (the extension stays); the full name is what assistive technology reads. */
  private renderName(name: string) {
    const short = shortenName(name, 28);
    if (short === name) return name;
    return html`<span aria-hidden="true">${short}</span><span class="visually-hidden">${name}</span>`;
  }

  private renderEntry(entry: Entry, index: number) {
    const { t } = this.i18n;
    const shown = entry.name;
    const renamed = entry.name !== entry.source.name;
    return html`<li part="file" data-status=${entry.status} data-index=${index}>
      ${entry.kind === 'pdf'
        ? html`<span part="thumbnail" class="badge" aria-hidden="true">PDF</span>`
        : html`<canvas part="thumbnail" data-entry=${entry.id} width="1" height="1" aria-hidden="true"></canvas>`}
      <div class="meta">
        <span part="file-name" title=${entry.source.name}>${this.renderName(entry.source.name)}${renamed
            ? html` <span class="renamed">(${t('upload.renamed', { name: shown })})</span>`
            : nothing}</span>
        ${entry.status === 'done' && entry.result
          ? html`<span part="file-size">${t('upload.sizes', {
              original: this.size(entry.source.size),
              final: this.size(entry.result.size),
            })}</span>`
          : html`<span part="file-size">${entry.status === 'queued' ? t('upload.queued') : t('upload.processing')}</span>
              <progress
                part="progress"
                max="100"
                .value=${Math.round(entry.progress * 100)}
                aria-label=${t('upload.progressLabel', { name: entry.source.name })}
              ></progress>`}
      </div>
      <div class="actions">
        <button
          part="replace-button"
          type="button"
          ?disabled=${this.isDisabled}
          aria-label=${t('upload.replaceFile', { name: entry.source.name })}
          @click=${() => this.openPicker(entry.id)}
        >
          ${t('upload.replace')}
        </button>
        <button
          part="remove-button"
          type="button"
          ?disabled=${this.isDisabled}
          aria-label=${t('upload.removeFile', { name: entry.source.name })}
          @click=${() => this.removeEntry(entry, true)}
        >
          ${t('upload.remove')}
        </button>
      </div>
    </li>`;
  }

  /**
   * Messages said once as they appear (`role="alert"`): refused files, then validity after a
   * submit or a removal. The budget's state is not among them (see `noteMessages`).
   */
  private alertMessages(): string[] {
    const out = this.rejections.map((r) => `${r.name}: ${this.refusalText(r.code, r.params)}`);
    if (this.showValidity && this.code && this.code !== 'budget-exceeded') out.push(this.internals.validationMessage);
    return out;
  }

  /**
   * The budget's state under the control: by how much the files are over, or that photos went
   * under A4 at 150 dpi. Not an alert (its figure changes as files are processed, and each change
   * would be said again); the polite live region says it once when it appears.
   */
  private noteMessages(): string[] {
    const { t } = this.i18n;
    // One notice per application: only the uploader the pool names shows it.
    if (this.overBy() > 0) return this.ownsNotice() ? [this.overText()] : [];
    if (this.entries.some((e) => e.belowMinEdge)) return [t('upload.belowMinEdge')];
    return [];
  }

  /**
   * `aria-invalid`: a refused file, the budget exceeded, or a failed constraint shown after a
   * submit. Not a warning (photos under A4 at 150 dpi are valid) and not "still compressing".
   */
  private isInvalid(): boolean {
    if (this.rejections.length > 0) return true;
    if (this.code === 'budget-exceeded') return true;
    return this.showValidity && this.code !== undefined && this.code !== 'files-processing';
  }

  /** Bytes over the budget: the plan's shortfall, or once all is processed, the real total's. */
  private overBy(): number {
    return overBudget(this.pool.plan, this.pool.used, this.pool.budget, this.pool.busy);
  }

  /** Whether this uploader is the one that shows and announces the budget's notice (one per application). */
  private ownsNotice(): boolean {
    return this.pool.noticeOwner() === this;
  }

  /** The over-budget notice: names the files to remove when compression cannot meet the budget. */
  private overText(): string {
    const { t } = this.i18n;
    const over = this.mb(this.overBy());
    const budget = this.mb(this.pool.budget);
    const names = this.pool.namesToRemove();
    if (this.pool.plan.unmeetable && names.length) return t('upload.budgetRemove', { over, budget, names: names.join(', ') });
    return t('upload.budgetOver', { over, budget });
  }

  // ---- internals -------------------------------------------------------------------------------

  private createEntry(admitted: AdmittedFile): Entry {
    let settle!: (r?: RejectedFile) => void;
    const settled = new Promise<RejectedFile | undefined>((resolve) => (settle = resolve));
    return { ...admitted, id: `f${nextEntryId++}`, status: 'queued', progress: 0, settled, settle };
  }

  /** Plans the new files in, starts them, and waits for all of them. */
  private async settleBatch(given: File[], admitted: Entry[], rejected: RejectedFile[]): Promise<AddResult> {
    if (rejected.length) this.rejections = rejected.map((r) => this.toRefusal(r));
    else if (admitted.length) this.rejections = [];
    if (admitted.length) {
      this.pool.replan();
      for (const entry of admitted) {
        if (entry.kind === 'pdf') void this.finishPdf(entry);
        else void this.compress(entry);
      }
    }
    this.announce();
    this.afterChange(false);
    const outcomes = await Promise.all(admitted.map((e) => e.settled));
    for (const r of outcomes) if (r) rejected.push(r);
    if (admitted.length) this.afterChange(true);
    const accepted: File[] = [];
    for (const file of given) {
      const entry = admitted.find((e) => e.source === file);
      if (entry?.result && this.entries.includes(entry)) accepted.push(entry.result);
    }
    return { accepted, rejected };
  }

  private async finishPdf(entry: Entry): Promise<void> {
    const outcome = await processPdf(entry);
    if (!this.entries.includes(entry)) return;
    if ('code' in outcome) return this.failEntry(entry, outcome.code, outcome.params);
    entry.result = outcome.file;
    entry.sha256 = outcome.sha256;
    entry.status = 'done';
    entry.progress = 1;
    this.entryDone(entry);
  }

  private async compress(entry: Entry): Promise<void> {
    entry.abort?.abort();
    const abort = new AbortController();
    entry.abort = abort;
    entry.status = entry.result ? 'done' : 'queued';
    entry.working = true;
    this.requestUpdate();
    const pool = await compressor();
    if (abort.signal.aborted) return;
    let result: CompressResult;
    try {
      result = await pool.compress(
        () => {
          // Asked when a worker is free, so a queued image gets the newest plan.
          const target = this.targetFor(entry);
          if (!target) throw new Error(`${entry.id} is no longer planned`);
          entry.madeFor = target.maxBytes;
          if (!entry.result) entry.status = 'processing';
          this.requestUpdate();
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
          this.requestUpdate();
        },
        abort.signal,
      );
    } catch (error) {
      const code = (error as { code?: string }).code;
      // Removed (or never entered: a replacement whose old file went meanwhile): nothing waits on it any more.
      if (!this.entries.includes(entry)) return entry.settle();
      if (code === 'cancelled') return;
      entry.working = false;
      // A second pass that fails keeps the first result: the file was fine, only the re-compression was not.
      if (entry.result) return this.entryDone(entry);
      return this.failEntry(entry, (code ?? 'file-unreadable') as UploadErrorCode, {
        megapixels: Math.round(((entry.width ?? 0) * (entry.height ?? 0)) / 1e6),
      });
    }
    if (!this.entries.includes(entry) || entry.abort !== abort) {
      result.thumbnail?.close();
      if (!this.entries.includes(entry)) entry.settle();
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
    this.entryDone(entry);
  }

  /** This image's share: from the shared plan, or, while it is not in the pool (disconnected), from a plan of its own files. */
  private targetFor(entry: Entry): ImageTarget | undefined {
    return this.pool.plan.images[entry.id] ?? planBudget(this.planItems(), this.pool.budget).images[entry.id];
  }

  private entryDone(entry: Entry): void {
    // Its real size is known now: plan again (others re-compress only if they now must).
    this.pool.replan();
    this.afterUsage();
    this.announce();
    entry.settle();
  }

  private failEntry(entry: Entry, code: UploadErrorCode, params: Record<string, string | number> = {}): void {
    const rejection = this.reject(entry.source, code, params);
    this.rejections = [...this.rejections.filter((r) => r.file !== entry.source), this.toRefusal(rejection)];
    entry.settle(rejection);
    this.dropEntry(entry);
    this.entries = this.entries.filter((e) => e !== entry);
    this.pool.replan();
    this.afterUsage();
    this.announce();
  }

  /** Refuses a file: the event and the result carry the message in today's language; the list keeps the code. */
  private reject(file: File, code: UploadErrorCode, params: Record<string, string | number> = {}): RejectedFile {
    const message = this.refusalText(code, params);
    const rejection: RejectedFile = { file, name: file.name, code, message };
    this.refused.set(rejection, params);
    this.dispatchEvent(
      new CustomEvent('file-rejected', { detail: { name: file.name, code, message }, bubbles: true, composed: true }),
    );
    // Said once, by the alert list; not again in the polite live region.
    return rejection;
  }

  private toRefusal(rejection: RejectedFile): Refusal {
    return { file: rejection.file, name: rejection.name, code: rejection.code, params: this.refused.get(rejection) ?? {} };
  }

  /** A refusal's message in the current language. */
  private refusalText(code: UploadErrorCode, params: Record<string, string | number>): string {
    const shown: Record<string, string | number> = { ...params };
    for (const key of ['size', 'max'] as const) {
      if (typeof params[key] === 'number' && (code === 'pdf-too-large' || code === 'budget-exceeded')) {
        shown[key] = this.mb(params[key] as number);
      }
    }
    if (code === 'file-type') shown.types = this.typesText();
    return this.i18n.t(`error.${code}`, shown);
  }


  private removeEntry(entry: Entry, announce: boolean): void {
    if (!this.entries.includes(entry)) return;
    this.dropEntry(entry);
    this.entries = this.entries.filter((e) => e !== entry);
    this.rejections = [];
    this.pool.replan();
    if (announce) {
      this.showValidity = true;
      this.announcer.queue(this.i18n.t('upload.announceRemoved', { name: entry.source.name }));
      this.announce();
    }
    this.afterChange(true);
  }

  /** Stops the entry's work (its worker is terminated) and frees its thumbnail. */
  private dropEntry(entry: Entry): void {
    entry.abort?.abort();
    entry.thumbnail?.close();
    entry.thumbnail = undefined;
    entry.settle();
  }

  /** `files`: the set of processed files changed (the model tells a draft to record them). */
  private afterUsage(files = false): void {
    this.updateFormState();
    this.pool.notifyUsage();
    this.attachments?.changed(this.doc, files);
  }

  private attachments: Attachments | undefined;

  private useAttachments(model: Attachments | undefined): void {
    if (model === this.attachments) return;
    this.attachments?.unregister(this);
    this.attachments = model;
    if (this.isConnected) model?.register(this);
  }

  private afterChange(fireChange: boolean): void {
    this.afterUsage(fireChange);
    if (fireChange) this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private readonly onUsage = () => {
    const used = this.pool.used;
    if (used !== this.lastUsed) {
      this.lastUsed = used;
      this.dispatchEvent(
        new CustomEvent('budget-change', { detail: { used, budget: this.pool.budget }, bubbles: true, composed: true }),
      );
    }
    this.updateFormState();
    this.requestUpdate();
  };

  private usePool(pool: BudgetPool): void {
    if (pool === this.pool) return;
    const wasJoined = this.joined;
    if (wasJoined) this.pool.leave(this);
    this.pool.removeEventListener('usage', this.onUsage);
    this.pool = pool;
    this.lastUsed = pool.used;
    if (wasJoined || this.isConnected) {
      pool.join(this);
      this.joined = true;
    }
    if (this.isConnected) pool.addEventListener('usage', this.onUsage);
    this.requestUpdate();
  }

  private updateFormState(): void {
    const files = this.files;
    if (this.name && files.length) {
      const data = new FormData();
      for (const f of files) data.append(this.name, f);
      this.internals.setFormValue(data);
    } else this.internals.setFormValue(null);

    const { t } = this.i18n;
    const anchor = this.renderRoot?.querySelector?.<HTMLElement>('[part="button"]') ?? undefined;
    const over = this.overBy();
    const { code, flags, params } = uploaderValidity({
      files: files.length,
      required: this.required,
      minFiles: this.minFiles,
      maxFiles: this.maxFiles,
      disabled: this.isDisabled,
      busy: this.busy,
      overBy: over,
    });
    let message = '';
    if (code === 'budget-exceeded') message = t('upload.budgetOver', { over: this.mb(over), budget: this.mb(this.pool.budget) });
    else if (code) message = t(`error.${code}`, params);
    this.code = code;
    this.validityLocale = this.i18n.locale;
    this.internals.setValidity(flags, message, anchor);
  }

  /** Polite announcements (throttled by the Announcer): progress, the budget, its notes once. */
  private announce(): void {
    this.announcer.announce();
  }

  private readonly announcer = new Announcer(this, () => {
    const { t } = this.i18n;
    const status: string[] = [];
    const total = this.entries.length;
    const done = this.entries.filter((e) => e.status === 'done').length;
    if (total > 0) status.push(done < total ? t('upload.announceProgress', { done, total }) : t('upload.announceReady', { n: done }));
    status.push(t('upload.budgetUsed', { used: this.mb(this.pool.used), budget: this.mb(this.pool.budget) }));
    const over = this.overBy() > 0;
    return {
      status,
      notes: [
        // One notice per application: said by the uploader that shows it.
        { id: 'over', holds: over && this.ownsNotice(), text: () => this.overText() },
        { id: 'below', holds: !over && this.entries.some((e) => e.belowMinEdge), text: () => t('upload.belowMinEdge') },
      ],
    };
  }, ANNOUNCE_INTERVAL_MS);

  private openPicker(replaceId?: string): void {
    if (this.isDisabled) return;
    this.replacing = replaceId;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#input')!;
    input.multiple = replaceId ? false : this.multiple && (this.maxFiles ?? 2) > 1;
    input.click();
  }

  private readonly onInputChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    const replacing = this.replacing;
    this.replacing = undefined;
    if (!files.length) return;
    const index = replacing ? this.entries.findIndex((e) => e.id === replacing) : -1;
    void (index >= 0 ? this.replaceFile(index, files[0]) : this.addFiles(files));
  };

  private readonly onDragOver = (event: DragEvent) => {
    if (this.isDisabled) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  private readonly onDragLeave = () => {
    this.dragging = false;
  };

  private readonly onDrop = (event: DragEvent) => {
    event.preventDefault();
    this.dragging = false;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length && !this.isDisabled) void this.addFiles(files);
  };

  private readonly onPaste = (event: ClipboardEvent) => {
    const files = [...(event.clipboardData?.files ?? [])];
    if (!files.length || this.isDisabled) return;
    event.preventDefault();
    void this.addFiles(files);
  };

  private mb(bytes: number): string {
    return formatNumber(this.i18n.locale, Math.max(0, bytes) / 1_000_000, 1);
  }

  /** A file size in KB under 0.1 MB, else MB with one decimal. */
  private size(bytes: number): string {
    const { t, locale } = this.i18n;
    if (bytes < 100_000) return t('upload.kilobytes', { n: formatNumber(locale, Math.max(1, Math.round(bytes / 1000))) });
    return t('upload.megabytes', { n: formatNumber(locale, bytes / 1_000_000, 1) });
  }

  private typesText(): string {
    const names: Record<string, string> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP', heic: 'HEIC', pdf: 'PDF' };
    return [...acceptedKindsOf(this.accept)].map((k) => names[k]).join(', ');
  }
}
