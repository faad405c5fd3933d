// Calendar days in kk/ru/en words, apart from the catalogues so catalogue entries can use them.
import type { Locale, Params } from './types.js';

/** Kazakh month names (the form used in dates: "2027 жылғы 1 маусым"). */
const KK_MONTHS = [
  'қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым',
  'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан',
];

/** The same in the dative ("… 31 желтоқсанға дейін", "by 31 December"): -ға/-ге, -қа/-ке by vowel harmony. */
const KK_MONTHS_DATIVE = [
  'қаңтарға', 'ақпанға', 'наурызға', 'сәуірге', 'мамырға', 'маусымға',
  'шілдеге', 'тамызға', 'қыркүйекке', 'қазанға', 'қарашаға', 'желтоқсанға',
];

/**
 * A calendar day (month 1–12) in the locale's words: "2027 жылғы 1 маусым", "1 июня 2027 г.",
 * "June 1, 2027". Kazakh is spelled out because browsers' locale data for `kk` often lacks month
 * names (Chromium prints "2026 M09 1"). `kkCase: 'dative'` puts the Kazakh month in the dative.
 */
export function formatDay(locale: Locale, year: number, month: number, day: number, kkCase: 'nominative' | 'dative' = 'nominative'): string {
  if (locale === 'kk') return `${year} жылғы ${day} ${(kkCase === 'dative' ? KK_MONTHS_DATIVE : KK_MONTHS)[month - 1]}`;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year, month - 1, day); // Date.UTC maps years 0–99 to the 1900s
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/**
 * A date param in words: a 'YYYY-MM-DD' that is a real day is formatted with `formatDay`; any other
 * non-empty string is taken as display text already; anything else is undefined (the caller then
 * uses its general wording).
 */
export function dateParam(locale: Locale, params: Params, name: string, kkCase: 'nominative' | 'dative' = 'nominative'): string | undefined {
  if (!Object.hasOwn(params, name)) return undefined;
  const value = params[name];
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return value.trim();
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(2000, month - 1, day));
  check.setUTCFullYear(year, month - 1, day);
  const real = month >= 1 && month <= 12 && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
  return real ? formatDay(locale, year, month, day, kkCase) : undefined;
}
