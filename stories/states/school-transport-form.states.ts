// One list of <school-transport-form> states: the stories show them, the tests check each one (axe, texts) in kk/ru/en.
import type { ServiceFormState } from './service-form.states.js';

const child = { lastName: 'Сейтқали', firstName: 'Әлихан', iin: '200821501076', birthDate: '2020-08-21' };
const pupil = { child, school: 'Aqsu secondary school' };
const filled = { ...pupil, locality: 'Qaraoy village', distanceKm: 7.5, bornAbroad: false };

export const schoolTransportFormStates = {
  /** Nothing answered yet. */
  start: { step: 'child' },
  /** Continue pressed with nothing answered: every question in the summary. */
  startErrors: { step: 'child', tried: true },
  /** The locality and the distance to school. */
  transport: { step: 'transport', answers: pupil },
  /** The host sets 10 km as "distant": 7.5 km is too short. */
  tooShort: { step: 'transport', answers: filled, attrs: { 'min-distance-km': '10' }, tried: true },
  /** The registry holds the birth: only the certificate from the place of study is asked. */
  documents: { step: 'documents', answers: filled, registry: { civilRegistry: true } },
  /** Born abroad: the birth certificate whatever the registry. */
  documentsBornAbroad: { step: 'documents', answers: { ...filled, bornAbroad: true }, registry: { civilRegistry: true } },
  /** Continue pressed with nothing attached. */
  documentsMissing: { step: 'documents', answers: filled, tried: true },
  /** Every document attached. */
  documentsAttached: { step: 'documents', answers: filled, attach: 'missing' },
  /** Check your answers, with the notice that originals are checked in person. */
  review: { step: 'review', answers: filled, attach: 'missing' },
  /** Signed on this device: what was sent. */
  receipt: { step: 'receipt', answers: filled, attach: 'missing' },
} satisfies Record<string, ServiceFormState>;
