// One file's card in the uploader's list (thumbnail or badge, name, sizes or progress, replace and
// remove), and its thumbnail drawn into a <canvas> (no blob: or data: URLs, which a strict CSP blocks).
import { html, nothing } from 'lit';
import type { Locale } from '../../i18n/types.js';
import { shortenName } from '../../upload/display.js';
import type { Entry } from './types.js';
import { fileSize } from './words.js';

export interface EntryView {
  t: (path: string, params?: Record<string, string | number>) => string;
  locale: Locale;
  disabled: boolean;
  replace(entry: Entry): void;
  remove(entry: Entry): void;
}

/** The name shortened in the middle (the extension stays); the full name is what assistive technology reads. */
export function renderName(name: string) {
  const short = shortenName(name, 28);
  if (short === name) return name;
  return html`<span aria-hidden="true">${short}</span><span class="visually-hidden">${name}</span>`;
}

export function renderEntry(view: EntryView, entry: Entry, index: number) {
  const { t } = view;
  const name = entry.source.name;
  const renamed = entry.name !== name;
  return html`<li part="file" data-status=${entry.status} data-index=${index}>
    ${entry.kind === 'pdf'
      ? html`<span part="thumbnail" class="badge" aria-hidden="true">PDF</span>`
      : html`<canvas part="thumbnail" data-entry=${entry.id} width="1" height="1" aria-hidden="true"></canvas>`}
    <div class="meta">
      <span part="file-name" title=${name}>${renderName(name)}${renamed
          ? html` <span class="renamed">(${t('upload.renamed', { name: entry.name })})</span>`
          : nothing}</span>
      ${entry.status === 'done' && entry.result
        ? html`<span part="file-size">${t('upload.sizes', {
            original: fileSize(t, view.locale, entry.source.size),
            final: fileSize(t, view.locale, entry.result.size),
          })}</span>`
        : html`<span part="file-size">${entry.status === 'queued' ? t('upload.queued') : t('upload.processing')}</span>
            <progress
              part="progress"
              max="100"
              .value=${Math.round(entry.progress * 100)}
              aria-label=${t('upload.progressLabel', { name })}
            ></progress>`}
    </div>
    <div class="actions">
      <button
        part="replace-button"
        type="button"
        ?disabled=${view.disabled}
        aria-label=${t('upload.replaceFile', { name })}
        @click=${() => view.replace(entry)}
      >
        ${t('upload.replace')}
      </button>
      <button
        part="remove-button"
        type="button"
        ?disabled=${view.disabled}
        aria-label=${t('upload.removeFile', { name })}
        @click=${() => view.remove(entry)}
      >
        ${t('upload.remove')}
      </button>
    </div>
  </li>`;
}

/** Draws each entry's thumbnail into its canvas, once. */
export function drawThumbnails(root: ParentNode, entries: readonly Entry[]): void {
  for (const canvas of root.querySelectorAll<HTMLCanvasElement>('canvas[data-entry]')) {
    if (canvas.dataset.drawn === '1') continue;
    const entry = entries.find((e) => e.id === canvas.dataset.entry);
    if (!entry?.thumbnail) continue;
    canvas.width = entry.thumbnail.width;
    canvas.height = entry.thumbnail.height;
    canvas.getContext('2d')?.drawImage(entry.thumbnail, 0, 0);
    canvas.dataset.drawn = '1';
  }
}
