// Dates as parents write them: dd.mm.yyyy (any of . / - or space between), to and from 'YYYY-MM-DD'. No DOM.
import { formatIsoDate, isCalendarDate, parseIsoDate, KZ_OFFSET_MINUTES } from './dates.js';

/** Why typed text is not a date: not all of day, month and a four-digit year (`date-incomplete`), or no such day (`date-impossible`). */
export type DayInputCode = 'date-incomplete' | 'date-impossible';

const SEPARATOR = /[.\/\-\s,]/;

/**
 * Tidies what is being typed into `dd.mm.yyyy`: digits only are split as they come ("15032020" →
 * "15.03.2020"), a separator ends the day or month early ("1.3.2020" stays), anything else is dropped.
 * A pasted 'YYYY-MM-DD' is turned round. Idempotent, so it can run on every keystroke.
 */
export function maskDayInput(raw: string): string {
  const text = String(raw ?? '').trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return `${iso[3]}.${iso[2]}.${iso[1]}`;
  const parts = ['', '', ''];
  let field = 0;
  for (const char of text) {
    if (char >= '0' && char <= '9') {
      if (field < 2 && parts[field]!.length === 2) field++;
      if (field === 2 && parts[2]!.length === 4) continue;
      parts[field] += char;
    } else if (SEPARATOR.test(char) && field < 2 && parts[field]!.length > 0) {
      field++;
    }
  }
  return parts[0]! + (field >= 1 ? `.${parts[1]}` : '') + (field >= 2 ? `.${parts[2]}` : '');
}

/**
 * Reads a typed date: `{ iso }` for a real day, `{ code }` for text that is not one, `undefined`
 * for nothing typed. Accepts dd.mm.yyyy (day and month may have one digit) and 'YYYY-MM-DD'.
 */
export function parseDayInput(text: string): { iso: string } | { code: DayInputCode } | undefined {
  const value = String(text ?? '').trim();
  if (value === '') return undefined;
  const iso = parseIsoDate(value);
  if (iso) return { iso: formatIsoDate(iso.year, iso.month, iso.day) };
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { code: 'date-impossible' };
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(maskDayInput(value));
  if (!match) return { code: 'date-incomplete' };
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isCalendarDate(year, month, day) || year < 1000) return { code: 'date-impossible' };
  return { iso: formatIsoDate(year, month, day) };
}

/** What a date answer that is not 'YYYY-MM-DD' is wrong with (the schema's code for it). */
export function dayInputCode(value: string): DayInputCode {
  const parsed = parseDayInput(value);
  return parsed && 'code' in parsed ? parsed.code : parsed ? 'date-incomplete' : 'date-incomplete';
}

/** 'YYYY-MM-DD' as dd.mm.yyyy; anything else is returned as it is (text being typed). */
export function formatDayNumeric(value: string): string {
  const iso = parseIsoDate(String(value ?? '').trim());
  if (!iso) return String(value ?? '');
  return `${String(iso.day).padStart(2, '0')}.${String(iso.month).padStart(2, '0')}.${String(iso.year).padStart(4, '0')}`;
}

/** An instant as dd.mm.yyyy HH:MM in Kazakhstan time (UTC+5, fixed: no browser time-zone data is trusted). */
export function formatKzDateTime(instant: Date): string {
  const kz = new Date(instant.getTime() + KZ_OFFSET_MINUTES * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(kz.getUTCDate())}.${pad(kz.getUTCMonth() + 1)}.${kz.getUTCFullYear()} ${pad(kz.getUTCHours())}:${pad(kz.getUTCMinutes())}`;
}
