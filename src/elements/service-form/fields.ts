// Renders one question by its kind, with label, hint, error and warnings tied to the control
// (aria-describedby, aria-invalid). No rule lives here: values go back to the form controller.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Locale, Params } from '../../i18n/localize.js';
import { fieldId } from './answers.js';
import type { FieldDefinition } from './form-definition.js';
import { renderDateInput } from './date-input.js';
import { formatDayNumeric } from '../../rules/index.js';

export interface FieldView {
  field: FieldDefinition;
  value: unknown;
  error?: string;
  warnings: string[];
  t: (key: string, params?: Params) => string;
  locale: Locale;
  schools: { id: string; name: string }[];
  onInput: (value: unknown) => void;
  onBlur: () => void;
  /** The answer came from state records (the host's `lookupChild`): said next to the label. */
  fromRecords?: boolean;
  /** A date offered for a date field ('YYYY-MM-DD', from the IIN's digits). */
  suggestion?: string;
}

function describedBy(id: string, view: FieldView): string | typeof nothing {
  const ids = [
    view.field.hint || view.field.kind === 'date' ? `${id}-hint` : '',
    view.error ? `${id}-error` : '',
    view.warnings.length ? `${id}-warning` : '',
  ].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

function messages(id: string, view: FieldView): TemplateResult {
  const { t } = view;
  return html`
    ${view.field.hint || view.field.kind === 'date'
      ? html`<p part="hint" class="hint" id="${id}-hint">${t(view.field.hint ?? 'journey.dateHint')}</p>`
      : nothing}
    ${view.error
      ? html`<p part="error-message" class="error-message" id="${id}-error">
          <span class="visually-hidden">${t('form.errorPrefix')}</span> ${view.error}
        </p>`
      : nothing}
    ${view.warnings.length
      ? html`<p part="warning" class="warning" id="${id}-warning">${view.warnings.join(' ')}</p>`
      : nothing}
  `;
}

function labelText(view: FieldView): TemplateResult {
  const { t, field } = view;
  return html`${t(field.label)}${field.optional ? html` <span class="optional">(${t('form.optional')})</span>` : nothing}${view.fromRecords
    ? html` <span part="from-records" class="from-records" data-from-records>${t('journey.fromRecords')}</span>`
    : nothing}`;
}

function optionLabel(view: FieldView, option: string): string {
  const ns = view.field.optionLabels;
  return ns ? view.t(`${ns}.${option}`) : option;
}

export function renderField(view: FieldView): TemplateResult {
  const { field } = view;
  const id = fieldId(field.path);
  const invalid = view.error ? 'true' : 'false';
  const wrapperClass = `field ${view.error ? 'field-error' : ''}`;

  if (field.kind === 'choice' || field.kind === 'multi' || field.kind === 'yes-no') {
    return renderGroup(view, id, wrapperClass);
  }
  if (field.kind === 'school' && view.schools.length) {
    return html`
      <div part="field" class=${wrapperClass} data-field=${field.path}>
        <label part="label" for=${id}>${labelText(view)}</label>
        ${messages(id, view)}
        <select
          id=${id}
          aria-invalid=${invalid}
          aria-describedby=${describedBy(id, view)}
          .value=${live(String(view.value ?? ''))}
          @change=${(e: Event) => view.onInput((e.target as HTMLSelectElement).value || undefined)}
          @blur=${view.onBlur}
        >
          <option value="">${view.t('form.chooseSchool')}</option>
          ${view.schools.map((s) => html`<option value=${s.id} ?selected=${s.id === view.value}>${s.name}</option>`)}
        </select>
      </div>
    `;
  }
  if (field.kind === 'textarea') {
    return html`
      <div part="field" class=${wrapperClass} data-field=${field.path}>
        <label part="label" for=${id}>${labelText(view)}</label>
        ${messages(id, view)}
        <textarea
          id=${id}
          rows="5"
          aria-invalid=${invalid}
          aria-describedby=${describedBy(id, view)}
          .value=${live(view.value === undefined || view.value === null ? '' : String(view.value))}
          @input=${(e: Event) => view.onInput(parseInput(field, (e.target as HTMLTextAreaElement).value))}
          @blur=${view.onBlur}
        ></textarea>
      </div>
    `;
  }
  if (field.kind === 'date') {
    return html`
      <div part="field" class=${wrapperClass} data-field=${field.path}>
        <label part="label" for=${id}>${labelText(view)}</label>
        ${messages(id, view)}
        ${renderDateInput({
          id,
          value: view.value,
          invalid: Boolean(view.error),
          describedBy: describedBy(id, view),
          t: view.t,
          onInput: view.onInput,
          onBlur: view.onBlur,
          suggestion: view.suggestion,
        })}
      </div>
    `;
  }
  const type = 'text';
  const numeric = field.kind === 'iin' || field.kind === 'number';
  return html`
    <div part="field" class=${wrapperClass} data-field=${field.path}>
      <label part="label" for=${id}>${labelText(view)}</label>
      ${messages(id, view)}
      <input
        id=${id}
        class=${field.kind === 'iin' ? 'input-iin' : field.kind === 'number' ? 'input-number' : ''}
        type=${type}
        inputmode=${numeric ? (field.kind === 'number' ? 'decimal' : 'numeric') : nothing}
        autocomplete=${field.autocomplete ?? (field.kind === 'iin' ? 'off' : nothing)}
        spellcheck=${field.kind === 'text' || field.kind === 'school' ? nothing : 'false'}
        aria-invalid=${invalid}
        aria-describedby=${describedBy(id, view)}
        .value=${live(view.value === undefined || view.value === null ? '' : String(view.value))}
        @input=${(e: Event) => view.onInput(parseInput(field, (e.target as HTMLInputElement).value))}
        @change=${(e: Event) => view.onInput(parseInput(field, (e.target as HTMLInputElement).value))}
        @blur=${view.onBlur}
      />
    </div>
  `;
}

/** Text as typed; numbers as numbers when they parse (the schema reports what does not). */
function parseInput(field: FieldDefinition, raw: string): unknown {
  // A pasted IIN keeps only its digits' order: spaces, dashes and dots people group it with go.
  if (field.kind === 'iin') return raw.replace(/[\s\-\u2010-\u2015.]+/g, '');
  if (field.kind === 'number') {
    const trimmed = raw.trim().replace(',', '.');
    if (trimmed === '') return undefined;
    const n = Number(trimmed);
    // A number only when it reads back as typed: mid-typing "7," or "7.0" stays text, or the
    // re-render would write "7" into the input and eat the separator before the next key.
    return Number.isFinite(n) && String(n) === trimmed ? n : raw.trim();
  }
  return raw === '' ? undefined : raw;
}

function renderGroup(view: FieldView, id: string, wrapperClass: string): TemplateResult {
  const { field, t } = view;
  const multi = field.kind === 'multi';
  const options = field.kind === 'yes-no' ? ['yes', 'no'] : (field.options ?? []);
  const selected = (option: string): boolean => {
    if (field.kind === 'yes-no') return (option === 'yes' && view.value === true) || (option === 'no' && view.value === false);
    if (multi) return Array.isArray(view.value) && view.value.includes(option);
    return view.value === option;
  };
  const change = (option: string, checked: boolean): void => {
    if (field.kind === 'yes-no') view.onInput(option === 'yes');
    else if (multi) {
      const current = Array.isArray(view.value) ? (view.value as string[]) : [];
      const next = checked ? [...new Set([...current, option])] : current.filter((v) => v !== option);
      // Keep the rules' order of options, whatever the order of clicks.
      view.onInput(options.filter((o) => next.includes(o)));
    } else view.onInput(option);
  };
  return html`
    <div part="field" class=${wrapperClass} data-field=${field.path}>
      <fieldset aria-describedby=${describedBy(id, view)}>
        <legend part="label" id="${id}-legend">${labelText(view)}</legend>
        ${messages(id, view)}
        <div class="options ${field.kind === 'yes-no' ? 'inline' : ''}">
          ${options.map(
            (option, i) => html`<div class="option">
              <input
                id=${i === 0 ? id : `${id}-${option}`}
                type=${multi ? 'checkbox' : 'radio'}
                name=${id}
                value=${option}
                aria-invalid=${view.error ? 'true' : 'false'}
                .checked=${live(selected(option))}
                @change=${(e: Event) => change(option, (e.target as HTMLInputElement).checked)}
                @blur=${view.onBlur}
              />
              <label for=${i === 0 ? id : `${id}-${option}`}>${field.kind === 'yes-no' ? t(`form.${option}`) : optionLabel(view, option)}</label>
            </div>`,
          )}
        </div>
      </fieldset>
    </div>
  `;
}

/** An answer in words for the review step. */
export function displayValue(
  field: FieldDefinition,
  value: unknown,
  t: (key: string, params?: Params) => string,
  schools: { id: string; name: string }[],
): string {
  if (value === undefined || value === null || value === '') return '';
  if (field.kind === 'yes-no') return t(value ? 'form.yes' : 'form.no');
  if (field.kind === 'multi') {
    const list = Array.isArray(value) ? (value as string[]) : [];
    return list.length ? list.map((v) => (field.optionLabels ? t(`${field.optionLabels}.${v}`) : v)).join(', ') : t('form.none');
  }
  if (field.kind === 'choice') return field.optionLabels ? t(`${field.optionLabels}.${String(value)}`) : String(value);
  if (field.kind === 'school') return schools.find((s) => s.id === value)?.name ?? String(value);
  if (field.kind === 'date') return formatDayNumeric(String(value));
  return String(value);
}
