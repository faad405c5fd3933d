// camp-referral: a referral to suburban and school camps for pupils of the status categories.
import { z } from 'zod/mini';
import { birthCertificate, item, marriageCertificate, statusDocumentItems } from '../requirements.js';
import { defineService } from '../service.js';
import {
  ChildSchema,
  childIssues,
  FlagSchema,
  SchoolYearSchema,
  StatusesSchema,
  statusRequiredIssues,
  TextSchema,
} from './common.js';

export const campKinds = ['suburban', 'school'] as const;
export type CampKind = (typeof campKinds)[number];

export const campReferralSchema = z.object({
  child: ChildSchema,
  schoolYear: SchoolYearSchema,
  school: TextSchema,
  campKind: z.enum(campKinds),
  statuses: StatusesSchema,
  bornAbroad: FlagSchema,
  marriageAbroad: FlagSchema,
});
export type CampReferralAnswers = z.output<typeof campReferralSchema>;

export const campReferral = defineService({
  id: 'camp-referral',
  schema: campReferralSchema,
  requirements(answers, registry) {
    return [
      birthCertificate(answers, registry),
      marriageCertificate(answers, registry),
      item('camp-health-079', 'required', 'always'),
      ...statusDocumentItems(answers, registry),
    ];
  },
  check(answers, context) {
    return [...childIssues(answers.child, context), ...statusRequiredIssues(answers.statuses)];
  },
});
