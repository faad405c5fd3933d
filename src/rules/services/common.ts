// Answer fields shared by the services (docs/rules.md "Answer fields the rules read") and the child checks.
import { z } from 'zod/mini';
import '../zod-config.js';
import { ageCutoffDate, checkAge, defaultMinAge } from '../age.js';
import { isIsoDate, kzDate } from '../dates.js';
import { dayInputCode } from '../day-input.js';
import type { RuleIssue } from '../errors.js';
import { ResidencyIdSchema, StatusIdSchema, statusIds, type StatusId } from '../ids.js';
import { validateIin } from '../iin.js';
import type { RuleContext } from '../service.js';

/** A non-empty single-line answer; 200 characters is far above any school or locality name. */
export const TextSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

/** A calendar date 'YYYY-MM-DD'; the message is our error code (validate.ts reads it). */
export const IsoDateSchema = z.string().check(
  z.trim(),
  z.minLength(1),
  // A date typed as the parent writes it and not yet a day: say what is wrong with it (date-incomplete, date-impossible).
  z.superRefine((value, ctx) => {
    if (!isIsoDate(value)) ctx.addIssue({ code: 'custom', message: dayInputCode(value), input: value });
  }),
);

export const ChildSchema = z.object({
  /** Checked by check() (iin-required/-format/-checksum/…) so the codes are the IIN's own. */
  iin: z._default(z.string().check(z.trim()), ''),
  birthDate: IsoDateSchema,
  lastName: TextSchema,
  firstName: TextSchema,
  patronymic: z.optional(z.string().check(z.trim(), z.maxLength(200))),
});
export type Child = z.output<typeof ChildSchema>;

/** The calendar year the school year starts. */
export const SchoolYearSchema = z.coerce.number().check(z.int(), z.gte(2000), z.lte(2100));

/** Status categories, duplicates removed, in the canonical order. */
export const StatusesSchema = z._default(
  z.pipe(
    z.array(StatusIdSchema),
    z.transform((list: StatusId[]) => statusIds.filter((id) => list.includes(id))),
  ),
  [],
);

export const ResidencySchema = z._default(ResidencyIdSchema, 'citizen');
export const FlagSchema = z._default(z.boolean(), false);

/**
 * IIN (with the typed birth date for the soft prefix check) and a birth date not in the future.
 * Nothing when there is no child object (the schema reports it).
 */
export function childIssues(child: { iin?: unknown; birthDate?: unknown } | undefined, context: RuleContext): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (typeof child !== 'object' || child === null) return issues;
  const birthDate = typeof child.birthDate === 'string' ? child.birthDate.trim() : undefined;
  if (typeof child.iin === 'string' || child.iin === undefined) {
    const result = validateIin(child.iin ?? '', birthDate && isIsoDate(birthDate) ? { birthDate } : {});
    if (result.code) issues.push({ path: ['child', 'iin'], code: result.code });
    for (const code of result.warnings) issues.push({ path: ['child', 'iin'], code, severity: 'warning' });
  }
  if (birthDate && isIsoDate(birthDate) && birthDate > kzDate(context.now ?? new Date())) {
    issues.push({ path: ['child', 'birthDate'], code: 'invalid-date' });
  }
  return issues;
}

/**
 * school-enrollment's age rule on top of childIssues (a future date is already reported there).
 * `child-too-young` carries the rule it applied: `minAge` (years) and `cutoff` ('YYYY-MM-DD', the
 * day of the admission year by which the child must reach it), so the message says the host's rule.
 */
export function ageIssues(child: { birthDate?: unknown } | undefined, schoolYear: unknown, context: RuleContext): RuleIssue[] {
  // Reads the birth date and the school year: runs once both parsed.
  const birthDate = child?.birthDate;
  if (typeof birthDate !== 'string' || !isIsoDate(birthDate.trim()) || typeof schoolYear !== 'number') return [];
  const options = {
    admissionYear: schoolYear,
    ...(context.now && { now: context.now }),
    ...(context.minAge !== undefined && { minAge: context.minAge }),
    ...(context.ageCutoff !== undefined && { cutoff: context.ageCutoff }),
  };
  const code = checkAge(birthDate, options);
  if (code !== 'child-too-young') return [];
  const params = { minAge: options.minAge ?? defaultMinAge, cutoff: ageCutoffDate(options) };
  return [{ path: ['child', 'birthDate'], code, params }];
}

/** meal-subsidy and camp-referral exist for the status categories: at least one must be chosen (once the list parsed). */
export function statusRequiredIssues(statuses: readonly string[] | undefined): RuleIssue[] {
  return Array.isArray(statuses) && statuses.length === 0 ? [{ path: ['statuses'], code: 'status-required' }] : [];
}
