// The form engine's element: its public API, and what the engine (form-engine.ts: controllers, rules
// asked of src/rules) holds, rendered through the step views, some loaded on demand (after-questions.ts).
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ChecklistItem } from '../../rules/index.js';
import type { WindowStatus } from '../../rules/window.js';
import type { Signer } from '../../signing/signer.js';
import type { SignPanelSigners } from '../sign-panel/sign-panel.js';
import type { SignedDetail } from '../../signing/payload.js';
import type { LocaleController } from '../../internal/locale-controller.js';
import { tokens, visuallyHidden } from '../../styles/tokens.js';
import type { DraftController, DraftStoreLike } from '../../drafts/draft-shell.js';
import { renderDraftNotice } from '../../drafts/draft-notice.js';
import { styles } from './service-form.styles.js';
import type { Answers } from './answers.js';
import type { FormDefinition, StepDefinition } from './form-definition.js';
import type { SubmissionController, SubmitCallback } from './submission-controller.js';
import type { LookupChild, LookupController } from './lookup-controller.js';
import { formSteps, isAfterQuestions, schoolYearOf, validNow, withParents } from './form-config.js';
import { renderHeader } from './window-text.js';
import { renderErrorSummary } from './error-summary.js';
import { renderQuestionStep } from './question-step.js';
import { FormEngine, type AfterQuestions } from './form-engine.js';
import { renderPartsState } from './parts-loader.js';

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
 * @csspart notice - A notice (window, one application, originals in person, the later steps loading or failed to load).
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
  static override styles = [tokens, visuallyHidden, styles];

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

  /** @internal One form's controllers, wired to this element (form-engine.ts). */
  protected readonly engine = new FormEngine(this, () => this.loadAfterQuestions());
  /** @internal */
  protected readonly i18n: LocaleController = this.engine.i18n;
  /** @internal Answers, step and processed files kept on the device until signed. */
  protected readonly drafts: DraftController = this.engine.drafts;
  /** The host's `submit`: sending, received (the receipt), failed (retry). */
  protected readonly submission: SubmissionController = this.engine.submission;
  /** The host's `lookupChild`: prefill from state records. */
  protected readonly lookup: LookupController = this.engine.lookup;

  constructor() {
    super();
    this.medicalCertificates = 'optional';
    this.noDraft = false;
    this.draftTtl = 7;
    this.budget = 5_000_000;
    this.registry = {};
    this.schools = [];
    this.now = () => new Date();
  }

  /** @internal Also waits for a language loaded on a switch (LocaleController.ready) and for the later steps being loaded. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    await this.i18n.settled();
    await this.engine.parts.settled;
    if (this.isUpdatePending) done = await super.getUpdateComplete();
    return done;
  }

  get definition(): FormDefinition {
    return (this.constructor as typeof ServiceForm).definition;
  }

  /** The current answers (prefill by setting them; read them at any time). */
  get answers(): Answers {
    return this.engine.form.answers;
  }

  set answers(value: Answers) {
    const old = this.engine.form.answers;
    this.engine.form.setAll(withParents(this.definition, value ?? {}));
    this.requestUpdate('answers', old);
  }

  /** The current checklist as data (`requiredDocuments` for the current answers and registry). */
  requiredDocuments(): ChecklistItem[] {
    return this.engine.form.checklist;
  }

  /** The steps in order: the service's questions, then documents, review and signing. */
  get steps(): { id: string; title: string }[] {
    return formSteps(this.definition);
  }

  /** The id of the step shown (a question step of the definition, `documents`, `review` or `sign`). */
  get currentStep(): string {
    return this.engine.navigation.current;
  }

  /** @internal */
  protected get stepIndex(): number {
    return this.engine.navigation.index;
  }

  /** The school year the application is for. */
  get effectiveSchoolYear(): number {
    return schoolYearOf(this.definition, this.schoolYear, validNow(this.now));
  }

  /** The application window now, or undefined when the service has none and the host set none. */
  get window(): WindowStatus | undefined {
    return this.engine.window;
  }

  /** @internal Loads the later steps' elements, text and code (after-questions.ts) when first needed (form-engine.ts says when). */
  protected loadAfterQuestions(): Promise<AfterQuestions> {
    return Promise.all([
      this.i18n.need(['files', 'upload', 'steps']),
      import('../../define/doc-checklist.js'),
      import('../../define/doc-uploader.js'),
      import('../../define/sign-panel.js'),
      import('./after-questions.js'),
    ]).then((loaded) => loaded[4]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.engine.willUpdate({ lang: changed.has('lang'), budget: changed.has('budget'), schoolYear: changed.has('schoolYear') });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.engine.updated();
  }

  /** Goes to a step by index, focusing its heading (or a field, for "change" links). */
  goTo(index: number, focusPath?: string): Promise<void> {
    return this.engine.navigation.goTo(index, focusPath);
  }

  /**
   * Continue: the step's errors block it and show in the summary; otherwise the next step (or
   * back to "check your answers" when a change link brought the parent here).
   */
  next(): Promise<void> {
    return this.engine.navigation.next();
  }

  /** Goes to the previous step, as the Back button does. */
  back(): Promise<void> {
    return this.engine.navigation.back();
  }

  /**
   * Checks everything that must hold before signing: the window is open, every answer and
   * document passes the rules, and the host's one-application check says no earlier application.
   * Shows the problems in the error summary and resolves false when any fails.
   */
  checkBeforeSigning(): Promise<boolean> {
    return this.engine.checkBeforeSigning();
  }

  /** The submission's state: `idle`, `sending`, `received` or `failed` (with its code). */
  get submissionStatus(): { status: string; code?: string; reference?: string } {
    return this.submission.status;
  }

  /** @internal The later steps' views, once loaded. */
  protected get views(): AfterQuestions {
    return this.engine.parts.value!;
  }

  protected override render(): TemplateResult {
    const { t, locale } = this.i18n;
    const submission = this.submission.state;
    const signed = this.engine.signed;
    return html`
      <div part="base" class="base">
        ${this.renderHeader()}
        ${signed.alone || submission.status === 'received'
          ? nothing
          : renderDraftNotice(this.drafts, { t, locale, onStartOver: () => void this.drafts.startOver() })}
        ${submission.status === 'received'
          ? this.views.renderReceipt(submission, { t, locale })
          : signed.alone && signed.detail
            ? this.renderReceipt(signed.detail)
            : this.renderSteps()}
        <div class="visually-hidden" role="status" aria-live="polite">${this.liveText()}</div>
      </div>
    `;
  }

  /** Progress, summary and the step shown; once loaded, the uploaders stay in the page on every step. */
  private renderSteps(): TemplateResult {
    const { t } = this.i18n;
    const steps = this.steps;
    const step = this.currentStep;
    const later = isAfterQuestions(step);
    const loaded = this.engine.parts.status === 'complete';
    return html`
      <p part="progress" class="progress">${t('form.stepOf', { n: this.stepIndex + 1, total: steps.length })}</p>
      ${this.renderSummary()}
      <section part="step" data-step=${step} aria-labelledby="step-heading">
        <h2 id="step-heading" data-step-heading tabindex="-1">${t(steps[this.stepIndex].title)}</h2>
        ${later && !loaded
          ? renderPartsState(this.engine.parts.status, this.i18n.t, { retry: () => void this.engine.retryParts(), back: () => void this.back() })
          : html`${later ? this.renderBudget() : nothing}
              ${step === 'documents' ? nothing : this.renderStep()}
              <!-- The uploaders stay in the page on every step: they hold the files (and go on compressing). -->
              ${loaded ? html`<div class="documents-step" ?hidden=${step !== 'documents'}>${this.renderDocuments()}</div>` : nothing}
              ${step === 'documents' ? this.renderNav(t('form.continue'), () => this.next()) : nothing}`}
      </section>
    `;
  }

  /** @internal */
  protected liveText(): string {
    return '';
  }

  /** Extension point: the service name, the window and the one-application notice above every step. */
  protected renderHeader(): TemplateResult {
    return renderHeader(this.definition, this.window, this.i18n.t, this.i18n.locale);
  }

  /** Extension point: the error summary (role="alert", links to the fields) of the current step. */
  protected renderSummary(): TemplateResult | typeof nothing {
    return renderErrorSummary(this.engine.errors.entries, this.i18n.t, this.engine.onSummaryClick);
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
        <button part="button button-primary" id=${primaryId} class="primary" type="button" aria-disabled=${this.engine.navigation.checking ? 'true' : 'false'} @click=${onPrimary}>${primary}</button>
        ${this.stepIndex > 0 ? html`<button part="button" type="button" class="secondary" @click=${() => this.back()}>${t('form.back')}</button>` : nothing}
      </div>
    `;
  }

  /** Extension point: one of the definition's question steps, its fields from the definition. */
  protected renderQuestionStep(step: StepDefinition): TemplateResult {
    return renderQuestionStep(this.engine.questionView(step, this.renderNav(this.i18n.t('form.continue'), () => this.next())));
  }

  /** Extension point: the 5 MB budget meter shown from the documents step on. */
  protected renderBudget(): TemplateResult {
    const { t, locale } = this.i18n;
    return this.views.renderBudget({ t, locale, used: this.engine.pool.used, budget: this.engine.pool.budget });
  }

  /** Extension point: the checklist with one `<doc-uploader>` per document. */
  protected renderDocuments(): TemplateResult {
    return this.views.renderDocuments(this.views.documentsView(this.engine), (item) => this.renderDocument(item));
  }

  /** Extension point: one checklist item and its uploader. */
  protected renderDocument(item: ChecklistItem): TemplateResult {
    return this.views.renderDocument(this.views.documentsView(this.engine), item);
  }

  /** Extension point: "Check your answers", with change links back to each step. */
  protected renderReview(): TemplateResult {
    return this.views.renderReview(this.views.reviewView(this.engine, this.renderNav(this.i18n.t('form.continue'), () => this.next())));
  }

  /** Extension point: the signing step (`<sign-panel>`). */
  protected renderSign(): TemplateResult {
    return this.views.renderSign(this.views.signView(this.engine));
  }

  /** Extension point: the receipt after signing (the host's reference, child, service, time). */
  protected renderReceipt(detail: SignedDetail): TemplateResult {
    const { t, locale } = this.i18n;
    return this.views.renderSigned(detail, { t, locale, inPersonCheck: this.definition.rules.originalsInPerson });
  }
}
