// school-enrollment: documents acceptance and enrolment in first grade / general education.
import { z } from 'zod/mini';
import {
  birthCertificate,
  item,
  residencyDocumentItems,
  statusDocumentItems,
} from '../requirements.js';
import { defineService } from '../service.js';
import {
  ageIssues,
  ChildSchema,
  childIssues,
  FlagSchema,
  ResidencySchema,
  SchoolYearSchema,
  StatusesSchema,
  TextSchema,
} from './common.js';

export const schoolEnrollmentSchema = z.object({
  child: ChildSchema,
  schoolYear: SchoolYearSchema,
  /** The one school applied to (one child, one application, one school). */
  school: TextSchema,
  statuses: StatusesSchema,
  residency: ResidencySchema,
  bornAbroad: FlagSchema,
  specialNeeds: FlagSchema,
  homeEducation: FlagSchema,
});
export type SchoolEnrollmentAnswers = z.output<typeof schoolEnrollmentSchema>;

export const schoolEnrollment = defineService({
  id: 'school-enrollment',
  schema: schoolEnrollmentSchema,
  // First grade applies for the year it is admitted to (the window closes on 1 September).
  schoolYear: 'admission',
  requirements(answers, registry, options) {
    const medical = options.medicalCertificates === 'required' ? 'required' : 'optional';
    return [
      birthCertificate(answers, registry),
      item('child-photo', 'required', 'always'),
      ...statusDocumentItems(answers, registry),
      ...residencyDocumentItems(answers),
      ...(answers.specialNeeds ? [item('pmpc-conclusion', 'required', 'special-needs')] : []),
      ...(answers.homeEducation ? [item('mcc-conclusion', 'required', 'home-education')] : []),
      item('health-063', medical, `medical-${medical}`),
      item('health-026', medical, `medical-${medical}`),
      // On the page's online list; offered, never required, for this service (docs/rules.md decision).
      item('camp-health-079', 'optional', 'camp-optional'),
    ];
  },
  check(answers, context) {
    return [...childIssues(answers.child, context), ...ageIssues(answers.child, answers.schoolYear, context)];
  },
});
