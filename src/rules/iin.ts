// The child's IIN: 12 digits with a check digit (docs/reference/kz-facts.md A.2); the date/sex prefix only ever warns.
import { formatIsoDate, isCalendarDate, parseIsoDate } from './dates.js';
import type { ErrorCode } from './errors.js';

export type IinResult = {
  valid: boolean;
  /** Why it is not valid (absent when valid). */
  code?: ErrorCode;
  /** Soft findings: `iin-century-digit`, `iin-date-invalid`, `iin-birthdate-mismatch`. Never block. */
  warnings: ErrorCode[];
  /** The birth date the prefix encodes, when digit 7 gives the century and the prefix is a date. */
  birthDate?: string;
  /** From digit 7 when it is 1–6 (odd male, even female). */
  sex?: 'male' | 'female';
};

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

function weighted(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += digits[i]! * weights[i]!;
  return sum % 11;
}

/**
 * The check digit for the first 11 digits, or `undefined` when both passes give 10:
 * such a number is never issued (majority of independent implementations, docs/reference/kz-facts.md A.2).
 */
export function iinCheckDigit(first11: string): number | undefined {
  if (!/^\d{11}$/.test(first11)) throw new RangeError('iinCheckDigit needs exactly 11 digits');
  const digits = [...first11].map(Number);
  let check = weighted(digits, FIRST_WEIGHTS);
  if (check === 10) check = weighted(digits, SECOND_WEIGHTS);
  return check === 10 ? undefined : check;
}

/** Century of the birth year from digit 7 (1–2: 1800s, 3–4: 1900s, 5–6: 2000s). */
function century(digit7: number): number | undefined {
  return digit7 >= 1 && digit7 <= 6 ? 1800 + Math.floor((digit7 - 1) / 2) * 100 : undefined;
}

/**
 * Checks an IIN: length, digits and check digit are errors; the date/century prefix only warns
 * (docs/reference/kz-facts.md A.1: since 2013 it need not be the birth date). Never throws: a value that is not a
 * string is `iin-format`.
 */
export function validateIin(value: string, options: { birthDate?: string } = {}): IinResult {
  if (typeof value !== 'string') return { valid: false, code: 'iin-format', warnings: [] };
  const iin = value.trim();
  if (iin === '') return { valid: false, code: 'iin-required', warnings: [] };
  if (!/^\d{12}$/.test(iin)) return { valid: false, code: 'iin-format', warnings: [] };

  const check = iinCheckDigit(iin.slice(0, 11));
  if (check === undefined) return { valid: false, code: 'iin-unassignable', warnings: [] };
  if (check !== Number(iin[11])) return { valid: false, code: 'iin-checksum', warnings: [] };

  const warnings: ErrorCode[] = [];
  const result: IinResult = { valid: true, warnings };
  const digit7 = Number(iin[6]);
  const base = century(digit7);
  if (base !== undefined) result.sex = digit7 % 2 === 1 ? 'male' : 'female';
  // Digit 7 outside 1–6 gives no century or sex: a soft hint, as the prefix is no longer binding.
  else warnings.push('iin-century-digit');

  const yy = Number(iin.slice(0, 2));
  const mm = Number(iin.slice(2, 4));
  const dd = Number(iin.slice(4, 6));
  // Without a century, 2000+yy is the most permissive reading (29 February exists whenever yy % 4 == 0).
  const prefixIsDate = isCalendarDate(base === undefined ? 2000 + yy : base + yy, mm, dd);
  if (!prefixIsDate) {
    warnings.push('iin-date-invalid');
    return result;
  }
  if (base !== undefined) result.birthDate = formatIsoDate(base + yy, mm, dd);

  // Since 2013 the prefix need not be the birth date, so a difference only warns.
  const typed = typeof options?.birthDate === 'string' ? parseIsoDate(options.birthDate.trim()) : undefined;
  if (typed) {
    const same =
      typed.month === mm &&
      typed.day === dd &&
      (base === undefined ? typed.year % 100 === yy : typed.year === base + yy);
    if (!same) warnings.push('iin-birthdate-mismatch');
  }
  return result;
}
