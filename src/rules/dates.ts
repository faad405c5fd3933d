// Calendar dates as 'YYYY-MM-DD' strings and Kazakhstan time (fixed UTC+5), computed with UTC arithmetic only.

/** Kazakhstan has been on UTC+5 everywhere since 1 March 2024; a fixed offset keeps results independent of tzdata and of the process's zone. */
export const KZ_OFFSET_MINUTES = 300;
const KZ_OFFSET_MS = KZ_OFFSET_MINUTES * 60_000;

/** Whether y-m-d (month 1–12) is a real calendar date. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this month.
  const last = new Date(Date.UTC(2000, month, 0));
  last.setUTCFullYear(year, month, 0);
  return day <= last.getUTCDate();
}

/** Parses a strict 'YYYY-MM-DD' that is a real date, else undefined. */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isCalendarDate(year, month, day) ? { year, month, day } : undefined;
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== undefined;
}

/**
 * Reads 'MM-DD' (in `year`) or 'YYYY-MM-DD' (its own year) as a calendar date.
 * Throws RangeError on anything else: a bad configured date is a programming error, not user input.
 */
export function resolveDay(value: string, year: number): { year: number; month: number; day: number } {
  const full = parseIsoDate(value);
  if (full) return full;
  const match = /^(\d{2})-(\d{2})$/.exec(value);
  if (match) {
    const [month, day] = [Number(match[1]), Number(match[2])];
    if (isCalendarDate(year, month, day)) return { year, month, day };
  }
  throw new RangeError(`Not a date in 'MM-DD' or 'YYYY-MM-DD' form: ${JSON.stringify(value)} (year ${year})`);
}

export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The instant 00:00 Kazakhstan time starts on that calendar day. */
export function kzStartOfDay(year: number, month: number, day: number): Date {
  const utc = new Date(Date.UTC(2000, month - 1, day));
  utc.setUTCFullYear(year, month - 1, day); // Date.UTC maps years 0–99 to 1900s
  return new Date(utc.getTime() - KZ_OFFSET_MS);
}

/** The calendar date ('YYYY-MM-DD') in Kazakhstan at an instant. */
export function kzDate(instant: Date): string {
  const shifted = new Date(instant.getTime() + KZ_OFFSET_MS);
  return formatIsoDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** ISO 8601 with the +05:00 offset, e.g. '2026-06-01T09:30:00.000+05:00' (the payload's createdAt). */
export function kzIsoString(instant: Date): string {
  const shifted = new Date(instant.getTime() + KZ_OFFSET_MS);
  return `${shifted.toISOString().slice(0, -1)}+05:00`;
}
