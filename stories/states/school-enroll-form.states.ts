// One list of <school-enroll-form> states: the stories show them, the tests check each (axe, text).
import type { ServiceForm } from '../../src/elements/service-form/service-form.js';

export interface FormState {
  /** Answers to prefill. */
  answers?: Record<string, unknown>;
  registry?: Record<string, boolean>;
  /** ISO instant for the form's clock. */
  now?: string;
  attrs?: Record<string, string>;
  /** Step to show (`child`, `circumstances`, `documents`, `review`, `sign`). */
  step?: string;
  /** Press Continue once, to show the step's errors. */
  tryStep?: boolean;
  /** Images (width × height) to attach per document id. */
  images?: Record<string, [number, number][]>;
  /** Sign with the device key, to show the receipt. */
  sign?: boolean;
  /** The host's one-application check answers yes. */
  alreadyApplied?: boolean;
}

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

const photos: Record<string, [number, number][]> = { 'child-photo': [[600, 800], [600, 800]] };

export const schoolEnrollFormStates = {
  empty: { now: IN_WINDOW },
  childErrors: { now: IN_WINDOW, tryStep: true },
  childFilled: { now: IN_WINDOW, answers: completeAnswers },
  circumstances: { now: IN_WINDOW, answers: completeAnswers, step: 'circumstances' },
  circumstancesForeignerSpecialNeeds: {
    now: IN_WINDOW,
    answers: { ...completeAnswers, residency: 'foreigner', specialNeeds: true },
    step: 'circumstances',
  },
  documentsEmpty: { now: IN_WINDOW, answers: completeAnswers, registry: { civilRegistry: true }, step: 'documents' },
  documentsMissing: { now: IN_WINDOW, answers: completeAnswers, registry: {}, step: 'documents', tryStep: true },
  documentsAttached: { now: IN_WINDOW, answers: completeAnswers, registry: { civilRegistry: true }, step: 'documents', images: photos },
  review: { now: IN_WINDOW, answers: completeAnswers, registry: { civilRegistry: true }, step: 'review', images: photos },
  sign: { now: IN_WINDOW, answers: completeAnswers, registry: { civilRegistry: true }, step: 'sign', images: photos },
  signed: { now: IN_WINDOW, answers: completeAnswers, registry: { civilRegistry: true }, step: 'sign', images: photos, sign: true },
  windowNotOpen: { now: '2027-05-20T06:00:00Z', answers: completeAnswers },
  windowClosed: { now: '2027-09-05T06:00:00Z', answers: completeAnswers, step: 'sign' },
  alreadyApplied: {
    now: IN_WINDOW,
    answers: completeAnswers,
    registry: { civilRegistry: true },
    step: 'review',
    images: photos,
    alreadyApplied: true,
    tryStep: true,
  },
} satisfies Record<string, FormState>;

async function photo(w: number, h: number, name: string): Promise<File> {
  const canvas = new OffscreenCanvas(w, h);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#dfe7ef';
  ctx.fillRect(0, 0, w, h);
  ctx.fillStyle = '#6b4f3a';
  ctx.beginPath();
  ctx.ellipse(w / 2, h * 0.42, w * 0.22, h * 0.2, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillRect(w * 0.2, h * 0.68, w * 0.6, h * 0.32);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
  return new File([blob], name, { type: 'image/jpeg' });
}

type Uploader = HTMLElement & { addFiles(files: File[]): Promise<unknown> };

/** Brings a form to a state, the way the stories and the tests both need it. */
export async function applyFormState(el: ServiceForm, state: FormState): Promise<void> {
  if (state.now) {
    const instant = new Date(state.now);
    el.now = () => instant;
  }
  if (state.registry) el.registry = state.registry;
  for (const [name, value] of Object.entries(state.attrs ?? {})) el.setAttribute(name, value);
  if (state.answers) el.answers = structuredClone(state.answers);
  if (state.alreadyApplied) el.hasApplication = async () => true;
  await el.updateComplete;
  const documentsIndex = el.steps.findIndex((s) => s.id === 'documents');
  if (state.images) {
    await el.goTo(documentsIndex);
    for (const [doc, sizes] of Object.entries(state.images)) {
      const uploader = el.shadowRoot!.querySelector<Uploader>(`doc-uploader[doc="${doc}"]`);
      if (!uploader) continue;
      await customElements.whenDefined('doc-uploader');
      await uploader.addFiles(await Promise.all(sizes.map(([w, h], i) => photo(w, h, `${doc}-${i + 1}.jpg`))));
    }
  }
  if (state.step) await el.goTo(el.steps.findIndex((s) => s.id === state.step));
  if (state.tryStep) await el.next();
  if (state.sign) {
    const panel = el.shadowRoot!.querySelector('sign-panel') as (HTMLElement & { updateComplete: Promise<unknown> }) | null;
    if (panel) {
      await panel.updateComplete;
      const signed = new Promise((resolve) => el.addEventListener('signed-payload', resolve, { once: true }));
      panel.shadowRoot!.querySelector<HTMLButtonElement>('[part="method-button"]')?.click();
      await signed;
    }
  }
  await el.updateComplete;
}
