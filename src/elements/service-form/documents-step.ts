// The documents step: the shared 5 MB budget meter and the checklist with one `<doc-uploader>` per
// document. Loaded with the other steps after the questions (after-questions.ts).
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { documentSpec, pickableTypes } from '../../rules/documents.js';
import type { ChecklistItem } from '../../rules/index.js';
import { BUDGET_FULL, BUDGET_HIGH, budgetLevel, documentStatus } from '../../upload/display.js';
import { formatMegabytes, translate, type Locale, type Params } from '../../i18n/localize.js';

export interface StepsText {
  t: (key: string, params?: Params) => string;
  locale: Locale;
}

export interface BudgetView extends StepsText {
  used: number;
  budget: number;
}

export interface DocumentsView extends StepsText {
  checklist: readonly ChecklistItem[];
  /** Files attached per document id. */
  attached: Record<string, number>;
  /** Documents with a photo far from its aspect. */
  aspectWarnings: Record<string, boolean>;
  /** An uploader's `change` (its document's files changed). */
  onChange: (event: Event) => void;
}

/** The budget meter: bytes used of the budget, `data-state` ok, near or over. */
export function renderBudget({ t, locale, used, budget }: BudgetView): TemplateResult {
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

/** The checklist, one item per document (`renderDocument` draws each, so a form may draw its own). */
export function renderDocuments(view: DocumentsView, renderDocument: (item: ChecklistItem) => TemplateResult): TemplateResult {
  return html`
    <p class="intro">${view.t('form.documentsIntro')}</p>
    <ul class="documents" @change=${view.onChange} @focusin=${keepFocusClear}>
      ${repeat(view.checklist, (item) => item.doc, renderDocument)}
    </ul>
  `;
}

/**
 * Keeps a focused control of the checklist clear of the sticky budget box (WCAG 2.2 SC 2.4.11, focus
 * not obscured): focus moving backwards, or a link from the error summary, scrolls the control just
 * into view at the top, under the box; then it is scrolled to the middle of the view. Any scroll
 * container works (scrollIntoView), and nothing moves when the control is already clear.
 */
export function keepFocusClear(event: FocusEvent): void {
  const list = event.currentTarget as Element;
  const box = (list.getRootNode() as ParentNode).querySelector?.('[part="budget"]');
  const target = event.composedPath()[0];
  if (!box || !(target instanceof Element)) return;
  const covered = box.getBoundingClientRect();
  const rect = target.getBoundingClientRect();
  if (rect.top < covered.bottom && rect.bottom > covered.top) target.scrollIntoView({ block: 'center' });
}

/** The words of a document's state: "Not attached", "1 of 2 attached", "Attached · 2 of 2". */
export function documentStateText(t: StepsText['t'], item: ChecklistItem, attached: number): string {
  const status = documentStatus(item, attached);
  const ofTotal = t('ui.attachedOf', { n: status.attached, total: status.total });
  if (status.partial) return ofTotal;
  return status.total > 1 && status.state !== 'registry' ? `${t(`state.${status.state}`)} · ${ofTotal}` : t(`state.${status.state}`);
}

/** One checklist item: its name, state and reason, its uploader (none for what the registry holds), the photo warning. */
export function renderDocument(view: DocumentsView, item: ChecklistItem): TemplateResult {
  const { t, locale } = view;
  const status = documentStatus(item, view.attached[item.doc] ?? 0);
  const spec = documentSpec(item.doc);
  const reasonParams: Params = {};
  for (const [key, value] of Object.entries(item.params ?? {})) {
    reasonParams[key] = key === 'status' || key === 'residency' ? translate(locale, `${key}.${value}`) : value;
  }
  return html`
    <li part="checklist-item" class="document" data-doc=${item.doc} data-state=${status.state}>
      <h3 id="doc-${item.doc}">${t(`document.${item.doc}`)}</h3>
      <p class="doc-meta">
        <span class="doc-state" data-attached=${status.attached} data-total=${status.total}>${documentStateText(t, item, status.attached)}</span> ·
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
      ${view.aspectWarnings[item.doc] ? html`<p part="warning" class="warning" data-warning="aspect">${t('form.photoAspect')}</p>` : nothing}
    </li>
  `;
}
