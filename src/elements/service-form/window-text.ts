// The application window in words (open from/to, not open yet, closed, or the clock unreadable),
// and the form's header that says it under the service's name, with the service's notices.
import { html, nothing, type TemplateResult } from 'lit';
import type { WindowStatus } from '../../rules/window.js';
import { formatDate, type Locale, type Params } from '../../i18n/localize.js';
import type { FormDefinition } from './form-definition.js';

type Translate = (key: string, params?: Params) => string;

/** The sentence the header (and a blocked Continue) says about the window. */
export function windowText(window: WindowStatus, t: Translate, locale: Locale): string {
  if (window.code === 'clock-invalid') return t('error.clock-invalid');
  // The window's end is the first instant after its last day: the day shown is the one before.
  const last = new Date(window.closesAt.getTime() - 1);
  const opens = formatDate(locale, window.opensAt);
  const closes = formatDate(locale, last);
  if (window.code === 'window-not-open') return t('error.window-not-open', { date: opens });
  if (window.code === 'window-closed') return t('error.window-closed', { date: closes });
  return t('form.windowOpen', { opens, closes });
}

/** The header above every step: the service's name, the host's slot, the window, the service's notices. */
export function renderHeader(definition: FormDefinition, window: WindowStatus | undefined, t: Translate, locale: Locale): TemplateResult {
  return html`
    <header part="header" class="header">
      <p class="service-name">${t(`service.${definition.service}`)}</p>
      <slot name="header"></slot>
      ${window
        ? html`<p part="notice" id="window" class="notice ${window.open ? '' : 'notice-closed'}" data-window=${window.open ? 'open' : window.code!} tabindex="-1">
            ${windowText(window, t, locale)}
          </p>`
        : nothing}
      ${(definition.notices ?? []).map((key) => html`<p part="notice" class="notice">${t(key)}</p>`)}
    </header>
  `;
}
