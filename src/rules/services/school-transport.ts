// school-transport: free transport to school and back for children from distant rural localities.
import { z } from 'zod/mini';
import type { RuleIssue } from '../errors.js';
import { birthCertificate, item } from '../requirements.js';
import { defineService } from '../service.js';
import { ChildSchema, childIssues, FlagSchema, SchoolYearSchema, TextSchema } from './common.js';

export const schoolTransportSchema = z.object({
  child: ChildSchema,
  schoolYear: SchoolYearSchema,
  school: TextSchema,
  /** The rural locality the child lives in. */
  locality: TextSchema,
  /** Distance from home to school in km; coerced because form inputs give strings. */
  distanceKm: z.coerce.number().check(z.positive(), z.lte(1000)),
  bornAbroad: FlagSchema,
});
export type SchoolTransportAnswers = z.output<typeof schoolTransportSchema>;

export const schoolTransport = defineService({
  id: 'school-transport',
  schema: schoolTransportSchema,
  // The page: "Documents are submitted in originals for verification".
  originalsInPerson: true,
  requirements(answers, registry) {
    return [birthCertificate(answers, registry), item('study-certificate', 'required', 'always')];
  },
  check(answers, context) {
    const issues: RuleIssue[] = childIssues(answers.child, context);
    // The host decides what "distant" means (docs/rules.md decision: default none).
    const distance = answers.distanceKm;
    if (context.minDistanceKm !== undefined && typeof distance === 'number' && distance < context.minDistanceKm) {
      issues.push({ path: ['distanceKm'], code: 'distance-too-short', params: { min: context.minDistanceKm } });
    }
    return issues;
  },
});
