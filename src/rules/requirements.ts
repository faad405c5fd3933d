// Checklist items and the rules shared by several services (registry, status and residency documents).
import { z } from 'zod/mini';
import { documentSpecs } from './documents.js';
import {
  documentIds,
  registryKeys,
  residencyDocuments,
  ResidencyIdSchema,
  statusDocuments,
  statusIds,
  type DocumentId,
  type RegistryKey,
  type ResidencyId,
  type StatusId,
} from './ids.js';

/** Why a document is on the checklist (which answer or rule put it there). */
export const reasonCodes = [
  'always',
  'no-civil-registry',
  'civil-registry',
  'born-abroad',
  'no-marriage-registry',
  'marriage-registry',
  'marriage-abroad',
  'status',
  'residency',
  'special-needs',
  'home-education',
  'medical-optional',
  'medical-required',
  'camp-optional',
] as const;
export type ReasonCode = (typeof reasonCodes)[number];

export const checklistStates = ['required', 'optional', 'registry'] as const;
export type ChecklistState = (typeof checklistStates)[number];

export type ChecklistItem = {
  doc: DocumentId;
  /** `registry`: not asked, the state systems hold the data. */
  state: ChecklistState;
  /** Number of files (2 for child-photo, else 1). */
  count: number;
  reason: ReasonCode;
  /** `status` carries `{ status: <status id> }`, `residency` carries `{ residency: <residency id> }`. */
  params?: Record<string, string>;
};

export type ChecklistOptions = {
  /** Whether health-063 and health-026 are required for school-enrollment; default optional (the page's temporary order). */
  medicalCertificates?: 'optional' | 'required';
};

/** What the state systems hold, as hosts pass it. Strict: for hosts and servers that want to reject bad input. */
export const RegistrySchema = z.object(
  Object.fromEntries(registryKeys.map((key) => [key, z._default(z.boolean(), false)])) as Record<
    RegistryKey,
    z.ZodMiniDefault<z.ZodMiniBoolean>
  >,
);
export type Registry = Record<RegistryKey, boolean>;

/**
 * The registry as the checklist reads it: missing keys are false, and so is anything that is
 * not literally `true`, because asking for a document is the safe side of a doubt.
 */
export function normalizeRegistry(registry: unknown): Registry {
  const source = typeof registry === 'object' && registry !== null ? (registry as Record<string, unknown>) : {};
  return Object.fromEntries(registryKeys.map((key) => [key, source[key] === true])) as Registry;
}

/** The answers the checklist reads, with defaults. */
export type ChecklistAnswers = {
  statuses: StatusId[];
  residency: ResidencyId;
  bornAbroad: boolean;
  specialNeeds: boolean;
  homeEducation: boolean;
  marriageAbroad: boolean;
};

/** Lenient on purpose: the checklist is drawn while the form is half filled, so unknown values fall back to defaults. */
const ChecklistAnswersSchema = z.object({
  statuses: z.pipe(
    z.catch(z.array(z.unknown()), []),
    z.transform((list: unknown[]) => statusIds.filter((id) => list.includes(id))),
  ),
  residency: z.catch(ResidencyIdSchema, 'citizen'),
  bornAbroad: z.catch(z.boolean(), false),
  specialNeeds: z.catch(z.boolean(), false),
  homeEducation: z.catch(z.boolean(), false),
  marriageAbroad: z.catch(z.boolean(), false),
});

export function normalizeChecklistAnswers(answers: unknown): ChecklistAnswers {
  return ChecklistAnswersSchema.parse(typeof answers === 'object' && answers !== null ? answers : {});
}

export function item(
  doc: DocumentId,
  state: ChecklistState,
  reason: ReasonCode,
  params?: Record<string, string>,
): ChecklistItem {
  const result: ChecklistItem = { doc, state, count: documentSpecs[doc].count, reason };
  if (params) result.params = params;
  return result;
}

/** birth-certificate: not asked when the civil registry has the birth, except for a child born abroad. */
export function birthCertificate(answers: ChecklistAnswers, registry: Registry): ChecklistItem {
  if (answers.bornAbroad) return item('birth-certificate', 'required', 'born-abroad');
  return registry.civilRegistry
    ? item('birth-certificate', 'registry', 'civil-registry')
    : item('birth-certificate', 'required', 'no-civil-registry');
}

/** marriage-certificate: not asked when the registry has the marriage, except for one registered abroad. */
export function marriageCertificate(answers: ChecklistAnswers, registry: Registry): ChecklistItem {
  if (answers.marriageAbroad) return item('marriage-certificate', 'required', 'marriage-abroad');
  return registry.marriage
    ? item('marriage-certificate', 'registry', 'marriage-registry')
    : item('marriage-certificate', 'required', 'no-marriage-registry');
}

/** One document per chosen status; emergency's collegial decision is never in the registry. */
export function statusDocumentItems(answers: ChecklistAnswers, registry: Registry): ChecklistItem[] {
  return answers.statuses.map((status) => {
    const { doc, registryKey } = statusDocuments[status];
    const held = registryKey !== null && registry[registryKey];
    return item(doc, held ? 'registry' : 'required', 'status', { status });
  });
}

/** The residency document for non-citizens (it must carry the registration at the place of residence). */
export function residencyDocumentItems(answers: ChecklistAnswers): ChecklistItem[] {
  const doc = residencyDocuments[answers.residency];
  return doc === null ? [] : [item(doc, 'required', 'residency', { residency: answers.residency })];
}

/** Stable order: the order of `documentIds`. */
export function sortChecklist(items: ChecklistItem[]): ChecklistItem[] {
  return [...items].sort((a, b) => documentIds.indexOf(a.doc) - documentIds.indexOf(b.doc));
}
