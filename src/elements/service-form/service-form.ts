// The shared form engine: question steps from a FormDefinition, then documents, review and signing.
// Every rule (validation, checklist, window, budget) is asked of src/rules and src/upload; this
// element renders their answers and turns a parent's actions into calls on them.
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import { repeat } from 'lit/directives/repeat.js';
// The rules' own modules, not the barrel: a form's page carries its own service's rules only (definition.rules).
import { defaultSchoolYear } from '../../rules/school-year.js';
import { defaultWindows, windowStatus, type WindowStatus } from '../../rules/window.js';
import { validateIin } from '../../rules/iin.js';
import { documentSpec, pickableTypes, isFarFromAspect, missingDocuments } from '../../rules/documents.js';
import type { ChecklistItem, DocumentId, RuleContext, RuleIssue, ServiceDefinition } from '../../rules/index.js';
import type { Signer } from '../../signing/signer.js';
import type { Attachment, SignedDetail } from '../../signing/payload.js';
import type { SmsCodeSigner } from '../../signing/signers/sms.js';
import type { EgovMobileSigner } from '../../signing/signers/egov-mobile.js';
import type { SignedEventDetail, SignPanelSigners } from '../sign-panel/sign-panel.js';
import { AttachmentsController } from '../../attachments/attachments.js';
import { BUDGET_FULL, BUDGET_HIGH, budgetLevel, documentStatus } from '../../upload/display.js';
import type { RestoredFile } from '../doc-uploader/doc-uploader.js';
import { budgetContext, BudgetPool } from '../../context/budget.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { formatDate, formatMegabytes, formatSize, translate, type Params } from '../../i18n/localize.js';
import { tokens, visuallyHidden } from '../../styles/tokens.js';
import { styles } from './service-form.styles.js';
import { fieldId, getPath, setPath, type Answers } from './answers.js';
import { FormController } from './form-controller.js';
import type { FieldDefinition, FormDefinition, StepDefinition } from './form-definition.js';
import { renderField, displayValue } from './fields.js';
import { DraftController, draftKey, type DraftStoreLike } from '../../drafts/draft-controller.js';
import { renderDraftNotice } from '../../drafts/draft-notice.js';
import { SubmissionController, type SubmitCallback } from './submission-controller.js';
import { LookupController, type LookupChild } from './lookup-controller.js';
import { receiptStyles } from './receipt.styles.js';


/** A summary entry: a message and the id of the control it is about. */
interface SummaryEntry {
  target: string;
  message: string;
}

/** How the summary shown was made, so it can be made again in another language. */
type SummarySource = () => SummaryEntry[];

type Phase = 'filling' | 'signed';

/**
 * @summary The engine every service form is built on: question steps, the document checklist
 * with one uploader per document sharing one 5 MB budget, "check your answers", and signing to a
 * `signed-payload`. A service's element is this engine plus its `FormDefinition`.
 *
 * @fires signed-payload - The application was signed (with or without `submit`, before sending). `detail`: `{ service, payload, canonical, digest, signature, files }`.
 * @fires step-change - The visible step changed. `detail`: `{ step }`.
 * @fires answers-change - An answer changed. `detail`: `{ answers }`.
 *
 * @csspart base - The form's wrapper.
 * @csspart header - Service name, window and rules.
 * @csspart notice - A notice (window, one application, originals in person).
 * @csspart progress - "Step 2 of 5".
 * @csspart error-summary - The error summary at the top of a step.
 * @csspart step - The current step's section, with `data-step`.
 * @csspart field - One question's wrapper, with `data-field` (its answer path).
 * @csspart label - A question's label.
 * @csspart hint - A question's hint.
 * @csspart error-message - A question's error.
 * @csspart warning - A question's non-blocking warning.
 * @csspart checklist-item - A document of the checklist, with `data-doc` and `data-state` (`missing`, `provided`, `optional`, `registry`).
 * @csspart budget - The attachments' size budget.
 * @csspart review - The "check your answers" list.
 * @csspart receipt - After signing: the receipt once the host's `submit` gave its reference (`data-submission="received"`), or the signed view without `submit` (`data-submission="signed"`).
 * @csspart sending - "Sending…" while the host's `submit` runs.
 * @csspart submit-error - Why sending failed (`data-code`), with "Send again".
 * @csspart reference - The host's reference on the receipt.
 * @csspart next-steps - What happens next for this service, on the receipt.
 * @csspart technical - The "technical details" disclosure (idempotency key, digest).
 * @csspart from-records - "from state records" next to an answer the host's `lookupChild` filled.
 * @csspart suggestion - The button offering the IIN's date as the date of birth.
 * @csspart button - Every button; `button-primary` for the main action.
 * @csspart draft-status - The draft notice: restored (with "start over"), drafts off, files to attach again; `data-status`.
 *
 * @cssprop --egov-color-accent - Buttons and links.
 * @cssprop --egov-color-error - Errors and the error summary's border.
 * @cssprop --egov-service-form-max-width - Width of the form's column.
 *
 * @slot header - Extra content under the service's name (e.g. the host's contact details).
 */
