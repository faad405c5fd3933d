// The uploader's view: label and hint, the drop zone with its button and hidden file input, "k of
// N", the budget line, the alerts and notes, the list of files, and the polite live region.
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { BudgetPool } from '../../context/budget.js';
import { detectDevice } from '../../signing/device.js';
import { BUDGET_FULL, BUDGET_HIGH } from '../../upload/display.js';
import { renderEntry, type EntryView } from './entry-view.js';
import { warmCompressor } from './lazy-code.js';
import type { PickDropPaste } from './pick-drop-paste.js';
import type { Entry } from './types.js';
import { mb, typesText } from './words.js';

export interface UploaderView extends EntryView {
  pool: BudgetPool;
  accept: string;
  /** `aria-invalid` on the button. */
  invalid: boolean;
  /** The picker offers more than one file. */
  many: boolean;
  /** Processed files, and how many the document needs ("k of N" when more than one). */
  attached: number;
  expected: number;
  alerts: string[];
  notes: string[];
  entries: readonly Entry[];
  picker: PickDropPaste;
  /** The live region's text. */
  live: string;
}

export function renderUploader(v: UploaderView) {
  const { t, locale, picker } = v;
  const { used, budget } = v.pool;
  return html`
    <div part="base">
      <div part="label" id="label"><slot name="label">${t('upload.label')}</slot></div>
      <div part="hint" id="hint">
        <slot name="hint">${t('upload.acceptedTypes', { types: typesText(v.accept) })}</slot>
      </div>
      <div
        part="drop-zone"
        ?data-dragging=${picker.dragging}
        @dragenter=${picker.onDragOver}
        @dragover=${picker.onDragOver}
        @dragleave=${picker.onDragLeave}
        @drop=${picker.onDrop}
      >
        ${/* Phones and tablets neither drag files nor paste them here: only the button is offered there (a JS comment: not shipped). */
        detectDevice() === 'mobile' ? nothing : html`<span>${v.many ? t('upload.dropHint') : t('upload.dropHintOne')}</span>`}
        <button
          part="button"
          type="button"
          ?disabled=${v.disabled}
          aria-labelledby="label choose"
          aria-describedby="hint budget errors"
          aria-invalid=${v.invalid ? 'true' : 'false'}
          @click=${() => picker.open()}
          @focus=${warmCompressor}
          @pointerenter=${warmCompressor}
        >
          <span id="choose">${v.many ? t('upload.choose') : t('upload.chooseOne')}</span>
        </button>
        <input
          id="input"
          type="file"
          hidden
          accept=${v.accept}
          ?multiple=${v.many}
          ?disabled=${v.disabled}
          @change=${picker.onInputChange}
        />
      </div>
      ${v.expected > 1
        ? html`<p part="count" data-attached=${v.attached} data-total=${v.expected}>
            ${t('ui.attachedOf', { n: v.attached, total: v.expected })}
          </p>`
        : nothing}
      <p part="budget" id="budget">
        <meter
          part="budget-meter"
          min="0"
          max=${budget}
          low=${Math.round(budget * BUDGET_HIGH)}
          high=${Math.round(budget * BUDGET_FULL)}
          optimum="0"
          .value=${Math.min(used, budget)}
          aria-hidden="true"
        ></meter>
        <span>${t('upload.budgetUsed', { used: mb(locale, used), budget: mb(locale, budget) })}</span>
      </p>
      <div id="errors" part="error-message">
        <div role="alert">
          ${v.alerts.length
            ? html`<ul>
                ${v.alerts.map((e) => html`<li>${e}</li>`)}
              </ul>`
            : nothing}
        </div>
        ${v.notes.length
          ? html`<ul class="notes">
              ${v.notes.map((e) => html`<li>${e}</li>`)}
            </ul>`
          : nothing}
      </div>
      ${v.entries.length > 0
        ? html`<ul part="file-list" aria-label=${t('upload.fileList')}>
            ${repeat(
              v.entries,
              (e) => e.id,
              (e, i) => renderEntry(v, e, i),
            )}
          </ul>`
        : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${v.live}</div>
    </div>
  `;
}
