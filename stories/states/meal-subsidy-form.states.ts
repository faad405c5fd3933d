// One list of <meal-subsidy-form> states: the stories show them, the tests check each one (axe, texts) in kk/ru/en.
import type { ServiceFormState } from './service-form.states.js';

const child = { lastName: 'Сейтқали', firstName: 'Әлихан', iin: '200821501076', birthDate: '2020-08-21' };
const pupil = { child, school: 'School No. 5' };
const filled = { ...pupil, statuses: ['low-income'], marriageAbroad: false, bornAbroad: false };

export const mealSubsidyFormStates = {
  /** Nothing answered yet. */
  start: { step: 'child' },
  /** Continue pressed with nothing answered: every question in the summary. */
  startErrors: { step: 'child', tried: true },
  /** The categories and the two "abroad" questions. */
  circumstances: { step: 'circumstances', answers: pupil },
  /** No category chosen: the service exists for them. */
  noCategory: { step: 'circumstances', answers: { ...pupil, marriageAbroad: false, bornAbroad: false }, tried: true },
  /** Three categories; the registry holds the birth and the targeted assistance; the collegial decision is always asked. */
  documents: {
    step: 'documents',
    answers: { ...filled, statuses: ['social-assistance', 'low-income', 'emergency'] },
    registry: { civilRegistry: true, socialAssistance: true },
  },
  /** Born and married abroad: both certificates asked although the registry holds the records. */
  documentsAbroad: {
    step: 'documents',
    answers: { ...filled, bornAbroad: true, marriageAbroad: true },
    registry: { civilRegistry: true, marriage: true, income: true },
  },
  /** Continue pressed with nothing attached. */
  documentsMissing: { step: 'documents', answers: filled, tried: true },
  /** Every document attached. */
  documentsAttached: { step: 'documents', answers: filled, attach: 'missing' },
  /** Check your answers, with the notice that originals are checked in person. */
  review: { step: 'review', answers: filled, attach: 'missing' },
  /** Signed on this device: what was sent. */
  receipt: { step: 'receipt', answers: filled, attach: 'missing' },
} satisfies Record<string, ServiceFormState>;
