// The shape of a service definition and the context its cross-field checks read.
import type { z } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import type { RuleIssue } from './errors.js';
import type { ServiceId } from './ids.js';
import type { SchoolYearKind } from './school-year.js';
import type { ChecklistAnswers, ChecklistItem, ChecklistOptions, Registry } from './requirements.js';

/** What the host configures and the clock; every field optional. */
export type RuleContext = {
  /** The clock (birth date in the future, age); default the real time. */
  now?: Date;
  /** school-enrollment: minimum age, default 6. */
  minAge?: number;
  /** school-enrollment: 'MM-DD' of the admission year (or 'YYYY-MM-DD') by which the child reaches minAge; default '12-31'. */
  ageCutoff?: string;
  /** school-transport: the minimum distance to school in km; default none (docs/rules.md decision). */
  minDistanceKm?: number;
};

/**
 * Answers as far as they parsed: any field may be missing (it failed the schema or was not given),
 * and so may any field of a nested object (the child). What a service's `check` reads.
 */
export type PartialAnswers<T> = {
  [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? PartialAnswers<T[K]> : T[K];
};

export type ServiceDefinition<Id extends ServiceId = ServiceId, S extends $ZodType = $ZodType> = {
  id: Id;
  /** The answers; unknown keys are stripped. */
  schema: S;
  /** The checklist for these answers, unsorted (requiredDocuments sorts). */
  requirements(answers: ChecklistAnswers, registry: Registry, options: ChecklistOptions): ChecklistItem[];
  /**
   * Cross-field rules. Runs on the parsed answers, or, while some fields fail the schema, on the
   * fields that parsed (`partialAnswers`): each rule runs when the fields it reads are there, so
   * every problem shows at once. Never reads a field without checking it is present.
   */
  check(answers: PartialAnswers<z.output<S>>, context: RuleContext): RuleIssue[];
  /** The originals of the documents are checked in person after the online application (the portal's page says so). */
  originalsInPerson?: boolean;
  /** Which school year an application is for when the host does not say (default `current`). */
  schoolYear?: SchoolYearKind;
};

/** Identity function that keeps the literal id and the schema's type. */
export function defineService<Id extends ServiceId, S extends $ZodType>(
  definition: ServiceDefinition<Id, S>,
): ServiceDefinition<Id, S> {
  return definition;
}
