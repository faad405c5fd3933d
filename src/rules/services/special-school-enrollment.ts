// special-school-enrollment: enrolment in a special educational organisation for children with disabilities.
import { z } from 'zod/mini';
import { item } from '../requirements.js';
import { defineService } from '../service.js';
import { ChildSchema, childIssues, SchoolYearSchema, TextSchema } from './common.js';

export const specialSchoolEnrollmentSchema = z.object({
  child: ChildSchema,
  schoolYear: SchoolYearSchema,
  /** The special educational organisation applied to. */
  school: TextSchema,
  /** The free-form application's own words, optional: the form itself is the application. */
  note: z.optional(z.string().check(z.trim(), z.maxLength(2000))),
});
export type SpecialSchoolEnrollmentAnswers = z.output<typeof specialSchoolEnrollmentSchema>;

export const specialSchoolEnrollment = defineService({
  id: 'special-school-enrollment',
  schema: specialSchoolEnrollmentSchema,
  requirements() {
    return [item('pmpc-conclusion', 'required', 'always')];
  },
  check(answers, context) {
    return childIssues(answers.child, context);
  },
});
