// The application window: both days inclusive, in Kazakhstan time (UTC+5), independent of the process's time zone.
import { kzStartOfDay, resolveDay } from './dates.js';

export type WindowDates = {
  /** First day, 'MM-DD' (in the given year) or 'YYYY-MM-DD'. */
  opens: string;
  /** Last day, inclusive, same forms. */
  closes: string;
};

export type WindowStatus = {
  open: boolean;
  code?: 'window-not-open' | 'window-closed';
  /** 00:00 +05:00 on the opening day. */
  opensAt: Date;
  /** The instant right after 23:59:59.999 +05:00 on the closing day (exclusive end). */
  closesAt: Date;
};

/** The page's window for first-grade enrolment (RULES.md); hosts override it, e.g. 04-01 to 08-31 since 2024. */
export const schoolEnrollmentWindow: WindowDates = { opens: '06-01', closes: '09-01' };

/** Default windows by service id; services without an entry are always open. */
export const defaultWindows: Readonly<Record<string, WindowDates>> = {
  'school-enrollment': schoolEnrollmentWindow,
};

export function windowStatus(now: Date, dates: WindowDates, year: number): WindowStatus {
  const first = resolveDay(dates.opens, year);
  const last = resolveDay(dates.closes, year);
  const opensAt = kzStartOfDay(first.year, first.month, first.day);
  // Day + 1 overflows correctly into the next month/year in UTC arithmetic.
  const closesAt = kzStartOfDay(last.year, last.month, last.day + 1);
  if (closesAt.getTime() <= opensAt.getTime()) {
    throw new RangeError(`The window closes (${dates.closes}) before it opens (${dates.opens})`);
  }
  const t = now.getTime();
  if (t < opensAt.getTime()) return { open: false, code: 'window-not-open', opensAt, closesAt };
  if (t >= closesAt.getTime()) return { open: false, code: 'window-closed', opensAt, closesAt };
  return { open: true, opensAt, closesAt };
}
