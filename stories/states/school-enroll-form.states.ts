// One list of <school-enroll-form> states: the stories show them, the tests check each (axe, text) in kk/ru/en.
import type { ServiceFormState } from './service-form.states.js';

/** 10 June 2027, 15:00 in Kazakhstan: inside the default window (1 June – 1 September). */
const IN_WINDOW = '2027-06-10T10:00:00Z';

export const completeAnswers = {
  child: { lastName: 'Seitkali', firstName: 'Aruzhan', iin: '200821501076', birthDate: '2020-08-21' },
  school: 'School-lyceum No. 12, Astana',
  residency: 'citizen',
  statuses: [],
  specialNeeds: false,
  homeEducation: false,
  bornAbroad: false,
};

const inRecords = { civilRegistry: true };

export const schoolEnrollFormStates = {
  /** Nothing answered yet. */
  empty: { step: 'child', now: IN_WINDOW },
  /** Continue pressed with nothing answered: every question in the summary. */
  childErrors: { step: 'child', now: IN_WINDOW, tried: true },
  childFilled: { step: 'child', now: IN_WINDOW, answers: completeAnswers },
  circumstances: { step: 'circumstances', now: IN_WINDOW, answers: completeAnswers },
  /** A foreign child with special needs: two more documents on the checklist. */
  circumstancesForeignerSpecialNeeds: {
    step: 'circumstances',
    now: IN_WINDOW,
    answers: { ...completeAnswers, residency: 'foreigner', specialNeeds: true },
  },
  /** The birth is in the civil registry: listed as found in state records. */
  documentsEmpty: { step: 'documents', now: IN_WINDOW, answers: completeAnswers, registry: inRecords },
  /** Continue pressed with nothing attached. */
  documentsMissing: { step: 'documents', now: IN_WINDOW, answers: completeAnswers, tried: true },
  /** Both photos attached. */
  documentsAttached: { step: 'documents', now: IN_WINDOW, answers: completeAnswers, registry: inRecords, attach: ['child-photo'] },
  review: { step: 'review', now: IN_WINDOW, answers: completeAnswers, registry: inRecords, attach: ['child-photo'] },
  sign: { step: 'sign', now: IN_WINDOW, answers: completeAnswers, registry: inRecords, attach: ['child-photo'] },
  /** Signed on this device: the receipt with the idempotency key. */
  signed: { step: 'receipt', now: IN_WINDOW, answers: completeAnswers, registry: inRecords, attach: ['child-photo'] },
  /** Signed, and the host's submit is still working: "Sending…". */
  sending: { step: 'sign', submit: 'sending', now: IN_WINDOW, answers: completeAnswers, registry: inRecords, attach: ['child-photo'] },
  /** The host confirmed: the receipt with its reference, the child, Kazakhstan time, next steps, print. */
  receipt: { step: 'receipt', submit: 'received', now: IN_WINDOW, answers: completeAnswers, registry: inRecords, attach: ['child-photo'] },
  /** The host could not be reached: the reason and "Send again"; answers, files and signature kept. */
  submitFailed: { step: 'sign', submit: 'failed', now: IN_WINDOW, answers: completeAnswers, registry: inRecords, attach: ['child-photo'] },
  /** The IIN was entered and the host's lookupChild filled the child from state records. */
  prefilled: { step: 'child', now: IN_WINDOW, lookupIin: '200821501076' },
  /** 20 May: says when applications open. */
  windowNotOpen: { step: 'child', now: '2027-05-20T06:00:00Z', answers: completeAnswers },
  /** 5 September: closed, and the signing step offers no way to sign. */
  windowClosed: { step: 'sign', now: '2027-09-05T06:00:00Z', answers: completeAnswers },
  /** The host's check finds an earlier application for this child: blocked on leaving the review. */
  alreadyApplied: {
    step: 'review',
    now: IN_WINDOW,
    answers: completeAnswers,
    registry: inRecords,
    attach: ['child-photo'],
    alreadyApplied: true,
    tried: true,
  },
  /** The host gives its schools: the school question is a choice among them. */
  schoolsList: {
    step: 'child',
    now: IN_WINDOW,
    answers: { child: completeAnswers.child },
    schools: [
      { id: 'astana-12', name: 'School-lyceum No. 12, Astana' },
      { id: 'astana-54', name: 'Secondary school No. 54, Astana' },
      { id: 'astana-88', name: 'Gymnasium No. 88, Astana' },
    ],
  },
  /** The host's one-application check could not answer: signing waits, with a message and a retry. */
  applicationCheckFailed: {
    step: 'review',
    now: IN_WINDOW,
    answers: completeAnswers,
    registry: inRecords,
    attach: ['child-photo'],
    applicationCheckFails: true,
    tried: true,
  },
} satisfies Record<string, ServiceFormState>;
