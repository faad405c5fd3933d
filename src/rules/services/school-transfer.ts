// school-transfer: transfer of a child between schools (application to the head of the new school).
import { z } from 'zod/mini';
import type { RuleIssue } from '../errors.js';
import { item } from '../requirements.js';
import { defineService } from '../service.js';
import { ChildSchema, childIssues, SchoolYearSchema, TextSchema } from './common.js';

/** Holidays, or one of the listed reasons otherwise (docs/reference/kz-facts.md D). */
export const transferReasons = ['moving', 'leaving-country', 'court-decision', 'safety', 'holidays', 'other'] as const;
export type TransferReason = (typeof transferReasons)[number];

export const schoolTransferSchema = z.object({
  child: ChildSchema,
  schoolYear: SchoolYearSchema,
  currentSchool: TextSchema,
  newSchool: TextSchema,
  reason: z.enum(transferReasons),
});
export type SchoolTransferAnswers = z.output<typeof schoolTransferSchema>;

function sameName(a: string, b: string): boolean {
  return a.trim().replace(/\s+/g, ' ').toLocaleLowerCase() === b.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

export const schoolTransfer = defineService({
  id: 'school-transfer',
  schema: schoolTransferSchema,
  requirements() {
    return [item('absentee-ballot', 'required', 'always')];
  },
  check(answers, context) {
    const issues: RuleIssue[] = childIssues(answers.child, context);
    const { currentSchool, newSchool } = answers;
    if (typeof currentSchool === 'string' && typeof newSchool === 'string' && sameName(currentSchool, newSchool)) issues.push({ path: ['newSchool'], code: 'same-school' });
    return issues;
  },
});
