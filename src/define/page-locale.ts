// Loads the page's language before an element entry defines its tag, so the first render is
// already in the parent's language; other languages load when an element switches to them.
import { loadLocale } from '../i18n/localize.js';
import { defaultLocale } from '../i18n/types.js';
import { toLocale } from '../internal/locale-controller.js';

const pageLocale = (typeof document === 'undefined' ? undefined : toLocale(document.documentElement.lang)) ?? defaultLocale;
await loadLocale(pageLocale).catch(() => {
  // The catalogue could not be fetched: the elements still define, and a later switch retries.
});
