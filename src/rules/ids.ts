// The ids of docs/rules.md (services, statuses, residency, registry keys, documents) as data, types and zod enums.
import { z } from 'zod/mini';

/** The seven services, in the order of docs/rules.md. */
export const serviceIds = [
  'school-enrollment',
  'special-school-enrollment',
  'meal-subsidy',
  'school-transport',
  'home-study',
  'camp-referral',
  'school-transfer',
] as const;
export type ServiceId = (typeof serviceIds)[number];
export const ServiceIdSchema = z.enum(serviceIds);

/** Social status categories; any number may apply. */
export const statusIds = [
  'social-assistance',
  'unemployed-parents',
  'low-income',
  'orphan',
  'emergency',
] as const;
export type StatusId = (typeof statusIds)[number];
export const StatusIdSchema = z.enum(statusIds);

/** Residency statuses; exactly one applies. */
export const residencyIds = [
  'citizen',
  'foreigner',
  'stateless',
  'refugee',
  'asylum-seeker',
  'kandas',
] as const;
export type ResidencyId = (typeof residencyIds)[number];

/** Former names still accepted on input ("oralman" was renamed "kandas" in 2020). */
export const residencyAliases: Readonly<Record<string, ResidencyId>> = { oralman: 'kandas' };

/**
 * A residency value as given (host data, an old draft) read as an id: trimmed, lower-case, and an
 * alias replaced (`Oralman`, ` kandas ` → `kandas`). Anything else is returned unchanged.
 */
export function normalizeResidency(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const key = value.trim().toLowerCase();
  // Own keys only: 'constructor' is not an alias.
  return Object.hasOwn(residencyAliases, key) ? residencyAliases[key] : key;
}

/** A residency id; `oralman` is read as `kandas` so old host data keeps working, whatever its case or spaces. */
export const ResidencyIdSchema = z.pipe(z.transform(normalizeResidency), z.enum(residencyIds));

/** What the state information systems may already hold for the family (docs/rules.md "Registry"). */
export const registryKeys = [
  'civilRegistry',
  'socialAssistance',
  'unemployment',
  'income',
  'guardianship',
  'marriage',
] as const;
export type RegistryKey = (typeof registryKeys)[number];
export const RegistryKeySchema = z.enum(registryKeys);

/**
 * Every document the services can ask for. The order is the checklist's display order:
 * identity of the child first, then what the service itself needs, then documents that
 * depend on answers, then medical forms.
 */
export const documentIds = [
  'birth-certificate',
  'child-photo',
  'marriage-certificate',
  'study-certificate',
  'absentee-ballot',
  'pmpc-conclusion',
  'mcc-conclusion',
  'residence-permit',
  'stateless-certificate',
  'refugee-certificate',
  'asylum-seeker-certificate',
  'kandas-certificate',
  'social-assistance-certificate',
  'unemployment-certificate',
  'income-documents',
  'guardianship-decision',
  'collegial-decision',
  'health-063',
  'health-026',
  'camp-health-079',
] as const;
export type DocumentId = (typeof documentIds)[number];
export const DocumentIdSchema = z.enum(documentIds);

/** Each status's document and the registry key that makes it unnecessary (`null`: never in the registry). */
export const statusDocuments = {
  'social-assistance': { doc: 'social-assistance-certificate', registryKey: 'socialAssistance' },
  'unemployed-parents': { doc: 'unemployment-certificate', registryKey: 'unemployment' },
  'low-income': { doc: 'income-documents', registryKey: 'income' },
  orphan: { doc: 'guardianship-decision', registryKey: 'guardianship' },
  emergency: { doc: 'collegial-decision', registryKey: null },
} as const satisfies Record<StatusId, { doc: DocumentId; registryKey: RegistryKey | null }>;

/** Each residency status's document (`null`: citizens need none). */
export const residencyDocuments = {
  citizen: null,
  foreigner: 'residence-permit',
  stateless: 'stateless-certificate',
  refugee: 'refugee-certificate',
  'asylum-seeker': 'asylum-seeker-certificate',
  kandas: 'kandas-certificate',
} as const satisfies Record<ResidencyId, DocumentId | null>;

export function isServiceId(value: unknown): value is ServiceId {
  return typeof value === 'string' && (serviceIds as readonly string[]).includes(value);
}

export function isDocumentId(value: unknown): value is DocumentId {
  return typeof value === 'string' && (documentIds as readonly string[]).includes(value);
}
