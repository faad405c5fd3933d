// Turns ids and error codes into kk/ru/en text; rules never see this file.
// The catalogues are not imported here: an element's entry loads the page's language before it
// defines its tag, and any other language when an element is switched to it (loadLocale), so a
// page carries one language, not three. src/i18n/index.ts (the kit's "." entry) loads all three.
import type { Catalogue, Locale, Params } from './types.js';
import { allParts, type CataloguePart } from './parts.js';
import { formatDay } from './dates.js';
import { formatNumber, interpolate } from './plural.js';

export { dateParam, formatDay } from './dates.js';
export { formatNumber, interpolate, numberParam, plural, withNumber } from './plural.js';

export type { Catalogue, Locale, Message, Params } from './types.js';
export { catalogueParts, allParts, type CataloguePart } from './parts.js';
export { locales, defaultLocale, isLocale } from './types.js';

const catalogues: Partial<Record<Locale, Catalogue>> = {};
const loadedParts: Record<Locale, Set<CataloguePart>> = { kk: new Set(), ru: new Set(), en: new Set() };

// Literal import() calls, one per file and part, so the bundler makes each a chunk of its own.
// Without the build's split (tests, Storybook's dev server) each part is the whole file.
const loaders: Record<Locale, Record<CataloguePart, () => Promise<{ default: Partial<Catalogue> }>>> = {
  kk: { upload: () => import('./kk.js?part=upload'), files: () => import('./kk.js?part=files'), forms: () => import('./kk.js?part=forms'), steps: () => import('./kk.js?part=steps') },
  ru: { upload: () => import('./ru.js?part=upload'), files: () => import('./ru.js?part=files'), forms: () => import('./ru.js?part=forms'), steps: () => import('./ru.js?part=steps') },
  en: { upload: () => import('./en.js?part=upload'), files: () => import('./en.js?part=files'), forms: () => import('./en.js?part=forms'), steps: () => import('./en.js?part=steps') },
};
const loading = new Map<string, Promise<void>>();

/** Makes (part of) a catalogue available to translate() without a network request (src/i18n/index.ts does this for all three). */
export function addCatalogue(locale: Locale, table: Partial<Catalogue>, parts: readonly CataloguePart[] = allParts): void {
  catalogues[locale] = { ...catalogues[locale], ...table } as Catalogue;
  for (const part of parts) loadedParts[locale].add(part);
}

/** Whether translate() has this locale's own text now (for these parts; default all). */
export function isLocaleLoaded(locale: Locale, parts: readonly CataloguePart[] = allParts): boolean {
  return parts.every((part) => loadedParts[locale].has(part));
}

/** Loads a locale's catalogue, or the parts of it an element shows (once; later calls share the first request). */
export function loadLocale(locale: Locale, parts: readonly CataloguePart[] = allParts): Promise<void> {
  return Promise.all(
    parts.map((part) => {
      if (loadedParts[locale].has(part)) return undefined;
      const key = `${locale}/${part}`;
      let pending = loading.get(key);
      if (!pending) {
        pending = loaders[locale][part]().then(
          (module) => addCatalogue(locale, module.default, [part]),
          (error: unknown) => {
            loading.delete(key); // a failed request may be tried again on the next switch
            throw error;
          },
        );
        loading.set(key, pending);
      }
      return pending;
    }),
  ).then(() => undefined);
}

/**
 * The catalogue for a locale (typed: every locale has every key of `en`); until it has loaded,
 * the first loaded one of en, ru, kk, so text is never blank.
 */
export function catalogue(locale: Locale): Catalogue {
  const table = catalogues[locale] ?? catalogues.en ?? catalogues.ru ?? catalogues.kk;
  if (!table) throw new Error(`No catalogue loaded (call loadLocale('${locale}') first)`);
  return table;
}

/** The loaded catalogues to read a key from: the locale's own, then English, then any other loaded one. */
function fallbacks(locale: Locale): Catalogue[] {
  const order: Locale[] = [locale, 'en', 'ru', 'kk'];
  return order.map((l) => catalogues[l]).filter((table): table is Catalogue => table !== undefined);
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
  let message: unknown;
  for (const table of fallbacks(locale)) {
    message = own(own(table, ns), key);
    if (message !== undefined) break;
  }
  if (typeof message === 'function') return (message as (p: Params, l: Locale) => string)(params ?? {}, locale);
  if (typeof message === 'string') return interpolate(message, params ?? {});
  return path;
}

/** Whether a text exists for this key (in English, the reference catalogue). */
export function hasText(path: string): boolean {
  const dot = path.indexOf('.');
  const reference = catalogues.en ?? catalogues.ru ?? catalogues.kk;
  return dot >= 0 && own(own(reference, path.slice(0, dot)), path.slice(dot + 1)) !== undefined;
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
