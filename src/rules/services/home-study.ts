// home-study: individual free home study for children who cannot attend school for a long time for medical reasons.
import { z } from 'zod/mini';
import { item } from '../requirements.js';
import { defineService } from '../service.js';
import { ChildSchema, childIssues, SchoolYearSchema, TextSchema } from './common.js';

export const homeStudySchema = z.object({
  child: ChildSchema,
  schoolYear: SchoolYearSchema,
  /** The school that organises the home study. */
  school: TextSchema,
  /** The free-form application's own words, optional: the form itself is the application. */
  note: z.optional(z.string().check(z.trim(), z.maxLength(2000))),
});
export type HomeStudyAnswers = z.output<typeof homeStudySchema>;

export const homeStudy = defineService({
  id: 'home-study',
  schema: homeStudySchema,
  requirements() {
    return [item('mcc-conclusion', 'required', 'always')];
  },
  check(answers, context) {
    return childIssues(answers.child, context);
  },
});
