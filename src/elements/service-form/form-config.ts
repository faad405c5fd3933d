// The definition plumbing of the form engine: the step list a definition makes, grouped answers'
// parents, the rules' context and the application window from the element's configuration.
import { defaultSchoolYear } from '../../rules/school-year.js';
import { defaultWindows, windowStatus, type WindowStatus } from '../../rules/window.js';
import type { RuleContext } from '../../rules/index.js';
import { getPath, setPath, type Answers } from './answers.js';
import { engineSteps, type FormDefinition } from './form-definition.js';

/** A step of the form: a question step of the definition, `documents`, `review` or `sign`. */
export interface FormStep {
  id: string;
  /** i18n key of its heading. */
  title: string;
}

const engineTitles: Record<(typeof engineSteps)[number], string> = {
  documents: 'form.stepDocuments',
  review: 'form.stepReview',
  sign: 'form.stepSign',
};

/** The steps in order: the definition's questions, then documents, review and signing. */
export function formSteps(definition: FormDefinition): FormStep[] {
  return [...definition.steps.map((s) => ({ id: s.id, title: s.title })), ...engineSteps.map((id) => ({ id, title: engineTitles[id] }))];
}

/** Whether a step id is one the engine adds after the questions (their views load on demand). */
export function isAfterQuestions(step: string): boolean {
  return (engineSteps as readonly string[]).includes(step);
}

/** Empty objects for grouped answers (`child`), so each of their questions reports its own error. */
export function withParents(definition: FormDefinition, answers: Answers): Answers {
  let out = answers;
  for (const step of definition.steps) {
    for (const field of step.fields) {
      const dot = field.path.lastIndexOf('.');
      if (dot < 0) continue;
      const parent = field.path.slice(0, dot);
      const value = getPath(out, parent);
      if (typeof value !== 'object' || value === null) out = setPath(out, parent, {});
    }
  }
  return out;
}

/** The host's clock, or the real time when it gives no valid instant (the window then says `clock-invalid`). */
export function validNow(now: () => Date): Date {
  const value = now();
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value : new Date();
}

/** What the element's attributes say about the rules (age, cutoff, distance). */
export interface RuleSettings {
  minAge?: number;
  ageCutoff?: string;
  minDistanceKm?: number;
}

/** The rules' context: the clock and what the host set (unset settings keep the rules' defaults). */
export function ruleContext(now: Date, settings: RuleSettings): RuleContext {
  const context: RuleContext = { now };
  if (settings.minAge !== undefined) context.minAge = settings.minAge;
  if (settings.ageCutoff) context.ageCutoff = settings.ageCutoff;
  if (settings.minDistanceKm !== undefined) context.minDistanceKm = settings.minDistanceKm;
  return context;
}

/** The school year the application is for: the host's, else the service's (admission or current). */
export function schoolYearOf(definition: FormDefinition, schoolYear: number | undefined, now: Date): number {
  return schoolYear || defaultSchoolYear(now, definition.rules.schoolYear);
}

/** The application window at `now`, or undefined when the service has none and the host set none. */
export function windowOf(
  definition: FormDefinition,
  dates: { opens?: string; closes?: string },
  now: Date,
  schoolYear: number,
): WindowStatus | undefined {
  const defaults = defaultWindows[definition.service];
  const opens = dates.opens ?? defaults?.opens;
  const closes = dates.closes ?? defaults?.closes;
  if (!opens || !closes) return undefined;
  return windowStatus(now, { opens, closes }, schoolYear);
}
