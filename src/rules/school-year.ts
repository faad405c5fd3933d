// Which school year an application is for when the host does not say: computed in Kazakhstan time.
import { kzDate } from './dates.js';

/**
 * `current`: the school year under way (it starts on 1 September), for services pupils use during
 * the year (meals, transport, camps, transfer…). `admission`: the school year being admitted to,
 * for first-grade enrolment, whose window (default 1 June – 1 September) closes on 1 September:
 * from 2 September on, the next admission is the next calendar year's.
 */
export type SchoolYearKind = 'current' | 'admission';

export function defaultSchoolYear(now: Date, kind: SchoolYearKind = 'current'): number {
  const [year, month, day] = kzDate(now).split('-').map(Number);
  if (kind === 'admission') return month > 9 || (month === 9 && day > 1) ? year + 1 : year;
  return month >= 9 ? year : year - 1;
}
