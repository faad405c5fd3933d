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
  /** Why it is shut; `clock-invalid` when `now` is not a valid instant (the dates are still given). */
  code?: 'window-not-open' | 'window-closed' | 'clock-invalid';
  /** 00:00 +05:00 on the opening day. */
  opensAt: Date;
  /** The instant right after 23:59:59.999 +05:00 on the closing day (exclusive end). */
  closesAt: Date;
};

/** The page's window for first-grade enrolment (docs/rules.md); hosts override it, e.g. 04-01 to 08-31 since 2024. */
export const schoolEnrollmentWindow: WindowDates = { opens: '06-01', closes: '09-01' };

/** Default windows by service id; services without an entry are always open. */
export const defaultWindows: Readonly<Record<string, WindowDates>> = {
  'school-enrollment': schoolEnrollmentWindow,
};

/**
 * Whether the window is open at `now`. A bad configuration (dates, or a window that closes before
 * it opens) throws RangeError: it is the host's programming error. A clock that gives no valid
 * instant (`new Date(NaN)`, from a host's `now` function) is a fact of the moment, not a
 * configuration: the window is shut with `clock-invalid`, so a form still renders and says so
 * rather than throwing from its render, and nothing is signed until the clock is fixed.
 */
export function windowStatus(now: Date, dates: WindowDates, year: number): WindowStatus {
  const first = resolveDay(dates.opens, year);
  const last = resolveDay(dates.closes, year);
  const opensAt = kzStartOfDay(first.year, first.month, first.day);
  // Day + 1 overflows correctly into the next month/year in UTC arithmetic.
  const closesAt = kzStartOfDay(last.year, last.month, last.day + 1);
  if (closesAt.getTime() <= opensAt.getTime()) {
    throw new RangeError(`The window closes (${dates.closes}) before it opens (${dates.opens})`);
  }
  const t = typeof now?.getTime === 'function' ? now.getTime() : Number.NaN;
  if (!Number.isFinite(t)) return { open: false, code: 'clock-invalid', opensAt, closesAt };
  if (t < opensAt.getTime()) return { open: false, code: 'window-not-open', opensAt, closesAt };
  if (t >= closesAt.getTime()) return { open: false, code: 'window-closed', opensAt, closesAt };
  return { open: true, opensAt, closesAt };
}
