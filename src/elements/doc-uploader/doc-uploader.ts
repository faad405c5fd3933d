// The document uploader: files in by picking, dropping or pasting; typed by content, photos
// compressed in the kit's worker to their share of the application's budget; a form control.
// The element renders and delegates: adding, restoring, replacing and removing files (intake.ts), the
// list of files (queue.ts) and how each is made (processing.ts, loaded with the first file), whether a
// file may come in and the refusals (admission.ts), the form value and validity (form-state.ts),
// picking, dropping and pasting (pick-drop-paste.ts), its budget pool and attachments model
// (membership.ts), what it says about the budget (budget-notice.ts, announcer.ts), its view
// (uploader-view.ts, entry-view.ts).
import { LitElement, type PropertyValues } from 'lit';
import { LocaleController } from '../../internal/locale-controller.js';
import { tokens, visuallyHidden } from '../../styles/tokens.js';
import { BudgetPool } from '../../context/budget.js';
import { DEFAULT_BUDGET_BYTES } from '../../upload/plan.js';
import type { UploadErrorCode } from '../../upload/admit.js';
import { styles } from './doc-uploader.styles.js';
import { Announcer } from './announcer.js';
import { Admission } from './admission.js';
import { BudgetNotice } from './budget-notice.js';
import { FormState } from './form-state.js';
import { Membership } from './membership.js';
import { PickDropPaste } from './pick-drop-paste.js';
import { Intake } from './intake.js';
import { drawThumbnails } from './entry-view.js';
import { renderUploader } from './uploader-view.js';
import type { AddResult, RestoredFile, UploadedFileInfo } from './types.js';
export type { UploadErrorCode } from '../../upload/admit.js';
export type { AddResult, RejectedFile, RestoredFile, UploadedFileInfo } from './types.js';

