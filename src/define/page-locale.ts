// Loads the page's language before an element entry defines its tag, so the first render is
// already in the parent's language; other languages load when an element switches to them.
import { loadLocale } from '../i18n/localize.js';
import type { CataloguePart } from '../i18n/parts.js';
import { defaultLocale } from '../i18n/types.js';
import { toLocale } from '../internal/locale-controller.js';

/** The parts of the page language's catalogue an entry's element shows first (src/i18n/parts.ts). */
export function loadPageLocale(parts: readonly CataloguePart[]): Promise<void> {
  const locale = (typeof document === 'undefined' ? undefined : toLocale(document.documentElement.lang)) ?? defaultLocale;
  return loadLocale(locale, parts).catch(() => {
    // The catalogue could not be fetched: the element still defines, and a later update retries.
  });
}
