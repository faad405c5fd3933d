// One list of <camp-referral-form> states: the stories show them, the tests check each one (axe, texts) in kk/ru/en.
import type { ServiceFormState } from './service-form.states.js';

const child = { lastName: 'Сейтқали', firstName: 'Әлихан', iin: '200821501076', birthDate: '2020-08-21' };
const pupil = { child, school: 'School No. 5' };
const filled = { ...pupil, campKind: 'suburban', statuses: ['low-income'], marriageAbroad: false, bornAbroad: false };

export const campReferralFormStates = {
  /** Nothing answered yet. */
  start: { step: 'child' },
  /** Continue pressed with nothing answered: every question in the summary. */
  startErrors: { step: 'child', tried: true },
  /** The kind of camp, the categories and the two "abroad" questions. */
  camp: { step: 'camp', answers: pupil },
  /** No kind of camp and no category chosen. */
  campErrors: { step: 'camp', answers: { ...pupil, marriageAbroad: false, bornAbroad: false }, tried: true },
  /** Two categories; the registry holds the birth, the marriage and the guardianship; form 079/u is always asked. */
  documents: {
    step: 'documents',
    answers: { ...filled, statuses: ['orphan', 'emergency'] },
    registry: { civilRegistry: true, marriage: true, guardianship: true },
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
  /** Check your answers. */
  review: { step: 'review', answers: filled, attach: 'missing' },
  /** Signed on this device: what was sent. */
  receipt: { step: 'receipt', answers: filled, attach: 'missing' },
} satisfies Record<string, ServiceFormState>;
