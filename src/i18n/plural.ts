// Plural forms and number formatting, apart from the catalogues so catalogue entries can use them.
import type { Locale, Params } from './types.js';

/** Replaces `{name}` with params.name (own properties only; a missing one stays visible as `{name}`). */
export function interpolate(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Picks the plural form for n with the CLDR rules of the locale (kk: one/other, ru: one/few/many/other). */
export function plural(
  locale: Locale,
  n: number,
  forms: { one: string; few?: string; many?: string; other: string },
): string {
  const category = new Intl.PluralRules(locale).select(n) as keyof typeof forms;
  return interpolate(forms[category] ?? forms.other, { n: formatNumber(locale, n) });
}

export function formatNumber(locale: Locale, n: number, digits = 0): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n);
}

/**
 * A numeric param (a number, or a string of one) when it is there and finite, else undefined:
 * catalogue entries use it to choose a general wording rather than print "NaN".
 */
export function numberParam(params: Params, name: string): number | undefined {
  if (!Object.hasOwn(params, name)) return undefined;
  const value = params[name];
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** `text(n)` for the numeric param `name`, or `general` when it is missing or not a number. */
export function withNumber(params: Params, name: string, general: string, text: (n: number) => string): string {
  const n = numberParam(params, name);
  return n === undefined ? general : text(n);
}