export class ServiceForm extends LitElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [tokens, visuallyHidden, styles, receiptStyles];

  /** The service's definition; subclasses set it. */
  static definition: FormDefinition;

  static override properties = {
    lang: { reflect: true },
    schoolYear: { type: Number, attribute: 'school-year' },
    opens: {},
    closes: {},
    medicalCertificates: { attribute: 'medical-certificates' },
    noDraft: { type: Boolean, attribute: 'no-draft' },
    draftKey: { attribute: 'draft-key' },
    draftTtl: { type: Number, attribute: 'draft-ttl' },
    draftStore: { attribute: false },
    budget: { type: Number },
    minAge: { type: Number, attribute: 'min-age' },
    ageCutoff: { attribute: 'age-cutoff' },
    minDistanceKm: { type: Number, attribute: 'min-distance-km' },
    registry: { attribute: false },
    answers: { attribute: false },
    schools: { attribute: false },
    now: { attribute: false },
    signer: { attribute: false },
    signers: { attribute: false },
    hasApplication: { attribute: false },
    submit: { attribute: false },
    lookupChild: { attribute: false },
    stepIndex: { state: true },
    phase: { state: true },
    summary: { state: true },
    receipt: { state: true },
    attached: { state: true },
    checking: { state: true },
    aspectWarnings: { state: true },
  };

  /** School year (the calendar year it starts); default: the service's (the one admitted to, for first grade; else the one under way). */
  declare schoolYear: number | undefined;
  /** First day of the application window, `MM-DD` or `YYYY-MM-DD` (default: the service's, docs/rules.md). */
  declare opens: string | undefined;
  /** Last day of the window, inclusive. */
  declare closes: string | undefined;
  /** `optional` (default) or `required`: medical certificates for school enrolment. */
  declare medicalCertificates: 'optional' | 'required';
  /** Turns off drafts. */
  declare noDraft: boolean;
  /** Names this form's draft (with the service); default the page's path. Two forms on one page need two keys. */
  declare draftKey: string | undefined;
  /** Days a draft is kept after its last change (default 7). */
  declare draftTtl: number;
  /** Where drafts are kept (default IndexedDB, database `egov-forms-drafts`). */
  declare draftStore: DraftStoreLike | undefined;
  /** Bytes all attachments may take together after compression (default 5,000,000). */
  declare budget: number;
  /** Minimum age for school enrolment (default 6). */
  declare minAge: number | undefined;
  /** Date (`MM-DD`) of the admission year by which the child reaches the minimum age (default `12-31`). */
  declare ageCutoff: string | undefined;
  /** Minimum distance to school in km (school transport; default none). */
  declare minDistanceKm: number | undefined;
  /** What state systems already hold (docs/rules.md registry keys). */
  declare registry: Record<string, boolean>;
  /** Schools to choose from; free text when empty. */
  declare schools: { id: string; name: string }[];
  /** The clock (window, age); default the real time. */
  declare now: () => Date;
  /** The signer used when `signers` is not set (default: WebCrypto, for development and sites without EDS). */
  declare signer: Signer | undefined;
  /**
   * The ways of signing offered to the parent: `{ eds?: NcaLayerSigner, mobile?: EgovMobileSigner,
   * sms?: SmsCodeSigner, webcrypto?: WebCryptoSigner }`. The sign panel offers, per device, only what
   * can work there: no EDS on phones and tablets, where eGov Mobile comes first.
   */
  declare signers: SignPanelSigners | undefined;
  /** The host's one-application check: resolves true when this child already has an application. */
  declare hasApplication: ((iin: string) => Promise<boolean> | boolean) | undefined;
  /**
   * The host's sending: `(detail) => Promise<{ reference, message? }>`, called with the
   * `signed-payload` detail after signing. While it runs the form shows "Sending…"; once it resolves,
   * a receipt with the host's reference; when it rejects, the reason and "Send again" (nothing lost).
   * The draft is kept until it resolves. Without it, the `signed-payload` event alone.
   */
  declare submit: SubmitCallback | undefined;
  /**
   * Prefill from state records: `(iin) => Promise<{ lastName, firstName, patronymic?, birthDate } | null>`,
   * called once a valid IIN is entered; fills those answers and marks them "from state records".
   */
  declare lookupChild: LookupChild | undefined;

  /** @internal */
  declare protected stepIndex: number;
  /** @internal */
  declare protected phase: Phase;
  /** @internal */
  declare protected summary: SummaryEntry[];
  /** @internal */
  declare protected receipt: SignedDetail | undefined;
  /** Processed files of documents an answer took off the checklist, given back if they return. */
  private filesSetAside = new Map<string, RestoredFile[]>();
  /** @internal Files attached per document id (read from the uploaders' `change` events). */
  declare protected attached: Record<string, number>;
  /** @internal Continue or signing is waiting (the host's one-application check): Continue is not taken twice. */
  declare protected checking: boolean;
  /** @internal A "change" link on the review step brought the parent here: Continue goes back to the review. */
  protected returnToReview = false;
  /** Remakes the summary shown (its language follows the form's). */
  private summarySource?: SummarySource;
  private summaryLocale?: string;
  /** @internal Documents with an image far from their aspect (the 3×4 photo): a warning, never a block. */
  declare protected aspectWarnings: Record<string, boolean>;

  /** @internal */
  protected readonly i18n = new LocaleController(this, ['forms']);

  /** @internal Also waits for a language loaded on a switch (LocaleController.ready). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    await this.i18n.settled();
    await this.parts;
    if (this.isUpdatePending) done = await super.getUpdateComplete();
    return done;
  }
  /** @internal */
  protected readonly form: FormController;
  /** @internal */
  protected readonly pool = new BudgetPool();
  private readonly budgetProvider = new ContextProvider(this, { context: budgetContext, initialValue: this.pool });
  /** @internal The application's files per document id: uploaders write to it, the engine reads it (never the DOM). */
  protected readonly attachments = new AttachmentsController(this, { pool: this.pool }).model;
  /** The payload being signed, between the panel asking for bytes and its `signed` event. */
  private pending?: Omit<SignedDetail, 'signature' | 'service'>;
  /** @internal Answers, step and processed files kept on the device until signed. */
  protected readonly drafts: DraftController;
  /** The host's `submit`: sending, received (the receipt), failed (retry). */
  protected readonly submission = new SubmissionController(this, {
    submit: () => this.submit,
    now: () => this.validNow(),
    onReceived: () => void this.drafts.clear('signed'),
  });
  /** The host's `lookupChild`: prefill from state records. */
  protected readonly lookup = new LookupController(this, {
    lookup: () => this.lookupChild,
    set: (path, value) => {
      this.form.set(path, value);
      this.emit('answers-change', { answers: this.form.answers });
    },
  });

  constructor() {
    super();
    this.medicalCertificates = 'optional';
    this.noDraft = false;
    this.draftTtl = 7;
    this.budget = 5_000_000;
    this.registry = {};
    this.schools = [];
    this.now = () => new Date();
    this.stepIndex = 0;
    this.phase = 'filling';
    this.summary = [];
    this.attached = {};
    this.aspectWarnings = {};
    this.checking = false;
    const definition = this.definition;
    this.form = new FormController(this, {
      rules: definition.rules,
      context: () => this.ruleContext(),
      checklist: () => ({ registry: this.registry, medicalCertificates: this.medicalCertificates }),
    });
    this.form.setAll(this.withParents({}));
    this.drafts = new DraftController(this, {
      key: () => draftKey(definition.service, this.draftKey, location),
      ttlDays: () => this.draftTtl,
      enabled: () => !this.noDraft,
      store: () => this.draftStore,
      // With the host's `submit`, the draft stays until the host confirmed receipt.
      keepOnSigned: () => typeof this.submit === 'function',
      getAnswers: () => this.form.answers,
      getStep: () => this.currentStep,
      attachments: () => this.attachments,
      restore: (draft) => {
        this.form.setAll(this.withParents(draft.answers));
        // Back where the parent was, short of signing (that starts from a fresh choice).
        const index = this.steps.findIndex((s) => s.id === draft.step && s.id !== 'sign');
        if (index > 0) this.stepIndex = index;
      },
      reset: () => {
        this.form.reset(this.withParents({}));
        for (const doc of this.attachments.docs) this.attachments.source(doc)?.formResetCallback?.();
        this.filesSetAside.clear();
        this.lookup.reset();
        this.submission.reset();
        this.attached = {};
        this.showSummary();
        void this.goTo(0);
      },
    });
    // The parent starts answering: the upload and signing code loads while they do (loadParts).
    this.addEventListener('focusin', () => void this.loadParts(), { once: true });
    this.addEventListener('input', () => void this.loadParts(), { once: true });
    this.pool.addEventListener('usage', this.onPoolChange);
    this.pool.addEventListener('plan', this.onPoolChange);
    void this.budgetProvider;
  }

  get definition(): FormDefinition {
    return (this.constructor as typeof ServiceForm).definition;
  }

  /** @internal The service's rules (src/rules): what the form asks them, a server asks the same. */
  protected get rules(): ServiceDefinition {
    return this.definition.rules;
  }

  /** The current answers (prefill by setting them; read them at any time). */
  get answers(): Answers {
    return this.form.answers;
  }

  set answers(value: Answers) {
    const old = this.form.answers;
    this.form.setAll(this.withParents(value ?? {}));
    this.requestUpdate('answers', old);
  }

  /** Empty objects for grouped answers (`child`), so each of their questions reports its own error. */
  private withParents(answers: Answers): Answers {
    let out = answers;
    for (const step of this.definition.steps) {
      for (const field of step.fields) {
        const dot = field.path.lastIndexOf('.');
        if (dot < 0) continue;
        const parent = field.path.slice(0, dot);
        if (typeof getPath(out, parent) !== 'object' || getPath(out, parent) === null) out = setPath(out, parent, {});
      }
    }
    return out;
  }

  /** The current checklist as data (`requiredDocuments` for the current answers and registry). */
  requiredDocuments(): ChecklistItem[] {
    return this.form.checklist;
  }

  /** The steps in order: the service's questions, then documents, review and signing. */
  get steps(): { id: string; title: string }[] {
    return [
      ...this.definition.steps.map((s) => ({ id: s.id, title: s.title })),
      { id: 'documents', title: 'form.stepDocuments' },
      { id: 'review', title: 'form.stepReview' },
      { id: 'sign', title: 'form.stepSign' },
    ];
  }

  /** The id of the step shown (a question step of the definition, `documents`, `review` or `sign`). */
  get currentStep(): string {
    return this.steps[this.stepIndex]?.id ?? 'sign';
  }

  /** The host's clock, or the real time when it gives no valid instant (the window then says `clock-invalid`). */
  private validNow(): Date {
    const now = this.now();
    return now instanceof Date && !Number.isNaN(now.getTime()) ? now : new Date();
  }

  /** @internal */
  protected ruleContext(): RuleContext {
    const context: RuleContext = { now: this.validNow() };
    if (this.minAge !== undefined) context.minAge = this.minAge;
    if (this.ageCutoff) context.ageCutoff = this.ageCutoff;
    if (this.minDistanceKm !== undefined) context.minDistanceKm = this.minDistanceKm;
    return context;
  }

  /** The school year the application is for. */
  get effectiveSchoolYear(): number {
    return this.schoolYear || defaultSchoolYear(this.validNow(), this.rules.schoolYear);
  }

  /** The application window now, or undefined when the service has none and the host set none. */
  get window(): WindowStatus | undefined {
    const dates = defaultWindows[this.definition.service];
    const opens = this.opens ?? dates?.opens;
    const closes = this.closes ?? dates?.closes;
    if (!opens || !closes) return undefined;
    return windowStatus(this.now(), { opens, closes }, this.effectiveSchoolYear);
  }

  /** The budget figures the last update saw (the form draws only `used` and `budget` of the pool). */
  private seenBudget = '';
  /**
   * A new plan or usage re-renders the form only when its figures changed: an empty uploader
   * joining the pool as it is rendered re-plans without changing them, and must not schedule a
   * second update of the form from inside its own.
   */
  private readonly onPoolChange = () => {
    if (`${this.pool.used}/${this.pool.budget}` !== this.seenBudget) this.requestUpdate();
  };

  /** @internal The definitions of the form's inner elements, once asked for (loadParts). */
  private parts?: Promise<void>;
  /** @internal Payload assembly and the default signer, loaded with the parts. */
  private signing?: typeof import('./signing-parts.js');

  /**
   * @internal Loads `<doc-checklist>`, `<doc-uploader>` and `<sign-panel>` (with upload and signing
   * code) the first time they may be needed: the parent focuses or types in the form, reaches the
   * last question step (its checklist preview), or a draft has files to put back. Until then the page carries only the question steps. The
   * "." entry has them defined already.
   */
  private loadParts(): Promise<void> {
    this.parts ??= Promise.all([
      this.i18n.need(['files', 'upload']),
      import('../../define/doc-checklist.js'),
      import('../../define/doc-uploader.js'),
      import('../../define/sign-panel.js'),
      import('./signing-parts.js').then((module) => (this.signing = module)),
    ]).then(
      () => this.requestUpdate(),
      () => {
        this.parts = undefined; // a failed request is tried again on the next update
      },
    );
    return this.parts;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // From the last question step on (its checklist preview), or a draft with files to put back.
    if (this.stepIndex >= this.definition.steps.length - 1 || this.drafts.waitingFiles) void this.loadParts();
    if (changed.has('lang')) this.i18n.update();
    if (changed.has('budget')) this.pool.budget = this.budget;
    this.seenBudget = `${this.pool.used}/${this.pool.budget}`;
    if (this.summary.length && this.summarySource && this.summaryLocale !== this.i18n.locale) {
      this.summaryLocale = this.i18n.locale;
      this.summary = this.summarySource();
    }
    // A document that left the checklist (an answer changed) takes its uploader with it: its files
    // are set aside, out of the application and the budget, and its count goes. They come back if
    // the document does (updated()).
    const uploaded = new Set(this.form.checklist.filter((i) => i.state !== 'registry').map((i) => i.doc as string));
    for (const doc of Object.keys(this.attached)) if (!uploaded.has(doc)) this.setAside(doc);
    const stale = (counts: Record<string, unknown>) => Object.keys(counts).some((doc) => !uploaded.has(doc));
    const keep = <T,>(counts: Record<string, T>) => Object.fromEntries(Object.entries(counts).filter(([doc]) => uploaded.has(doc)));
    if (stale(this.attached)) this.attached = keep(this.attached);
    if (stale(this.aspectWarnings)) this.aspectWarnings = keep(this.aspectWarnings);
    if (changed.has('schoolYear') || !('schoolYear' in this.form.answers)) {
      if (this.form.get('schoolYear') !== this.effectiveSchoolYear) this.form.set('schoolYear', this.effectiveSchoolYear);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A document back on the checklist gets the files set aside when it left (if it is still empty).
    for (const [doc, files] of this.filesSetAside) {
      const uploader = this.attachments.source(doc);
      if (!uploader) continue;
      this.filesSetAside.delete(doc);
      if (!this.attachments.count(doc)) void uploader.restoreFiles(files);
    }
  }

  /** Keeps the processed files of a document that is leaving the checklist (its uploader is still rendered). */
  private setAside(doc: string): void {
    const info = this.attachments.files(doc);
    if (info.length) {
      this.filesSetAside.set(doc, info.map(({ file, width, height, original, originalFile }) => ({ file, width, height, original, originalFile })));
    }
  }

  // ---- actions -------------------------------------------------------------------------------

  private emit(name: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  /** @internal */
  protected onFieldInput(field: FieldDefinition, value: unknown): void {
    this.form.set(field.path, value);
    this.lookup.edited(field.path);
    if (field.kind === 'iin') this.lookup.iinChanged(value);
    this.emit('answers-change', { answers: this.form.answers });
    // The summary follows the answers once shown, so a fixed error leaves it.
    if (this.summary.length) this.showSummary(() => this.buildSummary());
  }

  /** @internal */
  protected onFieldBlur(field: FieldDefinition): void {
    this.form.touch(field.path);
  }

  /** Goes to a step by index, focusing its heading (or a field, for "change" links). */
  async goTo(index: number, focusPath?: string): Promise<void> {
    this.stepIndex = Math.max(0, Math.min(index, this.steps.length - 1));
    if (this.currentStep === 'review') this.returnToReview = false;
    this.showSummary();
    this.emit('step-change', { step: this.currentStep });
    await this.updateComplete;
    if (focusPath) this.focusControl(fieldId(focusPath));
    else this.renderRoot.querySelector<HTMLElement>('[data-step-heading]')?.focus();
  }

  /**
   * Continue: the step's errors block it and show in the summary; otherwise the next step (or
   * back to "check your answers" when a change link brought the parent here).
   */
  async next(): Promise<void> {
    if (this.checking) return; // a second press while the host's check runs
    const step = this.currentStep;
    this.form.markTried(step);
    // Leaving the review step is the last moment to block: window, every rule, the host's check.
    if (step === 'review') {
      this.checking = true;
      try {
        const ok = await this.checkBeforeSigning();
        // The parent may have gone elsewhere (Back, a change link) while the host answered.
        if (ok && this.currentStep === 'review') await this.goTo(this.stepIndex + 1);
      } finally {
        this.checking = false;
      }
      return;
    }
    if (this.buildSummary().length) {
      this.showSummary(() => this.buildSummary());
      await this.focusSummary();
      return;
    }
    const review = this.steps.findIndex((s) => s.id === 'review');
    await this.goTo(this.returnToReview && this.definition.steps.some((s) => s.id === step) ? review : this.stepIndex + 1);
  }

  /** @internal Shows an error summary made by `source` (none without one); made again when the language changes. */
  protected showSummary(source?: SummarySource): void {
    this.summarySource = source;
    this.summaryLocale = this.i18n.locale;
    this.summary = source ? source() : [];
  }

  /** Goes to the previous step, as the Back button does. */
  async back(): Promise<void> {
    await this.goTo(this.stepIndex - 1);
  }

  /** @internal The current step's problems as summary entries (localized, each linking to its control). */
  protected buildSummary(): SummaryEntry[] {
    const step = this.currentStep;
    const question = this.definition.steps.find((s) => s.id === step);
    if (question) {
      if (!this.form.wasTried(step)) return [];
      return this.form.stepErrors(question, true).map(({ field, issue }) => this.summaryEntry(field, issue));
    }
    if (step === 'documents' && this.form.wasTried(step)) return this.documentProblems();
    if ((step === 'sign' || step === 'review') && this.form.wasTried('review')) return this.allProblems();
    return [];
  }

  /** @internal Every blocking problem of the application: answers, documents, budget, window. */
  protected allProblems(): SummaryEntry[] {
    const entries: SummaryEntry[] = [];
    for (const question of this.definition.steps) {
      for (const { field, issue } of this.form.stepErrors(question)) entries.push(this.summaryEntry(field, issue));
    }
    entries.push(...this.documentProblems());
    return entries;
  }

  /** @internal */
  protected documentProblems(): SummaryEntry[] {
    const { t } = this.i18n;
    const entries: SummaryEntry[] = missingDocuments(this.form.checklist, this.attached).map((issue) => {
      const doc = String(issue.params!.document);
      return {
        target: `uploader-${doc}`,
        message: t('error.document-missing', { document: t(`document.${doc}`), min: issue.params!.min }),
      };
    });
    const used = this.pool.used;
    if (used > this.pool.budget) {
      entries.push({
        target: 'budget',
        message: t('error.budget-exceeded', {
          over: formatMegabytes(this.i18n.locale, used - this.pool.budget),
          max: formatMegabytes(this.i18n.locale, this.pool.budget),
        }),
      });
    }
    return entries;
  }

  /** @internal A summary line names the question, so "Fill in this field" says which one. */
  protected summaryEntry(field: FieldDefinition, issue: RuleIssue): SummaryEntry {
    return { target: fieldId(field.path), message: `${this.i18n.t(field.label)}: ${this.issueText(issue, field)}` };
  }

  /** @internal */
  protected issueText(issue: RuleIssue, field?: FieldDefinition): string {
    const { t } = this.i18n;
    const params: Params = { ...(issue.params ?? {}) };
    if (field) params.field = t(field.label);
    // "Fill in this field" says nothing to a parent before radio buttons: say what to choose.
    if (issue.code === 'required' && field?.kind === 'yes-no') return t('journey.chooseYesNo');
    if (issue.code === 'required' && field?.kind === 'choice') return t('journey.chooseOne');
    return t(`error.${issue.code}`, params);
  }

  /** @internal Moves focus to a control, its label scrolled into view first (GOV.UK error summary). */
  protected focusControl(id: string): void {
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    if (!target) return;
    const label = this.renderRoot.querySelector<HTMLElement>(`[for="${CSS.escape(id)}"], #${CSS.escape(id)}-legend`);
    (label ?? target).scrollIntoView?.({ block: 'start' });
    target.focus({ preventScroll: true });
  }

  /** @internal */
  protected onSummaryClick(event: Event, target: string): void {
    event.preventDefault();
    if (target.startsWith('field-')) {
      const path = this.pathOfId(target);
      const index = this.definition.steps.findIndex((s) => s.fields.some((f) => f.path === path));
      if (index >= 0 && index !== this.stepIndex) {
        void this.goTo(index, path);
        return;
      }
    } else if (this.currentStep !== 'documents' && (target.startsWith('uploader-') || target === 'budget')) {
      const index = this.steps.findIndex((s) => s.id === 'documents');
      this.stepIndex = index;
      this.showSummary();
      void this.updateComplete.then(() => this.focusControl(target));
      return;
    }
    this.focusControl(target);
  }

  private pathOfId(id: string): string | undefined {
    for (const step of this.definition.steps) {
      for (const field of step.fields) if (fieldId(field.path) === id) return field.path;
    }
    return undefined;
  }

  /** @internal */
  protected onUploaderChange(event: Event): void {
    const doc = (event.target as Element).getAttribute('doc');
    if (!doc) return;
    this.attached = { ...this.attached, [doc]: this.attachments.count(doc) };
    this.aspectWarnings = {
      ...this.aspectWarnings,
      [doc]: this.attachments.files(doc).some((f) => f.width && f.height && isFarFromAspect(doc as DocumentId, f.width, f.height)),
    };
    if (this.summary.length) this.showSummary(() => this.buildSummary());
  }

  /** @internal The attachments for the payload, in checklist order. */
  protected collectAttachments(): { attachments: Attachment[]; files: File[] } {
    const attachments: Attachment[] = [];
    const files: File[] = [];
    // Rendered order is checklist order (the model keeps the order uploaders registered in).
    for (const { doc, info } of this.attachments.all(this.form.checklist.map((i) => i.doc))) {
      const original: NonNullable<Attachment['original']> = { size: info.original.size };
      if (info.original.width) original.width = info.original.width;
      if (info.original.height) original.height = info.original.height;
      attachments.push({ doc, file: info.file, original });
      files.push(info.file);
    }
    return { attachments, files };
  }

  /**
   * Checks everything that must hold before signing: the window is open, every answer and
   * document passes the rules, and the host's one-application check says no earlier application.
   * Shows the problems in the error summary and resolves false when any fails.
   */
  async checkBeforeSigning(): Promise<boolean> {
    this.blockedBy = undefined;
    const window = this.window;
    if (window && !window.open) {
      this.blockedBy = window.code!;
      this.showSummary(() => [{ target: 'window', message: this.windowText(this.window ?? window) }]);
      await this.focusSummary();
      return false;
    }
    if (this.allProblems().length) {
      this.blockedBy = 'document-missing';
      this.showSummary(() => this.allProblems());
      await this.focusSummary();
      return false;
    }
    if (this.hasApplication) {
      const iin = String(this.form.get('child.iin') ?? '');
      let code: 'already-applied' | 'application-check-failed' | undefined;
      try {
        if (await this.hasApplication(iin)) code = 'already-applied';
      } catch {
        // The host's back end could not answer: nothing is signed until it can.
        code = 'application-check-failed';
      }
      if (code) {
        this.blockedBy = code;
        this.showSummary(() => [{ target: fieldId('child.iin'), message: this.i18n.t(`error.${code}`) }]);
        await this.focusSummary();
        return false;
      }
    }
    return true;
  }

  /** Why the last `checkBeforeSigning()` said no (an error code), for the sign panel's message. */
  private blockedBy?: string;

  /** @internal What the sign panel signs: the payload is built (files digested) when the parent chooses a method. */
  protected readonly prepareBytes = async (): Promise<Uint8Array> => {
    // The window may have closed or the host's check changed since the review step.
    await this.loadParts();
    if (!(await this.checkBeforeSigning())) throw new this.signing!.SigningError('failed', { id: this.blockedBy ?? 'signing-failed' });
    const { buildPayload, canonicalJson, digestCanonical, utf8 } = this.signing!;
    const { attachments, files } = this.collectAttachments();
    const payload = await buildPayload({
      service: this.definition.service,
      locale: this.i18n.locale,
      answers: this.parsedAnswers(),
      attachments,
      now: this.now,
    });
    const canonical = canonicalJson(payload);
    this.pending = { payload, canonical, digest: await digestCanonical(canonical), files };
    return utf8(canonical);
  };

  /** @internal The panel signed: the detail goes to the host and the receipt is shown. */
  protected async onSigned(event: CustomEvent<SignedEventDetail>): Promise<void> {
    const pending = this.pending;
    if (!pending) return;
    const detail: SignedDetail = { service: this.definition.service, ...pending, signature: event.detail.signature };
    this.pending = undefined;
    this.receipt = detail;
    if (this.submission.enabled) {
      // The host sends it: "Sending…", then its receipt or the reason and "Send again".
      this.emit('signed-payload', detail);
      await this.sendSigned(() => this.submission.send(detail));
      return;
    }
    this.phase = 'signed';
    this.emit('signed-payload', detail);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#receipt-title')?.focus();
  }

  /** Sends (or sends again) through the host's `submit`, then moves focus to the receipt or the failure. */
  private async sendSigned(send: () => Promise<unknown>): Promise<void> {
    const sending = send();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-submission="sending"]')?.focus();
    await sending;
    await this.updateComplete;
    const target = this.submission.state.status === 'received' ? '#receipt-title' : '#submit-error';
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  /** The submission's state: `idle`, `sending`, `received` or `failed` (with its code). */
  get submissionStatus(): { status: string; code?: string; reference?: string } {
    const state = this.submission.state;
    if (state.status === 'failed') return { status: state.status, code: state.code };
    if (state.status === 'received') return { status: state.status, reference: state.reference };
    return { status: state.status };
  }

  /** @internal The signers offered: `signers` as given, else `signer` by its type, else WebCrypto. */
  protected get panelSigners(): SignPanelSigners {
    if (this.signers && Object.keys(this.signers).length) return this.signers;
    const signer = this.signer ?? (this.signer = new this.signing!.WebCryptoSigner());
    if (signer.type === 'ncalayer') return { eds: signer };
    if (signer.type === 'sms') return { sms: signer as SmsCodeSigner };
    if (signer.type === 'egov-mobile') return { mobile: signer as EgovMobileSigner };
    return { webcrypto: signer };
  }

  /** @internal The schema's output (defaults filled, unknown keys dropped): what the payload carries. */
  protected parsedAnswers(): Answers {
    return this.form.data ?? this.form.answers;
  }

  private async focusSummary(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="error-summary"]')?.focus();
  }

  /** @internal */
  protected windowText(window: WindowStatus): string {
    const { t, locale } = this.i18n;
    if (window.code === 'clock-invalid') return t('error.clock-invalid');
    const last = new Date(window.closesAt.getTime() - 1);
    const opens = formatDate(locale, window.opensAt);
    const closes = formatDate(locale, last);
    if (window.code === 'window-not-open') return t('error.window-not-open', { date: opens });
    if (window.code === 'window-closed') return t('error.window-closed', { date: closes });
    return t('form.windowOpen', { opens, closes });
  }

  // ---- rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const { t } = this.i18n;
    const steps = this.steps;
    return html`
      <div part="base" class="base">
        ${this.renderHeader()}
        ${this.phase === 'signed' || this.submission.state.status === 'received' ? nothing : renderDraftNotice(this.drafts, { t, locale: this.i18n.locale, onStartOver: () => void this.drafts.startOver() })}
        ${this.submission.state.status === 'received'
          ? this.signing!.renderReceipt(this.submission.state, { t, locale: this.i18n.locale })
          : this.phase === 'signed' && this.receipt
          ? this.renderReceipt(this.receipt)
          : html`
              <p part="progress" class="progress">
                ${t('form.stepOf', { n: this.stepIndex + 1, total: steps.length })}
              </p>
              ${this.renderSummary()}
              <section part="step" data-step=${this.currentStep} aria-labelledby="step-heading">
                <h2 id="step-heading" data-step-heading tabindex="-1">${t(steps[this.stepIndex].title)}</h2>
                ${['documents', 'review', 'sign'].includes(this.currentStep) ? this.renderBudget() : nothing}
                ${this.currentStep === 'documents' ? nothing : this.renderStep()}
                <!-- The uploaders stay in the page on every step: they hold the files (and go on compressing). -->
                <div class="documents-step" ?hidden=${this.currentStep !== 'documents'}>${this.renderDocuments()}</div>
                ${this.currentStep === 'documents' ? this.renderNav(t('form.continue'), () => this.next()) : nothing}
              </section>
            `}
        <div class="visually-hidden" role="status" aria-live="polite">${this.liveText()}</div>
      </div>
    `;
  }

  /** @internal */
  protected liveText(): string {
    return '';
  }

  /** Extension point: the service name, the window and the one-application notice above every step. */
  protected renderHeader(): TemplateResult {
    const { t } = this.i18n;
    const window = this.window;
    return html`
      <header part="header" class="header">
        <p class="service-name">${t(`service.${this.definition.service}`)}</p>
        <slot name="header"></slot>
        ${window
          ? html`<p part="notice" id="window" class="notice ${window.open ? '' : 'notice-closed'}" data-window=${window.open ? 'open' : window.code!} tabindex="-1">
              ${this.windowText(window)}
            </p>`
          : nothing}
        ${(this.definition.notices ?? []).map((key) => html`<p part="notice" class="notice">${t(key)}</p>`)}
      </header>
    `;
  }

  /** Extension point: the error summary (role="alert", links to the fields) of the current step. */
  protected renderSummary(): TemplateResult | typeof nothing {
    if (!this.summary.length) return nothing;
    const { t } = this.i18n;
    return html`
      <div part="error-summary" class="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
        <div role="alert">
          <h2 id="error-summary-title">${t('form.errorSummaryTitle')}</h2>
          <ul>
            ${this.summary.map(
              (entry) => html`<li><a href="#${entry.target}" @click=${(e: Event) => this.onSummaryClick(e, entry.target)}>${entry.message}</a></li>`,
            )}
          </ul>
        </div>
      </div>
    `;
  }

  /** Extension point: the current step (a question step, review, sign) below the header. */
  protected renderStep(): TemplateResult {
    const step = this.currentStep;
    const question = this.definition.steps.find((s) => s.id === step);
    if (question) return this.renderQuestionStep(question);
    if (step === 'review') return this.renderReview();
    return this.renderSign();
  }

  /** Extension point: Back and the primary button (Continue, Send) of a step. */
  protected renderNav(primary: TemplateResult | string, onPrimary: () => void, primaryId = 'continue'): TemplateResult {
    const { t } = this.i18n;
    return html`
      <div class="nav">
        <!-- aria-disabled, not disabled: a disabled button would drop the keyboard focus to <body>. -->
        <button
          part="button button-primary"
          id=${primaryId}
          class="primary"
          type="button"
          aria-disabled=${this.checking ? 'true' : 'false'}
          @click=${onPrimary}
        >${primary}</button>
        ${this.stepIndex > 0
          ? html`<button part="button" type="button" class="secondary" @click=${() => this.back()}>${t('form.back')}</button>`
          : nothing}
      </div>
    `;
  }

  /** Extension point: one of the definition's question steps, its fields from the definition. */
  protected renderQuestionStep(step: StepDefinition): TemplateResult {
    const { t, locale } = this.i18n;
    return html`
      ${step.intro ? html`<p class="intro">${t(step.intro)}</p>` : nothing}
      ${step.fields.some((f) => f.kind === 'iin') && this.lookup.status !== 'idle'
        ? html`<p part="notice" class="notice" role="status" data-lookup=${this.lookup.status}>${t(`journey.lookup${this.lookup.status[0]!.toUpperCase()}${this.lookup.status.slice(1)}`)}</p>`
        : nothing}
      <div class="fields" @keydown=${(e: KeyboardEvent) => this.onFieldKeydown(e)}>
        ${this.form.visibleFields(step).map((field) =>
          renderField({
            field,
            value: this.form.get(field.path),
            error: this.errorText(step, field),
            warnings: this.form.shownWarnings(step, field).map((w) => this.issueText(w, field)),
            t,
            locale,
            schools: this.schools,
            fromRecords: this.lookup.fromRecords.has(field.path),
            suggestion: field.path === 'child.birthDate' ? this.birthDateSuggestion() : undefined,
            onInput: (value) => this.onFieldInput(field, value),
            onBlur: () => this.onFieldBlur(field),
          }),
        )}
      </div>
      ${step === this.definition.steps[this.definition.steps.length - 1]
        ? html`<!-- The checklist follows the answers as they are given, before the documents step. -->
            <doc-checklist class="checklist-preview" heading-level="3" preview .items=${this.form.checklist} .provided=${this.attached}></doc-checklist>`
        : nothing}
      ${this.renderNav(t('form.continue'), () => this.next())}
    `;
  }

  /** The IIN's date digits as a date of birth to offer (never filled in unasked: since 2013 they need not match). */
  private birthDateSuggestion(): string | undefined {
    const birthDate = this.form.get('child.birthDate');
    if (typeof birthDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(birthDate)) return undefined;
    const result = validateIin(String(this.form.get('child.iin') ?? ''));
    return result.valid ? result.birthDate : undefined;
  }

  /** Enter in a one-line field continues, as it submits a native form. */
  private onFieldKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing || event.defaultPrevented) return;
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLInputElement) || ['button', 'submit', 'file', 'reset'].includes(target.type)) return;
    event.preventDefault();
    target.dispatchEvent(new Event('change', { bubbles: true }));
    this.form.touch(this.pathOfId(target.id) ?? target.id);
    void this.next();
  }

  private errorText(step: StepDefinition, field: FieldDefinition): string | undefined {
    const issue = this.form.shownError(step, field);
    return issue ? this.issueText(issue, field) : undefined;
  }

  /** Extension point: the 5 MB budget meter shown from the documents step on. */
  protected renderBudget(): TemplateResult {
    const { t, locale } = this.i18n;
    const used = this.pool.used;
    const budget = this.pool.budget;
    const level = budgetLevel(used, budget);
    // data-state keeps its values (ok, near, over); the thresholds are the one rule in upload/display.
    const state = level === 'over' ? 'over' : level === 'ok' ? 'ok' : 'near';
    return html`
      <div part="budget" id="budget" class="budget" data-state=${state} tabindex="-1">
        <label for="budget-meter">${t('form.budgetLabel')}</label>
        <meter id="budget-meter" min="0" max=${budget} low=${Math.round(budget * BUDGET_HIGH)} high=${Math.round(budget * BUDGET_FULL)} optimum="0" value=${Math.min(used, budget)}></meter>
        <span>${t('form.budgetUsed', { used: formatMegabytes(locale, used), budget: formatMegabytes(locale, budget) })}</span>
      </div>
    `;
  }

  /** Extension point: the checklist with one `<doc-uploader>` per document. */
  protected renderDocuments(): TemplateResult {
    const { t } = this.i18n;
    const items = this.form.checklist;
    return html`
      <p class="intro">${t('form.documentsIntro')}</p>
      <ul class="documents" @change=${(e: Event) => this.onUploaderChange(e)}>
        ${repeat(items, (item) => item.doc, (item) => this.renderDocument(item))}
      </ul>
    `;
  }

  /** Extension point: one checklist item and its uploader. */
  protected renderDocument(item: ChecklistItem): TemplateResult {
    const { t, locale } = this.i18n;
    const status = documentStatus(item, this.attached[item.doc] ?? 0);
    const state = status.state;
    const spec = documentSpec(item.doc);
    const reasonParams: Params = {};
    for (const [key, value] of Object.entries(item.params ?? {})) {
      reasonParams[key] = key === 'status' || key === 'residency' ? translate(locale, `${key}.${value}`) : value;
    }
    return html`
      <li part="checklist-item" class="document" data-doc=${item.doc} data-state=${state}>
        <h3 id="doc-${item.doc}">${t(`document.${item.doc}`)}</h3>
        <p class="doc-meta">
          <span class="doc-state" data-attached=${status.attached} data-total=${status.total}>${status.partial
            ? t('ui.attachedOf', { n: status.attached, total: status.total })
            : t(`state.${state}`)}${!status.partial && status.total > 1 && state !== 'registry'
            ? ` · ${t('ui.attachedOf', { n: status.attached, total: status.total })}`
            : ''}</span> ·
          <span class="doc-reason">${t(`reason.${item.reason}`, reasonParams)}</span>
        </p>
        ${item.state === 'registry'
          ? nothing
          : html`<doc-uploader
              id="uploader-${item.doc}"
              doc=${item.doc}
              name=${item.doc}
              accept=${pickableTypes[spec.kind].join(',')}
              max-files=${item.count}
              ?multiple=${item.count > 1}
              ?required=${item.state === 'required'}
              min-files=${item.state === 'required' ? item.count : 0}
            ><span slot="label">${t(`document.${item.doc}`)}</span></doc-uploader>`}
        ${this.aspectWarnings[item.doc]
          ? html`<p part="warning" class="warning" data-warning="aspect">${t('form.photoAspect')}</p>`
          : nothing}
      </li>
    `;
  }

  /** Extension point: "Check your answers", with change links back to each step. */
  protected renderReview(): TemplateResult {
    const { t, locale } = this.i18n;
    const questionSteps = this.definition.steps;
    const { attachments } = this.collectAttachments();
    return html`
      <div part="review" class="review">
        ${questionSteps.map(
          (step, index) => html`
            <h3>${t(step.title)}</h3>
            <dl class="summary-list">
              ${this.form.visibleFields(step).map(
                (field) => html`<div class="summary-row" data-field=${field.path}>
                  <dt>${t(field.label)}</dt>
                  <dd>${displayValue(field, this.form.get(field.path), t, this.schools) || '—'}</dd>
                  <dd class="change">
                    <a href="#${fieldId(field.path)}" @click=${(e: Event) => {
                      e.preventDefault();
                      this.returnToReview = true;
                      void this.goTo(index, field.path);
                    }}>${t('form.change')}<span class="visually-hidden"> ${t(field.label)}</span></a>
                  </dd>
                </div>`,
              )}
            </dl>
          `,
        )}
        <h3>${t('form.stepDocuments')}</h3>
        <dl class="summary-list">
          ${this.form.checklist.map((item) => {
            const files = attachments.filter((a) => a.doc === item.doc);
            return html`<div class="summary-row" data-doc=${item.doc}>
              <dt>${t(`document.${item.doc}`)}</dt>
              <dd>${item.state === 'registry'
                ? t('state.registry')
                : files.length
                  ? files.map((a) => html`<span class="file">${a.file.name} (${formatSize(locale, a.file.size)})</span>`)
                  : '—'}</dd>
              ${item.state === 'registry' ? nothing : html`<dd class="change">
                <a href="#uploader-${item.doc}" @click=${(e: Event) => {
                  e.preventDefault();
                  void this.goTo(this.steps.findIndex((s) => s.id === 'documents')).then(() => this.focusControl(`uploader-${item.doc}`));
                }}>${t('form.change')}<span class="visually-hidden"> ${t(`document.${item.doc}`)}</span></a>
              </dd>`}
            </div>`;
          })}
        </dl>
        ${this.rules.originalsInPerson ? html`<p part="notice" class="notice">${t('form.inPersonCheck')}</p>` : nothing}
      </div>
      ${this.renderNav(t('form.continue'), () => this.next())}
    `;
  }

  /** Extension point: the signing step (`<sign-panel>`). */
  protected renderSign(): TemplateResult {
    const { t } = this.i18n;
    const window = this.window;
    const closed = window !== undefined && !window.open;
    const submission = this.submission.state;
    if (submission.status === 'sending' || submission.status === 'failed') {
      return html`
        ${submission.status === 'sending'
          ? this.signing!.renderSending({ t, locale: this.i18n.locale })
          : this.signing!.renderFailure(submission, { t, locale: this.i18n.locale }, () => void this.sendSigned(() => this.submission.retry()))}
        ${submission.status === 'failed'
          ? html`<div class="nav"><button part="button" type="button" class="secondary" @click=${() => { this.submission.reset(); void this.back(); }}>${t('form.back')}</button></div>`
          : nothing}
      `;
    }
    return html`
      <p class="intro">${t('form.signIntro')}</p>
      ${closed
        ? html`<p part="notice" class="notice notice-closed">${this.windowText(window!)}</p>`
        : !this.signing
          ? nothing // the sign panel's code is still loading (loadParts)
          : html`<sign-panel
            heading-level="3"
            .signers=${this.panelSigners}
            .data=${this.prepareBytes}
            @signed=${(e: CustomEvent<SignedEventDetail>) => this.onSigned(e)}
          ></sign-panel>`}
      <div class="nav">
        <button part="button" type="button" class="secondary" @click=${() => this.back()}>${t('form.back')}</button>
      </div>
    `;
  }

  /** Extension point: the receipt after signing (the host's reference, child, service, time). */
  protected renderReceipt(detail: SignedDetail): TemplateResult {
    const { t, locale } = this.i18n;
    return this.signing!.renderSigned(detail, { t, locale, inPersonCheck: this.rules.originalsInPerson });
  }

}

