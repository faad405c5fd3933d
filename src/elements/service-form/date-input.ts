// The kit's own date field: one text input that takes dd.mm.yyyy as parents write it, in every
// locale (a native date input shows mm/dd/yyyy in some browsers and reads "15032020" wrongly).
// Digits are tidied into dd.mm.yyyy as they are typed; the answer is 'YYYY-MM-DD' once it is a real
// day, else the text typed (the rules then say what is wrong: date-incomplete, date-impossible).
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatDayNumeric, maskDayInput, parseDayInput } from '../../rules/index.js';
import type { Params } from '../../i18n/localize.js';

export interface DateInputView {
  id: string;
  value: unknown;
  invalid: boolean;
  describedBy: string | typeof nothing;
  t: (key: string, params?: Params) => string;
  onInput: (value: unknown) => void;
  onBlur: () => void;
  /** A date proposed from elsewhere (the IIN's digits), 'YYYY-MM-DD': offered, never put in unasked. */
  suggestion?: string;
}

/** The answer for typed text: 'YYYY-MM-DD' for a real day, the tidied text otherwise, undefined when empty. */
export function dateAnswer(raw: string): string | undefined {
  const masked = maskDayInput(raw);
  const parsed = parseDayInput(masked);
  if (!parsed) return undefined;
  return 'iso' in parsed ? parsed.iso : masked;
}

function onType(event: Event, view: DateInputView): void {
  const input = event.target as HTMLInputElement;
  const masked = maskDayInput(input.value);
  if (masked !== input.value) input.value = masked;
  view.onInput(dateAnswer(masked));
}

export function renderDateInput(view: DateInputView): TemplateResult {
  const { t, id } = view;
  const shown = typeof view.value === 'string' ? formatDayNumeric(view.value) : '';
  const offer = view.suggestion && view.suggestion !== view.value ? view.suggestion : undefined;
  return html`
    <input
      id=${id}
      class="input-date"
      type="text"
      inputmode="numeric"
      autocomplete="off"
      spellcheck="false"
      placeholder="dd.mm.yyyy"
      maxlength="10"
      data-kind="date"
      aria-invalid=${view.invalid ? 'true' : 'false'}
      aria-describedby=${view.describedBy}
      .value=${live(shown)}
      @input=${(e: Event) => onType(e, view)}
      @change=${(e: Event) => onType(e, view)}
      @blur=${view.onBlur}
    />
    ${offer
      ? html`<p class="suggestion" id="${id}-suggestion">
          <button part="button suggestion" type="button" class="link-button" data-suggest=${offer} aria-describedby="${id}-suggestion-hint"
            @click=${() => view.onInput(offer)}>${t('journey.suggestDate', { date: formatDayNumeric(offer) })}</button>
          <span class="hint" id="${id}-suggestion-hint">${t('journey.suggestDateHint')}</span>
        </p>`
      : nothing}
  `;
}
