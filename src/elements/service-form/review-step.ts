// "Check your answers": every question step's answers and every document's files, each with a
// "change" link back to it. Loaded with the other steps after the questions (after-questions.ts).
import { html, nothing, type TemplateResult } from 'lit';
import type { ChecklistItem } from '../../rules/index.js';
import type { Attachment } from '../../signing/payload.js';
import { formatSize } from '../../i18n/localize.js';
import { fieldId } from './answers.js';
import { displayValue } from './fields.js';
import type { FieldDefinition, StepDefinition } from './form-definition.js';
import type { StepsText } from './documents-step.js';

export interface ReviewView extends StepsText {
  questionSteps: readonly StepDefinition[];
  visibleFields: (step: StepDefinition) => FieldDefinition[];
  get: (path: string) => unknown;
  schools: { id: string; name: string }[];
  checklist: readonly ChecklistItem[];
  /** The attachments as they will be signed. */
  attachments: readonly Attachment[];
  /** The service's originals are checked in person afterwards. */
  inPersonCheck: boolean;
  /** "Change" on an answer: to its step and field, back here after Continue. */
  onChangeAnswer: (stepIndex: number, path: string) => void;
  /** "Change" on a document: to its uploader on the documents step. */
  onChangeDocument: (doc: string) => void;
  /** Back and Continue. */
  nav: TemplateResult;
}

/** A "change" link, named for screen readers by what it changes. */
function changeLink(t: StepsText['t'], href: string, what: string, onClick: () => void): TemplateResult {
  return html`<dd class="change">
    <a href=${href} @click=${(e: Event) => {
      e.preventDefault();
      onClick();
    }}>${t('form.change')}<span class="visually-hidden"> ${what}</span></a>
  </dd>`;
}

export function renderReview(view: ReviewView): TemplateResult {
  const { t, locale } = view;
  return html`
    <div part="review" class="review">
      ${view.questionSteps.map(
        (step, index) => html`
          <h3>${t(step.title)}</h3>
          <dl class="summary-list">
            ${view.visibleFields(step).map(
              (field) => html`<div class="summary-row" data-field=${field.path}>
                <dt>${t(field.label)}</dt>
                <dd>${displayValue(field, view.get(field.path), t, view.schools) || '—'}</dd>
                ${changeLink(t, `#${fieldId(field.path)}`, t(field.label), () => view.onChangeAnswer(index, field.path))}
              </div>`,
            )}
          </dl>
        `,
      )}
      <h3>${t('form.stepDocuments')}</h3>
      <dl class="summary-list">
        ${view.checklist.map((item) => {
          const files = view.attachments.filter((a) => a.doc === item.doc);
          const name = t(`document.${item.doc}`);
          return html`<div class="summary-row" data-doc=${item.doc}>
            <dt>${name}</dt>
            <dd>${item.state === 'registry'
              ? t('state.registry')
              : files.length
                ? files.map((a) => html`<span class="file">${a.file.name} (${formatSize(locale, a.file.size)})</span>`)
                : '—'}</dd>
            ${item.state === 'registry' ? nothing : changeLink(t, `#uploader-${item.doc}`, name, () => view.onChangeDocument(item.doc))}
          </div>`;
        })}
      </dl>
      ${view.inPersonCheck ? html`<p part="notice" class="notice">${t('form.inPersonCheck')}</p>` : nothing}
    </div>
    ${view.nav}
  `;
}