const ACCEPT_DEFAULT = 'image/jpeg,image/png,image/webp,image/heic,image/heif,application/pdf';
const ANNOUNCE_INTERVAL_MS = 1500;

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
 * @fires {Event} change - The set of processed files changed (added, removed, replaced).
 * @fires {CustomEvent} budget-change - Bytes used changed; `detail: { used, budget }` (the whole application's).
 * @fires {CustomEvent} file-rejected - A file was refused; `detail: { name, code, message }`.
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
export class DocUploader extends LitElement {
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
  private formDisabled = false;
  /** The pool it draws on (its own, or the form's). */
  private get pool(): BudgetPool {
    return this.member.pool;
  }
  private readonly admission = new Admission(this, this.i18n);
  private readonly intake = new Intake(
    {
      pool: () => this.pool,
      enabled: () => !this.isDisabled,
      multiple: () => this.multiple,
      maxFiles: () => this.maxFiles,
      update: () => this.requestUpdate(),
      // A file being read and checked makes it busy ("files-processing", not "file-required").
      checking: () => {
        this.updateFormState();
        this.requestUpdate();
      },
      changed: (files) => this.afterChange(files),
      announce: (removed) => {
        if (removed) {
          this.showValidity = true;
          this.announcer.queue(this.i18n.t('upload.announceRemoved', { name: removed.name }));
        }
        this.announcer.announce();
      },
    },
    this.admission,
  );
  private readonly member = new Membership(this, this.intake, this.ownPool, (used, changed) => {
    if (changed) this.dispatchEvent(new CustomEvent('budget-change', { detail: { used, budget: this.pool.budget }, bubbles: true, composed: true }));
    this.updateFormState();
    this.requestUpdate();
    // Another uploader's files settled the plan: the final figure is said once, by the uploader that speaks for the budget.
    if (this.notice.figureDue()) this.announcer.announce();
  });
  /** The files shown (queued, processing, done). */
  private get queue() {
    return this.intake.queue;
  }
  private readonly formState: FormState;
  private readonly notice = new BudgetNotice(this.intake, () => this.pool, () => this.queue.entries, this.i18n);
  private readonly picker = new PickDropPaste(this, {
    enabled: () => !this.isDisabled,
    many: () => this.picksMany,
    add: (files) => void this.addFiles(files),
    replace: (id, file) => this.intake.replaceListed(id, file),
  });

  /** Its own `disabled`, or a disabled `<fieldset>` around it. */
  private get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** The picker offers more than one file. */
  private get picksMany(): boolean {
    return this.multiple && (this.maxFiles ?? 2) > 1;
  }

  constructor() {
    super();
    this.budget = DEFAULT_BUDGET_BYTES;
    this.accept = ACCEPT_DEFAULT;
    this.multiple = false;
    this.required = false;
    this.disabled = false;
    this.name = '';
    this.showValidity = false;
    this.internals = this.attachInternals();
    this.formState = new FormState(this.internals, this.i18n);
    this.addEventListener('invalid', () => {
      this.showValidity = true;
    });
  }

  // ---- public API ----------------------------------------------------------------------------

  /** The processed files, exactly the bytes that will be submitted (files still being compressed are not in it). */
  get files(): File[] {
    return this.queue.files;
  }

  /** Sum of `files`' sizes. */
  get totalBytes(): number {
    return this.intake.usedBytes();
  }

  /** Each processed file with its SHA-256 and what the original was (for the signed payload). */
  get fileInfo(): UploadedFileInfo[] {
    return this.queue.fileInfo;
  }

  /** The budget this uploader draws on (its own, or the form's). */
  get budgetPool(): BudgetPool {
    return this.pool;
  }

  /** Whether any file is still being processed. */
  get busy(): boolean {
    return this.intake.busy;
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
    return this.formState.code;
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
  addFiles(files: Iterable<File>): Promise<AddResult> {
    return this.intake.add(files);
  }

  /**
   * Puts back files this kit already processed (a restored draft): checked as any file is, then
   * kept byte for byte (same SHA-256); an image is compressed again only if a later budget plan
   * gives it less than its size.
   */
  restoreFiles(files: Iterable<RestoredFile>): Promise<AddResult> {
    return this.intake.restore(files);
  }

  /**
   * Removes a file by its position in the list shown (files being compressed included; when none
   * is, that is its index in `files`) or by the `File` itself (as given or as processed).
   */
  removeFile(indexOrFile: number | File): void {
    this.intake.remove(indexOrFile);
  }

  /** Replaces the file at `index` with `file`; the old one stays if the new one is refused. */
  replaceFile(index: number, file: File): Promise<AddResult> {
    return this.intake.replace(index, file);
  }

  /** How many files this document needs (for "k of N"): `min-files`, else a finite `max-files`. */
  private expected(): number {
    if (!this.multiple) return 1;
    return Math.max(this.minFiles ?? 0, Number.isFinite(this.maxFiles) ? this.maxFiles! : 0);
  }

  // ---- lifecycle -------------------------------------------------------------------------------

  /** Form reset: back to no files. */
  formResetCallback(): void {
    this.showValidity = false;
    this.announcer.forgetNotes();
    this.intake.reset();
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
    if (this.formState.stale) this.updateFormState();
    if (changed.has('budget') && this.pool === this.ownPool) this.ownPool.budget = this.budget;
    if (changed.has('required') || changed.has('minFiles') || changed.has('maxFiles') || changed.has('name') || changed.has('disabled')) {
      this.updateFormState();
    }
  }

  protected override updated(): void {
    drawThumbnails(this.renderRoot, this.queue.entries);
  }

  // ---- rendering -------------------------------------------------------------------------------

  protected override render() {
    const { t, locale } = this.i18n;
    // Said once as they appear (`role="alert"`): refused files, then validity after a submit or a removal.
    const alerts = this.admission.messages();
    const code = this.formState.code;
    if (this.showValidity && code && code !== 'budget-exceeded') alerts.push(this.internals.validationMessage);
    return renderUploader({
      t,
      locale,
      pool: this.pool,
      accept: this.accept,
      disabled: this.isDisabled,
      // `aria-invalid`: a refused file, the budget exceeded, or a failed constraint shown after a submit
      // (not a warning: photos under A4 at 150 dpi are valid; not "still compressing").
      invalid: this.admission.shown.length > 0 || code === 'budget-exceeded' || (this.showValidity && !!code && code !== 'files-processing'),
      many: this.picksMany,
      attached: this.files.length,
      expected: this.expected(),
      alerts,
      notes: this.notice.notes(),
      entries: this.queue.entries,
      picker: this.picker,
      live: this.announcer.text,
      replace: (entry) => this.picker.open(entry.id),
      remove: (entry) => this.intake.removeEntry(entry, true),
    });
  }

  // ---- internals -------------------------------------------------------------------------------

  /** Files or their bytes changed; `files`: the set of processed files changed (`change`; the model tells a draft to record them). */
  private afterChange(files: boolean): void {
    this.updateFormState();
    this.member.changed(files);
    if (files) this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private updateFormState(): void {
    this.formState.write({
      name: this.name,
      files: this.files,
      required: this.required,
      minFiles: this.minFiles,
      maxFiles: this.maxFiles,
      disabled: this.isDisabled,
      busy: this.busy,
      overBy: this.notice.overBy(),
      budget: this.pool.budget,
      anchor: this.renderRoot?.querySelector?.<HTMLElement>('[part="button"]') ?? undefined,
    });
  }

  /** Polite announcements (throttled): progress, the budget, its notes once. */
  private readonly announcer = new Announcer(this, () => this.notice.announcement(), ANNOUNCE_INTERVAL_MS);
}
