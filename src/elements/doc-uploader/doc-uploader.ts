// The document uploader: files in by picking, dropping or pasting; typed by content, photos
// compressed in the kit's worker to their share of the application's budget; a form control.
// The element renders and delegates: the files and their processing (queue.ts), whether a file may
// come in and the refusals (admission.ts), the form value and validity (form-state.ts), picking,
// dropping and pasting (pick-drop-paste.ts), its budget pool and attachments model (membership.ts),
// what it says about the budget (budget-notice.ts, announcer.ts), its view (uploader-view.ts, entry-view.ts).
import { LitElement, type PropertyValues } from 'lit';
import { LocaleController } from '../../internal/locale-controller.js';
import { tokens, visuallyHidden } from '../../styles/tokens.js';
import { BudgetPool, type BudgetMember } from '../../context/budget.js';
import { DEFAULT_BUDGET_BYTES, type BudgetPlan, type PlanItem } from '../../upload/plan.js';
import type { UploadErrorCode } from '../../upload/admit.js';
import { styles } from './doc-uploader.styles.js';
import { Announcer } from './announcer.js';
import { Admission } from './admission.js';
import { BudgetNotice } from './budget-notice.js';
import { FormState } from './form-state.js';
import { Membership } from './membership.js';
import { PickDropPaste } from './pick-drop-paste.js';
import { FileQueue } from './queue.js';
import { drawThumbnails } from './entry-view.js';
import { renderUploader } from './uploader-view.js';
import type { AddResult, Entry, RejectedFile, RestoredFile, UploadedFileInfo } from './types.js';
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
    reserved: { state: true },
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

  /** Files being checked by `addFiles` that hold a place under `max-files` (two calls at once cannot both take the last one). */
  declare private reserved: number;
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
  private readonly member = new Membership(this, this.ownPool, (used, changed) => {
    if (changed) this.dispatchEvent(new CustomEvent('budget-change', { detail: { used, budget: this.pool.budget }, bubbles: true, composed: true }));
    this.updateFormState();
    this.requestUpdate();
  });
  /** The pool it draws on (its own, or the form's). */
  private get pool(): BudgetPool {
    return this.member.pool;
  }
  private readonly queue = new FileQueue({
    pool: () => this.pool,
    update: () => this.requestUpdate(),
    refuse: (entry, code, params) => {
      const rejection = this.admission.reject(entry.source, code, params);
      this.admission.add(rejection);
      return rejection;
    },
    settled: (entry) => {
      // Its real size is known now (or it went): plan again (others re-compress only if they now must).
      this.pool.replan();
      this.afterUsage();
      this.announcer.announce();
      entry.settle();
    },
  });
  private readonly admission = new Admission(this, this.i18n);
  private readonly formState: FormState;
  private readonly notice = new BudgetNotice(this, () => this.pool, () => this.queue.entries, this.i18n);
  private readonly intake = new PickDropPaste(this, {
    enabled: () => !this.isDisabled,
    many: () => this.picksMany,
    add: (files) => void this.addFiles(files),
    replace: (id, file) => {
      const index = this.queue.entries.findIndex((e) => e.id === id);
      if (index >= 0) void this.replaceFile(index, file);
      return index >= 0;
    },
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
    this.reserved = 0;
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
    return this.files.reduce((sum, f) => sum + f.size, 0);
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
    // A file still being read and checked counts: the parent chose it, so "choose a file" would be wrong.
    return this.reserved > 0 || this.queue.working;
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
  async addFiles(files: Iterable<File>): Promise<AddResult> {
    const { queue, admission } = this;
    const list = [...files];
    const rejected: RejectedFile[] = [];
    const admitted: Entry[] = [];
    const generation = queue.generation;
    // One file without `multiple` replaces the one there, as a native single file input would.
    const replacing = !this.multiple && list.length === 1;
    for (const file of list) {
      if (this.isDisabled || queue.generation !== generation) break;
      // The place is taken before the file is read, so a second call meanwhile sees it as taken.
      if (!replacing && this.isFull()) {
        rejected.push(admission.reject(file, 'too-many-files', { max: this.capacity }));
        continue;
      }
      this.reserved++;
      let outcome: Awaited<ReturnType<Admission['check']>>;
      try {
        outcome = await admission.check(file, this.pool.budget);
      } finally {
        this.reserved--;
      }
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
    }
    return this.settleBatch(list, admitted, rejected);
  }

  /**
   * Puts back files this kit already processed (a restored draft): checked as any file is, then
   * kept byte for byte (same SHA-256); an image is compressed again only if a later budget plan
   * gives it less than its size.
   */
  async restoreFiles(files: Iterable<RestoredFile>): Promise<AddResult> {
    const { queue, admission } = this;
    const rejected: RejectedFile[] = [];
    const accepted: File[] = [];
    for (const item of files) {
      const outcome = await admission.check(item.file, this.pool.budget);
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
    if (accepted.length) this.pool.replan();
    this.afterChange(accepted.length > 0);
    return { accepted, rejected };
  }

  /**
   * Removes a file by its position in the list shown (files being compressed included; when none
   * is, that is its index in `files`) or by the `File` itself (as given or as processed).
   */
  removeFile(indexOrFile: number | File): void {
    const { entries } = this.queue;
    const entry = typeof indexOrFile === 'number' ? entries[indexOrFile] : entries.find((e) => e.source === indexOrFile || e.result === indexOrFile);
    if (entry) this.removeEntry(entry, true);
  }

  /** Replaces the file at `index` with `file`; the old one stays if the new one is refused. */
  async replaceFile(index: number, file: File): Promise<AddResult> {
    const { queue, admission } = this;
    const old = queue.entries[index];
    if (!old) return this.addFiles([file]);
    const generation = queue.generation;
    const outcome = await admission.check(file, this.pool.budget);
    // The form was reset while the file was read: nothing is left to replace, nothing is added.
    if (queue.generation !== generation) return { accepted: [], rejected: [] };
    if ('code' in outcome) return this.settleBatch([file], [], [admission.reject(file, outcome.code, outcome.params)]);
    const entry = queue.create(outcome);
    if (!queue.swap(old, entry)) {
      // The old file was removed meanwhile: the new one comes in on its own, if there is room for it.
      if (this.isFull()) return this.settleBatch([file], [], [admission.reject(file, 'too-many-files', { max: this.capacity })]);
      queue.push(entry);
    }
    return this.settleBatch([file], [entry], []);
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

  /** No place left: the files listed and those being checked fill `capacity`. */
  private isFull(): boolean {
    return this.queue.entries.length + this.reserved >= this.capacity;
  }

  // ---- budget membership -----------------------------------------------------------------------

  /** @internal */
  planItems(): PlanItem[] {
    return this.queue.planItems();
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
    this.queue.applyPlan(plan);
    this.requestUpdate();
  }

  // ---- lifecycle -------------------------------------------------------------------------------

  /** Form reset: back to no files. */
  formResetCallback(): void {
    this.queue.clear();
    this.admission.show([]);
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
    if (this.formState.stale) this.updateFormState();
    if (changed.has('budget') && this.pool === this.ownPool) this.ownPool.budget = this.budget;
    // `reserved`: a file being read and checked makes it busy ("files-processing", not "file-required").
    if (changed.has('required') || changed.has('minFiles') || changed.has('maxFiles') || changed.has('name') || changed.has('disabled') || (changed as Map<PropertyKey, unknown>).has('reserved')) {
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
      intake: this.intake,
      live: this.announcer.text,
      replace: (entry) => this.intake.open(entry.id),
      remove: (entry) => this.removeEntry(entry, true),
    });
  }

  // ---- internals -------------------------------------------------------------------------------

  /** Plans the new files in, starts them, and waits for all of them. */
  private async settleBatch(given: File[], admitted: Entry[], rejected: RejectedFile[]): Promise<AddResult> {
    if (rejected.length) this.admission.show(rejected);
    else if (admitted.length) this.admission.show([]);
    if (admitted.length) {
      this.pool.replan();
      this.queue.start(admitted);
    }
    this.announcer.announce();
    this.afterChange(false);
    const outcomes = await Promise.all(admitted.map((e) => e.settled));
    for (const r of outcomes) if (r) rejected.push(r);
    if (admitted.length) this.afterChange(true);
    const accepted: File[] = [];
    for (const file of given) {
      const entry = admitted.find((e) => e.source === file);
      if (entry?.result && this.queue.has(entry)) accepted.push(entry.result);
    }
    return { accepted, rejected };
  }

  private removeEntry(entry: Entry, announce: boolean): void {
    if (!this.queue.has(entry)) return;
    this.queue.remove(entry);
    this.admission.show([]);
    this.pool.replan();
    if (announce) {
      this.showValidity = true;
      this.announcer.queue(this.i18n.t('upload.announceRemoved', { name: entry.source.name }));
      this.announcer.announce();
    }
    this.afterChange(true);
  }

  /** `files`: the set of processed files changed (the model tells a draft to record them). */
  private afterUsage(files = false): void {
    this.updateFormState();
    this.member.changed(files);
  }

  private afterChange(fireChange: boolean): void {
    this.afterUsage(fireChange);
    if (fireChange) this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
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
