// One of the definition's question steps: its fields (renderField), the state-records lookup notice,
// the date of birth the IIN suggests, Enter to continue, and on the last one the checklist preview.
import { html, nothing, type TemplateResult } from 'lit';
import { validateIin } from '../../rules/iin.js';
import type { RuleIssue } from '../../rules/index.js';
import type { Locale, Params } from '../../i18n/localize.js';
import type { FieldDefinition, StepDefinition } from './form-definition.js';
import type { FormController } from './form-controller.js';
import type { LookupStatus } from './lookup-controller.js';
import { renderField } from './fields.js';
import { pathOfId } from './error-summary.js';

export interface QuestionStepView {
  step: StepDefinition;
  /** The definition's last question step: the checklist follows the answers under it. */
  last: boolean;
  t: (key: string, params?: Params) => string;
  locale: Locale;
  form: FormController;
  schools: { id: string; name: string }[];
  lookup: { status: LookupStatus; fromRecords: ReadonlySet<string> };
  /** Files attached per document id (the checklist preview's `provided`). */
  attached: Record<string, number>;
  issueText: (issue: RuleIssue, field: FieldDefinition) => string;
  onInput: (field: FieldDefinition, value: unknown) => void;
  onBlur: (field: FieldDefinition) => void;
  onKeydown: (event: KeyboardEvent) => void;
  /** Back and Continue. */
  nav: TemplateResult;
}

/** The IIN's date digits as a date of birth to offer (never filled in unasked: since 2013 they need not match). */
export function birthDateSuggestion(get: (path: string) => unknown): string | undefined {
  const birthDate = get('child.birthDate');
  if (typeof birthDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(birthDate)) return undefined;
  const result = validateIin(String(get('child.iin') ?? ''));
  return result.valid ? result.birthDate : undefined;
}

/**
 * Enter in a one-line field continues, as it submits a native form: the field's value is committed
 * (`change`), the field counts as touched, and Continue runs. Returns whether it did.
 */
export function continueOnEnter(
  event: KeyboardEvent,
  options: { questionSteps: readonly StepDefinition[]; touch: (path: string) => void; next: () => void },
): boolean {
  if (event.key !== 'Enter' || event.isComposing || event.defaultPrevented) return false;
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLInputElement) || ['button', 'submit', 'file', 'reset'].includes(target.type)) return false;
  event.preventDefault();
  target.dispatchEvent(new Event('change', { bubbles: true }));
  options.touch(pathOfId(options.questionSteps, target.id) ?? target.id);
  options.next();
  return true;
}

/** The lookup's notice: looking, found, none or failed ("idle" shows nothing). */
function lookupNotice(view: QuestionStepView): TemplateResult | typeof nothing {
  const { status } = view.lookup;
  if (status === 'idle' || !view.step.fields.some((f) => f.kind === 'iin')) return nothing;
  return html`<p part="notice" class="notice" role="status" data-lookup=${status}>${view.t(`journey.lookup${status[0]!.toUpperCase()}${status.slice(1)}`)}</p>`;
}

export function renderQuestionStep(view: QuestionStepView): TemplateResult {
  const { t, locale, step, form } = view;
  return html`
    ${step.intro ? html`<p class="intro">${t(step.intro)}</p>` : nothing}
    ${lookupNotice(view)}
    <div class="fields" @keydown=${view.onKeydown}>
      ${form.visibleFields(step).map((field) => {
        const error = form.shownError(step, field);
        return renderField({
          field,
          value: form.get(field.path),
          error: error ? view.issueText(error, field) : undefined,
          warnings: form.shownWarnings(step, field).map((w) => view.issueText(w, field)),
          t,
          locale,
          schools: view.schools,
          fromRecords: view.lookup.fromRecords.has(field.path),
          suggestion: field.path === 'child.birthDate' ? birthDateSuggestion((path) => form.get(path)) : undefined,
          onInput: (value) => view.onInput(field, value),
          onBlur: () => view.onBlur(field),
        });
      })}
    </div>
    ${view.last
      ? html`<!-- The checklist follows the answers as they are given, before the documents step. -->
          <doc-checklist class="checklist-preview" heading-level="3" preview .items=${form.checklist} .provided=${view.attached}></doc-checklist>`
      : nothing}
    ${view.nav}
  `;
}
