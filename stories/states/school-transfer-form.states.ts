// One list of <school-transfer-form> states: the stories show them, the tests check each one (axe, texts) in kk/ru/en.
import type { ServiceFormState } from './service-form.states.js';

const child = { lastName: 'Сейтқали', firstName: 'Әлихан', iin: '200821501076', birthDate: '2020-08-21' };
const filled = { child, currentSchool: 'School No. 5', newSchool: 'Gymnasium No. 12', reason: 'moving' };

export const schoolTransferFormStates = {
  /** Nothing answered yet. */
  start: { step: 'child' },
  /** Continue pressed with nothing answered: every question in the summary. */
  startErrors: { step: 'child', tried: true },
  /** The current and the new school and the reason. */
  transfer: { step: 'transfer', answers: { child } },
  /** The same school twice. */
  sameSchool: { step: 'transfer', answers: { ...filled, newSchool: 'school  no. 5' }, tried: true },
  /** The absentee ticket, the one document. */
  documents: { step: 'documents', answers: filled, registry: { civilRegistry: true } },
  /** Continue pressed without the absentee ticket. */
  documentsMissing: { step: 'documents', answers: filled, tried: true },
  /** The absentee ticket attached. */
  documentsAttached: { step: 'documents', answers: filled, attach: 'missing' },
  /** Check your answers. */
  review: { step: 'review', answers: filled, attach: 'missing' },
  /** Signed on this device: what was sent. */
  receipt: { step: 'receipt', answers: filled, attach: 'missing' },
} satisfies Record<string, ServiceFormState>;
