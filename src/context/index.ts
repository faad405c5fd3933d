// Context keys: what a service form shares with the elements nested inside it.
import { createContext } from '@lit/context';
import type { Locale } from '../i18n/types.js';

/** The locale the nearest form resolved; nested elements follow it unless they set `lang`. */
export const localeContext = createContext<Locale | undefined>(Symbol('egov-locale'));
