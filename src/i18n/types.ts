// Shapes shared by the three catalogues.
import type en from './en.js';

export const locales = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'kk';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export type Params = Record<string, string | number>;
export type Message = string | ((params: Params, locale: Locale) => string);

/** Every locale has exactly the namespaces and keys of the English catalogue. */
export type Catalogue = { [NS in keyof typeof en]: { [K in keyof (typeof en)[NS]]: Message } };
