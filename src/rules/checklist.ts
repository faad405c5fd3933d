// requiredDocuments: the checklist for a service, answers and registry, as data in a stable order.
import type { ServiceId } from './ids.js';
import type { ServiceDefinition } from './service.js';
import { requiredDocumentsWith } from './requirements.js';
import type { ChecklistItem, ChecklistOptions } from './requirements.js';
import { services } from './services/index.js';

export {
  checklistStates,
  normalizeChecklistAnswers,
  normalizeRegistry,
  reasonCodes,
  RegistrySchema,
  requiredDocumentsWith,
} from './requirements.js';
export type {
  ChecklistAnswers,
  ChecklistItem,
  ChecklistOptions,
  ChecklistState,
  ReasonCode,
  Registry,
} from './requirements.js';

/**
 * One item per document the service can ask for in this situation; documents that do not apply
 * are not listed. Answers may be partial (a half-filled form): missing or unknown values take
 * their defaults. Registry keys that are missing (or not `true`) mean "ask for the document".
 */
export function requiredDocuments(
  service: ServiceId,
  answers: unknown,
  registry: unknown = {},
  options: ChecklistOptions = {},
): ChecklistItem[] {
  // Own keys only: '__proto__' or 'toString' must be an unknown service, not Object.prototype's.
  if (typeof service !== 'string' || !Object.hasOwn(services, service)) throw new RangeError(`Unknown service id: ${String(service)}`);
  return requiredDocumentsWith(services[service] as ServiceDefinition, answers, registry, options);
}
