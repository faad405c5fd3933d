// One list of <doc-checklist> states: the stories show them, the tests check each one (axe, parts, text).
import type { DocumentId, ServiceId } from '../../src/rules/index.js';

export interface DocChecklistState {
  service?: ServiceId;
  answers?: Record<string, unknown>;
  registry?: Record<string, boolean>;
  medicalCertificates?: 'optional' | 'required';
  provided?: Partial<Record<DocumentId, number>>;
}

export const docChecklistStates = {
  /** School enrolment, nothing in state records, nothing attached yet. */
  missing: { service: 'school-enrollment', answers: {}, registry: {} },
  /** The civil registry holds the birth: the certificate is listed as found in state records. */
  registry: { service: 'school-enrollment', answers: {}, registry: { civilRegistry: true } },
  /** One of the two photos attached, the birth certificate done. */
  partlyProvided: {
    service: 'school-enrollment',
    answers: {},
    registry: {},
    provided: { 'birth-certificate': 1, 'child-photo': 1 },
  },
  /** Every required document attached. */
  provided: {
    service: 'school-enrollment',
    answers: {},
    registry: { civilRegistry: true },
    provided: { 'child-photo': 2 },
  },
  /** A foreign child with special needs, medical certificates required by the host. */
  foreignerSpecialNeeds: {
    service: 'school-enrollment',
    answers: { residency: 'foreigner', specialNeeds: true, bornAbroad: true },
    registry: { civilRegistry: true },
    medicalCertificates: 'required',
  },
  /** Free meals: statuses chosen, some held by state records, marriage abroad. */
  mealSubsidyStatuses: {
    service: 'meal-subsidy',
    answers: { statuses: ['social-assistance', 'low-income', 'emergency'], marriageAbroad: true },
    registry: { socialAssistance: true, civilRegistry: true, marriage: true },
  },
  /** No service and no items: the empty state. */
  empty: {},
} satisfies Record<string, DocChecklistState>;
