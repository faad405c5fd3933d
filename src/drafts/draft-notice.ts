// The draft notice a form shows: "draft restored from <time>" with "start over", drafts off, files to attach again.
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, type Locale, type Params } from '../i18n/localize.js';
import type { DraftController } from './draft-shell.js';

export interface DraftNoticeOptions {
  t: (path: string, params?: Params) => string;
  locale: Locale;
  onStartOver: () => void;
}

const KZ_OFFSET_MS = 5 * 60 * 60 * 1000;

/**
 * A time the parent recognises: day, month and clock time in Kazakhstan (UTC+5, fixed, as the
 * kit's `formatDate` reckons it). Kazakh goes through the kit's `formatDate`, which spells the
 * month out itself: Chromium's `kk` data has no month names ("M06").
 */
export function formatDraftTime(locale: Locale, date: Date): string {
  const kz = new Date(date.getTime() + KZ_OFFSET_MS);
  if (locale === 'kk') {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${formatDate('kk', date)}, ${pad(kz.getUTCHours())}:${pad(kz.getUTCMinutes())}`;
  }
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(kz);
}

/** Nothing while drafts just work: the parent hears about them only when there is something to do. */
export function renderDraftNotice(drafts: DraftController, { t, locale, onStartOver }: DraftNoticeOptions): TemplateResult | typeof nothing {
  const off = drafts.status === 'unavailable';
  const elsewhere = drafts.status === 'signed-elsewhere';
  const restored = drafts.restoredAt && !off && !elsewhere;
  const unsaved = drafts.unsavedFiles;
  if (!off && !elsewhere && !restored && !unsaved.length) return nothing;
  const status = off ? 'off' : elsewhere ? 'signed-elsewhere' : restored ? 'restored' : 'unsaved';
  return html`
    <div part="draft-status" class="notice draft-status ${off ? 'notice-closed' : ''}" data-status=${status}>
      ${elsewhere
        ? html`<p data-draft-signed-elsewhere>
            ${t('drafts.signedElsewhere')}
            <button part="button" type="button" class="secondary" data-start-over @click=${onStartOver}>${t('drafts.startOver')}</button>
          </p>`
        : nothing}
      ${off
        ? html`<p data-draft-off>
            ${t('drafts.off', { reason: t(drafts.error === 'quota' ? 'drafts.reasonQuota' : 'drafts.reasonUnavailable') })}
          </p>`
        : nothing}
      ${restored
        ? html`<p data-draft-restored>
            ${t('drafts.restored', { time: formatDraftTime(locale, drafts.restoredAt!) })}
            <button part="button" type="button" class="secondary" data-start-over @click=${onStartOver}>${t('drafts.startOver')}</button>
          </p>`
        : nothing}
      ${unsaved.length
        ? html`<p id="draft-reattach">${t('drafts.reattach')}</p>
            <ul aria-labelledby="draft-reattach" data-draft-reattach>
              ${unsaved.map(
                (m) => html`<li data-doc=${m.doc}>${t('drafts.reattachItem', { document: t(`document.${m.doc}`), name: m.name })}</li>`,
              )}
            </ul>`
        : nothing}
    </div>
  `;
}
