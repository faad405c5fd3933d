// The error summary at the top of a step (the GOV.UK pattern): its entries, made again when the
// language changes, focus on a failed Continue, and links that move focus to the field (or uploader)
// after scrolling its label into view, going to the field's step first when it is on another one.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Params } from '../../i18n/localize.js';
import { fieldId } from './answers.js';
import type { StepDefinition } from './form-definition.js';
import type { SummaryEntry } from './problems.js';

export type { SummaryEntry } from './problems.js';

/** How the summary shown was made, so it can be made again in another language. */
export type SummarySource = () => SummaryEntry[];

/** The entries shown and how to make them again; the host renders them (renderErrorSummary). */
export class ErrorSummary {
  /** The entries shown (none: no summary). */
  entries: SummaryEntry[] = [];
  private source?: SummarySource;
  private madeIn?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The host's language now: a summary made in another one is made again. */
    private readonly locale: () => string,
  ) {}

  /** Shows the entries `source` makes (no source: no summary); they are made again when the language changes. */
  show(source?: SummarySource): void {
    this.source = source;
    this.madeIn = this.locale();
    this.entries = source ? source() : [];
    this.host.requestUpdate();
  }

  /** The summary follows the answers once shown (a fixed error leaves it): makes the same summary again. */
  refresh(source: SummarySource): void {
    if (this.entries.length) this.show(source);
  }

  /** Call before rendering: a summary shown in another language is made again in this one. */
  relocalize(): void {
    const locale = this.locale();
    if (this.entries.length && this.source && this.madeIn !== locale) {
      this.madeIn = locale;
      this.entries = this.source();
    }
  }
}

/** Moves focus to a control, its label scrolled into view first (GOV.UK error summary). */
export function focusControl(root: ParentNode, id: string): void {
  const target = root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  if (!target) return;
  const label = root.querySelector<HTMLElement>(`[for="${CSS.escape(id)}"], #${CSS.escape(id)}-legend`);
  (label ?? target).scrollIntoView?.({ block: 'start' });
  target.focus({ preventScroll: true });
}

/** The answer path of a field's control id (`field-child-iin` → `child.iin`), if a question has it. */
export function pathOfId(questionSteps: readonly StepDefinition[], id: string): string | undefined {
  for (const step of questionSteps) {
    for (const field of step.fields) if (fieldId(field.path) === id) return field.path;
  }
  return undefined;
}

/** Where a summary link leads: a field on another question step, the documents step, or a control on this step. */
export type SummaryDestination = { step: number; path: string } | { documents: true } | { focus: string };

export function summaryDestination(
  target: string,
  where: { questionSteps: readonly StepDefinition[]; stepIndex: number; currentStep: string },
): SummaryDestination {
  if (target.startsWith('field-')) {
    const path = pathOfId(where.questionSteps, target);
    const index = where.questionSteps.findIndex((s) => s.fields.some((f) => f.path === path));
    if (path !== undefined && index >= 0 && index !== where.stepIndex) return { step: index, path };
  } else if (where.currentStep !== 'documents' && (target.startsWith('uploader-') || target === 'budget')) {
    return { documents: true };
  }
  return { focus: target };
}

/** The summary: `role="alert"` inside a focusable box titled "There is a problem", one link per entry. */
export function renderErrorSummary(
  entries: readonly SummaryEntry[],
  t: (key: string, params?: Params) => string,
  onClick: (event: Event, target: string) => void,
): TemplateResult | typeof nothing {
  if (!entries.length) return nothing;
  return html`
    <div part="error-summary" class="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
      <div role="alert">
        <h2 id="error-summary-title">${t('form.errorSummaryTitle')}</h2>
        <ul>
          ${entries.map((entry) => html`<li><a href="#${entry.target}" @click=${(e: Event) => onClick(e, entry.target)}>${entry.message}</a></li>`)}
        </ul>
      </div>
    </div>
  `;
}
