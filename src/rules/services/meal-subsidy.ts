// meal-subsidy: free and subsidised meals for pupils of the status categories.
import { z } from 'zod/mini';
import { birthCertificate, marriageCertificate, statusDocumentItems } from '../requirements.js';
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

export const mealSubsidySchema = z.object({
  child: ChildSchema,
  schoolYear: SchoolYearSchema,
  school: TextSchema,
  statuses: StatusesSchema,
  bornAbroad: FlagSchema,
  marriageAbroad: FlagSchema,
});
export type MealSubsidyAnswers = z.output<typeof mealSubsidySchema>;

export const mealSubsidy = defineService({
  id: 'meal-subsidy',
  schema: mealSubsidySchema,
  // The page: "Documents are submitted in originals for verification".
  originalsInPerson: true,
  requirements(answers, registry) {
    return [
      birthCertificate(answers, registry),
      marriageCertificate(answers, registry),
      ...statusDocumentItems(answers, registry),
    ];
  },
  check(answers, context) {
    return [...childIssues(answers.child, context), ...statusRequiredIssues(answers.statuses)];
  },
});
