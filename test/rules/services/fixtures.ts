// Shared answers for the service tests: a valid child and helpers to validate with a fixed clock.
import { validateAnswers } from '../../../src/rules/validate.js';
import type { RuleContext } from '../../../src/rules/service.js';
import type { ServiceId } from '../../../src/rules/ids.js';

/** 15 June 2026, noon in Kazakhstan. */
export const now = new Date('2026-06-15T12:00:00+05:00');

/** A boy born 2019-03-15 (docs/reference/kz-facts.md A.3). */
export const child = { iin: '190315500121', birthDate: '2019-03-15', lastName: 'Әбенов', firstName: 'Нұрлан' };

/** Issues as [path joined with '.', code, severity] for compact tables. */
export function issues(service: ServiceId, answers: unknown, context: RuleContext = {}): [string, string, string][] {
  return validateAnswers(service, answers, { now, ...context }).issues.map((i) => [
    i.path.join('.'),
    i.code,
    i.severity ?? 'error',
  ]);
}
