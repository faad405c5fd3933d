// The age rule for first grade: the child turns `minAge` (6) by the cut-off (31 December) of the admission year.
import { formatIsoDate, kzDate, parseIsoDate, resolveDay } from './dates.js';

export type AgeOptions = {
  /** The calendar year the school year starts (the answers' schoolYear). */
  admissionYear: number;
  /** Default 6. */
  minAge?: number;
  /** 'MM-DD' of the admission year or a full 'YYYY-MM-DD'; default '12-31'. */
  cutoff?: string;
  /** The clock, for "born in the future"; default the real time. Compared as a Kazakhstan date. */
  now?: Date;
};

export const defaultMinAge = 6;
export const defaultAgeCutoff = '12-31';

/** The cut-off day of the admission year ('YYYY-MM-DD'): the child must be `minAge` on it. */
export function ageCutoffDate(options: Pick<AgeOptions, 'admissionYear' | 'cutoff'>): string {
  const cut = resolveDay(options.cutoff ?? defaultAgeCutoff, options.admissionYear);
  return formatIsoDate(cut.year, cut.month, cut.day);
}

/** The latest birth date that still meets the rule ('YYYY-MM-DD'). */
export function latestBirthDate(options: AgeOptions): string {
  const cut = resolveDay(options.cutoff ?? defaultAgeCutoff, options.admissionYear);
  return formatIsoDate(cut.year - (options.minAge ?? defaultMinAge), cut.month, cut.day);
}

/**
 * `invalid-date` when the birth date is not a date or lies in the future, `child-too-young` when
 * the child is not `minAge` by the cut-off, else undefined. ISO dates compare correctly as strings.
 */
export function checkAge(birthDate: string, options: AgeOptions): 'invalid-date' | 'child-too-young' | undefined {
  const value = birthDate.trim();
  if (!parseIsoDate(value)) return 'invalid-date';
  if (value > kzDate(options.now ?? new Date())) return 'invalid-date';
  if (value > latestBirthDate(options)) return 'child-too-young';
  return undefined;
}
