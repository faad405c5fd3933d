// Turns ids and error codes into kk/ru/en text; rules never see this file.
import en from './en.js';
import kk from './kk.js';
import ru from './ru.js';
import type { Catalogue, Locale, Params } from './types.js';
import { formatDay } from './dates.js';
import { formatNumber, interpolate } from './plural.js';

export { dateParam, formatDay } from './dates.js';
export { formatNumber, interpolate, numberParam, plural, withNumber } from './plural.js';

export type { Catalogue, Locale, Message, Params } from './types.js';
export { locales, defaultLocale, isLocale } from './types.js';

const catalogues: Record<Locale, Catalogue> = { kk, ru, en };

/** The catalogue for a locale (typed: every locale has every key of `en`). */
export function catalogue(locale: Locale): Catalogue {
  return catalogues[locale];
}

/** `table[key]` when the table has it as its own property (never `constructor`, `__proto__`…). */
function own(table: unknown, key: string): unknown {
  return typeof table === 'object' && table !== null && Object.hasOwn(table, key) ? (table as Record<string, unknown>)[key] : undefined;
}

/**
 * Text for `namespace.key` (e.g. `error.iin-checksum`, `document.birth-certificate`).
 * An unknown key returns the key itself so a missing text is visible, never blank. Lookups read
 * the catalogues' own keys only: `error.constructor` is a missing key like any other.
 */
export function translate(locale: Locale, path: string, params: Params = {}): string {
  const dot = path.indexOf('.');
  if (dot < 0) return path;
  const ns = path.slice(0, dot);
  const key = path.slice(dot + 1);
  const message = own(own(own(catalogues, locale), ns), key) ?? own(own(catalogues.en, ns), key);
  if (typeof message === 'function') return (message as (p: Params, l: Locale) => string)(params ?? {}, locale);
  if (typeof message === 'string') return interpolate(message, params ?? {});
  return path;
}

/** Whether a text exists for this key (in English, the reference catalogue). */
export function hasText(path: string): boolean {
  const dot = path.indexOf('.');
  return dot >= 0 && own(own(catalogues.en, path.slice(0, dot)), path.slice(dot + 1)) !== undefined;
}

/** Bytes as megabytes with one decimal ("3,2 МБ"), decimal megabytes as the 5 MB limit is read. */
export function formatMegabytes(locale: Locale, bytes: number): string {
  return formatNumber(locale, bytes / 1_000_000, 1);
}

/**
 * A calendar date in Kazakhstan time (UTC+5, fixed: no browser's time-zone data is trusted), in the
 * locale's words. Kazakh is spelled out here because browsers' locale data for `kk` often lacks
 * month names (Chromium prints "2026 M09 1").
 */
export function formatDate(locale: Locale, date: Date): string {
  const kz = new Date(date.getTime() + 5 * 60 * 60 * 1000);
  return formatDay(locale, kz.getUTCFullYear(), kz.getUTCMonth() + 1, kz.getUTCDate());
}

/** A file size in words: kilobytes under 0.1 MB ("9 KB"), else megabytes with one decimal ("3.2 MB"). */
export function formatSize(locale: Locale, bytes: number): string {
  if (bytes < 100_000) {
    return translate(locale, 'upload.kilobytes', { n: formatNumber(locale, Math.max(1, Math.round(bytes / 1000))) });
  }
  return translate(locale, 'upload.megabytes', { n: formatNumber(locale, bytes / 1_000_000, 1) });
}
