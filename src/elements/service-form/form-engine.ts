// One service form's controllers and how they are wired to its element: the answers (form
// controller), the steps, the error summary, the files, signing, drafts, the host's `submit` and
// `lookupChild`, and the steps after the questions loaded on demand. The element (service-form.ts)
// owns one, renders what it holds and hands it the parent's actions; the views get their data here.
import { adoptStyles, type CSSResultOrNative, type TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import type { FieldDefinition, StepDefinition } from './form-definition.js';
import type { SignedDetail } from '../../signing/payload.js';
import { AttachmentsController, type Attachments } from '../../attachments/attachments.js';
import { budgetContext, BudgetPool } from '../../context/budget.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { DraftController, draftKey } from '../../drafts/draft-shell.js';
import { fieldId, type Answers } from './answers.js';
import { FormController } from './form-controller.js';
import { SubmissionController } from './submission-controller.js';
import { LookupController } from './lookup-controller.js';
import { formSteps, isAfterQuestions, ruleContext, validNow, windowOf, withParents } from './form-config.js';
import { issueText, stepProblems, type ProblemsContext, type SummaryEntry } from './problems.js';
import { ErrorSummary, focusControl, summaryDestination } from './error-summary.js';
import { StepNavigation } from './step-navigation.js';
import { continueOnEnter, type QuestionStepView } from './question-step.js';
import type { DocumentFiles } from './document-files.js';
import type { SignCheck } from './sign-check.js';
import { PartsLoader } from './parts-loader.js';
import type { ServiceForm } from './service-form.js';

/** The code of the steps after the questions (after-questions.ts), once loaded. */
export type AfterQuestions = typeof import('./after-questions.js');

export class FormEngine {
  readonly i18n: LocaleController;
  /** Answers, touched fields, tried steps, and what the rules say of them. */
  readonly form: FormController;
  readonly pool = new BudgetPool();
  private readonly budgetProvider: ContextProvider<typeof budgetContext>;
  /** The application's files per document id: uploaders write to it, the engine reads it (never the DOM). */
  readonly attachments: Attachments;
  /** Files attached per document, photo warnings, files set aside (document-files.ts, with the later steps). */
  private documentFiles?: DocumentFiles;
  /** The error summary of the step shown (made again in a new language). */
  readonly errors: ErrorSummary;
  /** The step shown, Continue and Back. */
  readonly navigation: StepNavigation;
  /** The steps after the questions (documents, review, signing), loaded when first needed. */
  readonly parts: PartsLoader<AfterQuestions>;
  /** The host's `submit`: sending, received (the receipt), failed (retry). */
  readonly submission: SubmissionController;
  /** The checks before signing, the bytes signed, the signed application to the host (made with the later steps). */
  private signCheck?: SignCheck;
  /** Answers, step and processed files kept on the device until signed. */
  readonly drafts: DraftController;
  /** The host's `lookupChild`: prefill from state records. */
  readonly lookup: LookupController;
  /** The budget figures the last update saw (the form draws only `used` and `budget` of the pool). */
  private seenBudget = '';
  /** The later steps' styles were added to the shadow root. */
  private stepsStyled = false;

  constructor(
    readonly host: ServiceForm,
    load: () => Promise<AfterQuestions>,
  ) {
    const definition = host.definition;
    this.i18n = new LocaleController(host, ['forms']);
    this.form = new FormController(host, {
      rules: definition.rules,
      context: () => ruleContext(validNow(host.now), host),
      checklist: () => ({ registry: host.registry, medicalCertificates: host.medicalCertificates }),
    });
    this.form.setAll(withParents(definition, {}));
    this.budgetProvider = new ContextProvider(host, { context: budgetContext, initialValue: this.pool });
    this.attachments = new AttachmentsController(host, { pool: this.pool }).model;
    this.errors = new ErrorSummary(host, () => this.i18n.locale);
    this.parts = new PartsLoader(host, load);
    this.navigation = new StepNavigation(host, {
      steps: () => this.steps,
      questionSteps: () => definition.steps,
      markTried: (step) => this.form.markTried(step),
      problems: () => this.stepSummary(),
      showSummary: (source) => this.errors.show(source),
      focusSummary: () => this.focusSummary(),
      checkBeforeSigning: () => this.checkBeforeSigning(),
      stepChanged: (step) => {
        if (isAfterQuestions(step)) void this.parts.retry(); // a failed load is tried again on the way there
        this.emit('step-change', { step });
      },
      focus: (path) => {
        if (path) focusControl(host.renderRoot, fieldId(path));
        else this.focus('[data-step-heading]');
      },
    });
    this.submission = new SubmissionController(host, {
      submit: () => host.submit,
      now: () => validNow(host.now),
      onReceived: () => void this.drafts.clear('signed'),
      classify: () => this.parts.value!.classifySubmitError,
    });
    this.drafts = new DraftController(host, {
      key: () => draftKey(definition.service, host.draftKey, location),
      ttlDays: () => host.draftTtl,
      enabled: () => !host.noDraft,
      store: () => host.draftStore,
      // With the host's `submit`, the draft stays until the host confirmed receipt.
      keepOnSigned: () => typeof host.submit === 'function',
      getAnswers: () => this.form.answers,
      getStep: () => this.navigation.current,
      attachments: () => this.attachments,
      restore: (draft) => {
        this.form.setAll(withParents(definition, draft.answers));
        // Back where the parent was, short of signing (that starts from a fresh choice).
        const index = this.steps.findIndex((s) => s.id === draft.step && s.id !== 'sign');
        if (index > 0) this.navigation.show(index);
      },
      reset: () => {
        this.form.reset(withParents(definition, {}));
        for (const doc of this.attachments.docs) this.attachments.source(doc)?.formResetCallback?.();
        this.files?.reset();
        this.lookup.reset();
        this.submission.reset();
        this.errors.show();
        void this.navigation.goTo(0);
      },
    });
    this.lookup = new LookupController(host, {
      lookup: () => host.lookupChild,
      set: (path, value) => {
        this.form.set(path, value);
        this.emit('answers-change', { answers: this.form.answers });
      },
    });
    // The parent starts answering: the steps after the questions load while they do.
    host.addEventListener('focusin', () => void this.parts.start(), { once: true });
    host.addEventListener('input', () => void this.parts.start(), { once: true });
    this.pool.addEventListener('usage', this.onPoolChange);
    this.pool.addEventListener('plan', this.onPoolChange);
    void this.budgetProvider;
  }

  /** The signing flow (sign-check.ts), once the later steps' code is there. */
  signing(): SignCheck {
    return (this.signCheck ??= this.parts.value!.signCheck(this));
  }

  /**
   * The files' view (document-files.ts), once the later steps' code is there: until then no
   * uploader exists, so no document has files.
   */
  get files(): DocumentFiles | undefined {
    const parts = this.parts.value;
    if (parts && !this.documentFiles) this.documentFiles = new parts.DocumentFiles(this.host, () => this.attachments);
    return this.documentFiles;
  }

  /** Files attached per document id. */
  get attached(): Record<string, number> {
    return this.files?.attached ?? {};
  }

  /** The checks before signing (they come with the later steps' code, loaded if needed). */
  async checkBeforeSigning(): Promise<boolean> {
    await this.parts.get();
    return this.signing().check();
  }

  /** The application signed (the receipt shows it), and whether it was without the host's `submit`. */
  get signed(): { detail?: SignedDetail; alone: boolean } {
    return { detail: this.signCheck?.receipt, alone: this.signCheck?.signed ?? false };
  }

  get steps() {
    return formSteps(this.host.definition);
  }

  /** The application window now, or undefined when the service has none and the host set none. */
  get window() {
    const host = this.host;
    return windowOf(host.definition, host, host.now(), host.effectiveSchoolYear);
  }

  /**
   * A new plan or usage re-renders the form only when its figures changed: an empty uploader
   * joining the pool as it is rendered re-plans without changing them, and must not schedule a
   * second update of the form from inside its own.
   */
  private readonly onPoolChange = () => {
    if (`${this.pool.used}/${this.pool.budget}` !== this.seenBudget) this.host.requestUpdate();
  };

  /** Before each update of the element (`lang`, `budget`, `schoolYear`: whether they changed). */
  willUpdate(changed: { lang: boolean; budget: boolean; schoolYear: boolean }): void {
    const host = this.host;
    // From the last question step on (its checklist preview), or a draft with files to put back.
    if (this.navigation.index >= host.definition.steps.length - 1 || this.drafts.waitingFiles) void this.parts.start();
    if (this.parts.value && !this.stepsStyled && host.renderRoot) {
      // The later steps' styles after the element's own, as if they had been there from the start.
      this.stepsStyled = true;
      const own = (host.constructor as typeof ServiceForm).elementStyles;
      adoptStyles(host.renderRoot as ShadowRoot, [...own, ...(this.parts.value.styles as CSSResultOrNative[])]);
    }
    if (changed.lang) this.i18n.update();
    if (changed.budget) this.pool.budget = host.budget;
    this.seenBudget = `${this.pool.used}/${this.pool.budget}`;
    this.errors.relocalize();
    this.files?.follow(this.form.checklist);
    if (changed.schoolYear || !('schoolYear' in this.form.answers)) {
      const year = host.effectiveSchoolYear;
      if (this.form.get('schoolYear') !== year) this.form.set('schoolYear', year);
    }
  }

  /** After each update: files set aside go back to a document that returned. */
  updated(): void {
    this.files?.giveBack();
  }

  emit(name: string, detail: unknown): void {
    this.host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  focus(selector: string): void {
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** What the problems are read from. */
  get problems(): ProblemsContext {
    const { t, locale } = this.i18n;
    return { t, locale, questionSteps: this.host.definition.steps, form: this.form, attached: this.attached, pool: this.pool };
  }

  /** The current step's problems as summary entries (localized, each linking to its control). */
  stepSummary(): SummaryEntry[] {
    return stepProblems(this.problems, this.navigation.current);
  }

  async focusSummary(): Promise<void> {
    await this.host.updateComplete;
    this.focus('[part="error-summary"]');
  }

  /** The schema's output (defaults filled, unknown keys dropped): what the payload carries. */
  parsedAnswers(): Answers {
    return this.form.data ?? this.form.answers;
  }

  /** An answer typed or chosen. */
  onFieldInput(field: FieldDefinition, value: unknown): void {
    this.form.set(field.path, value);
    this.lookup.edited(field.path);
    if (field.kind === 'iin') this.lookup.iinChanged(value);
    this.emit('answers-change', { answers: this.form.answers });
    // The summary follows the answers once shown, so a fixed error leaves it.
    this.errors.refresh(() => this.stepSummary());
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    continueOnEnter(event, { questionSteps: this.host.definition.steps, touch: (path) => this.form.touch(path), next: () => void this.navigation.next() });
  };

  readonly onUploaderChange = (event: Event): void => {
    const doc = (event.target as Element).getAttribute('doc');
    if (!doc || !this.files) return;
    this.files.changed(doc);
    this.errors.refresh(() => this.stepSummary());
  };

  readonly onSummaryClick = (event: Event, target: string): void => {
    event.preventDefault();
    const navigation = this.navigation;
    const to = summaryDestination(target, { questionSteps: this.host.definition.steps, stepIndex: navigation.index, currentStep: navigation.current });
    if ('step' in to) {
      void navigation.goTo(to.step, to.path);
    } else if ('documents' in to) {
      navigation.show(navigation.indexOf('documents'));
      this.errors.show();
      void this.host.updateComplete.then(() => focusControl(this.host.renderRoot, target));
    } else {
      focusControl(this.host.renderRoot, target);
    }
  };

  /** "Try again" after the later steps failed to load: focus stays on the step while they load. */
  async retryParts(): Promise<void> {
    const loading = this.parts.retry();
    await this.host.updateComplete;
    this.focus('[data-step-heading]');
    await loading;
    await this.host.updateComplete;
    if (this.parts.status === 'error') this.focus('#parts-retry');
  }

  // ---- what the views get ----------------------------------------------------------------------

  questionView(step: StepDefinition, nav: TemplateResult): QuestionStepView {
    const { t, locale } = this.i18n;
    const questions = this.host.definition.steps;
    return {
      step,
      last: step === questions[questions.length - 1],
      t,
      locale,
      form: this.form,
      schools: this.host.schools,
      lookup: this.lookup,
      attached: this.attached,
      issueText: (issue, field) => issueText(t, issue, field),
      onInput: (field, value) => this.onFieldInput(field, value),
      onBlur: (field) => this.form.touch(field.path),
      onKeydown: this.onKeydown,
      nav,
    };
  }
}
