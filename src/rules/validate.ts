// validateAnswers: a service's zod schema (issues mapped to our codes) plus its cross-field checks, by service id.
import type { ServiceId } from './ids.js';
import type { RuleContext, ServiceDefinition } from './service.js';
import { services, type ServiceAnswers } from './services/index.js';
import { validateWith, type ValidationResult } from './validate-with.js';

export * from './validate-with.js';

/**
 * Validates a service's answers: the schema's issues, then the service's cross-field checks.
 * When the schema fails, the checks still run on the fields that parsed (`partialAnswers`), each
 * check when the fields it reads are there, so an error summary shows every problem at once
 * (the child too young while the school is still blank). A check's issue at a path that already
 * has a schema issue is left out.
 */
export function validateAnswers<Id extends ServiceId>(
  service: Id,
  answers: unknown,
  context: RuleContext = {},
): ValidationResult<ServiceAnswers[Id]> {
  // Own keys only: '__proto__' or 'toString' must be an unknown service, not Object.prototype's.
  if (typeof service !== 'string' || !Object.hasOwn(services, service)) throw new RangeError(`Unknown service id: ${String(service)}`);
  return validateWith(services[service] as ServiceDefinition, answers, context) as ValidationResult<ServiceAnswers[Id]>;
}
