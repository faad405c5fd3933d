// Moving between the form's steps: the step shown, Continue (blocked by the step's problems, or by
// the checks before signing on the review step), Back, and "change" links that return to the review.
import type { ReactiveControllerHost } from 'lit';
import type { FormStep } from './form-config.js';
import type { StepDefinition } from './form-definition.js';
import type { SummaryEntry } from './problems.js';

export interface StepNavigationOptions {
  /** Every step, in order (form-config formSteps). */
  steps: () => readonly FormStep[];
  /** The definition's question steps. */
  questionSteps: () => readonly StepDefinition[];
  /** Continue was pressed on this step: its errors show from now on. */
  markTried: (step: string) => void;
  /** The current step's blocking problems (made again while they show). */
  problems: () => SummaryEntry[];
  /** Shows an error summary made by `source` (none: no summary). */
  showSummary: (source?: () => SummaryEntry[]) => void;
  /** Focuses the summary once it rendered. */
  focusSummary: () => Promise<void>;
  /** Leaving the review step: the window, every rule and the host's check (they show their own summary). */
  checkBeforeSigning: () => Promise<boolean>;
  /** Announces the step shown (`step-change`). */
  stepChanged: (step: string) => void;
  /** After the step rendered: focus its heading, or a field (a "change" link). */
  focus: (path?: string) => void;
}

export class StepNavigation {
  /** The index of the step shown. */
  index = 0;
  /** The host's one-application check is running: Continue is not taken twice. */
  checking = false;
  /** A "change" link on the review step brought the parent here: Continue goes back to the review. */
  returnToReview = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: StepNavigationOptions,
  ) {}

  /** The id of the step shown. */
  get current(): string {
    return this.options.steps()[this.index]?.id ?? 'sign';
  }

  /** The index of a step by its id (-1 when the form has none). */
  indexOf(id: string): number {
    return this.options.steps().findIndex((s) => s.id === id);
  }

  /** Shows a step without announcing or focusing it (a restored draft, a summary link to the documents). */
  show(index: number): void {
    this.index = index;
    this.host.requestUpdate();
  }

  /** Goes to a step by index, focusing its heading (or a field, for "change" links). */
  async goTo(index: number, focusPath?: string): Promise<void> {
    this.index = Math.max(0, Math.min(index, this.options.steps().length - 1));
    if (this.current === 'review') this.returnToReview = false;
    this.options.showSummary();
    this.host.requestUpdate();
    this.options.stepChanged(this.current);
    await this.host.updateComplete;
    this.options.focus(focusPath);
  }

  /** Back a step. */
  back(): Promise<void> {
    return this.goTo(this.index - 1);
  }

  /** "Change" on the review step: to the field's step, and back to the review after its Continue. */
  change(index: number, path: string): Promise<void> {
    this.returnToReview = true;
    return this.goTo(index, path);
  }

  /**
   * Continue: the step's errors block it and show in the summary; otherwise the next step (or
   * back to "check your answers" when a change link brought the parent here).
   */
  async next(): Promise<void> {
    if (this.checking) return; // a second press while the host's check runs
    const step = this.current;
    this.options.markTried(step);
    // Leaving the review step is the last moment to block: window, every rule, the host's check.
    if (step === 'review') {
      this.setChecking(true);
      try {
        const ok = await this.options.checkBeforeSigning();
        // The parent may have gone elsewhere (Back, a change link) while the host answered.
        if (ok && this.current === 'review') await this.goTo(this.index + 1);
      } finally {
        this.setChecking(false);
      }
      return;
    }
    if (this.options.problems().length) {
      this.options.showSummary(() => this.options.problems());
      await this.options.focusSummary();
      return;
    }
    const fromQuestions = this.options.questionSteps().some((s) => s.id === step);
    await this.goTo(this.returnToReview && fromQuestions ? this.indexOf('review') : this.index + 1);
  }

  private setChecking(checking: boolean): void {
    this.checking = checking;
    this.host.requestUpdate();
  }
}
