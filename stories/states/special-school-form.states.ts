// One list of <special-school-form> states: the stories show them, the tests check each one (axe, texts) in kk/ru/en.
import type { ServiceFormState } from './service-form.states.js';

const child = { lastName: 'Сейтқали', firstName: 'Әлихан', iin: '200821501076', birthDate: '2020-08-21' };
const pupil = { child, school: 'Special school No. 2' };
const filled = { ...pupil, note: 'The child uses a wheelchair; the ground floor is needed.' };

export const specialSchoolFormStates = {
  /** Nothing answered yet. */
  start: { step: 'child' },
  /** Continue pressed with nothing answered: every question in the summary. */
  startErrors: { step: 'child', tried: true },
  /** The application's own words (optional): the form is the application. */
  application: { step: 'application', answers: pupil },
  /** The commission's conclusion, the one document; the registry changes nothing. */
  documents: { step: 'documents', answers: filled, registry: { civilRegistry: true, marriage: true } },
  /** Continue pressed without the conclusion. */
  documentsMissing: { step: 'documents', answers: filled, tried: true },
  /** The conclusion attached. */
  documentsAttached: { step: 'documents', answers: filled, attach: 'missing' },
  /** Check your answers. */
  review: { step: 'review', answers: filled, attach: 'missing' },
  /** Signed on this device: what was sent. */
  receipt: { step: 'receipt', answers: filled, attach: 'missing' },
} satisfies Record<string, ServiceFormState>;
