// The state model every service form's story list shares: a state says the step, the answers, the
// host's settings and what was done there; applyFormState puts a form into it through its public API.
// It lives beside the stories (not in test/support) because Storybook cannot bundle the test runner's commands.
import type { ServiceForm } from '../../src/elements/service-form/service-form.js';
import type { SignedDetail } from '../../src/signing/index.js';

function nextEvent<T>(target: EventTarget, name: string): Promise<T> {
  return new Promise((resolve) => target.addEventListener(name, (e) => resolve((e as CustomEvent<T>).detail), { once: true }));
}

async function settle(form: ServiceForm): Promise<void> {
  await form.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await form.updateComplete;
}

function $(form: ServiceForm, selector: string): HTMLElement {
  const el = form.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`${form.localName}: nothing matches ${selector} on step "${form.currentStep}"`);
  return el;
}

function missingDocs(form: ServiceForm): string[] {
  return [...form.shadowRoot!.querySelectorAll<HTMLElement>('[part="checklist-item"][data-state="missing"]')].map((li) => li.dataset.doc!);
}

/** A small real JPEG (a drawn page), made in the browser. */
export async function photo(name = 'scan.jpg', width = 600, height = 800): Promise<File> {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#f4f1ea';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#1d1d28';
  for (let y = 40; y < height - 40; y += 24) ctx.fillRect(40, y, (width - 80) * (0.5 + ((y * 7) % 50) / 100), 10);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
  return new File([blob], name, { type: 'image/jpeg', lastModified: 1_700_000_000_000 });
}

/** A form as a story shows it and a test checks it: the answers, the host's settings, the step, what was done there. */
export interface ServiceFormState {
  /** The step shown (`child`, …, `documents`, `review`, `sign`); `receipt` signs with WebCrypto and shows what was sent. */
  step: string;
  answers?: Record<string, unknown>;
  registry?: Record<string, boolean>;
  /** Host attributes (`min-distance-km`, …). */
  attrs?: Record<string, string>;
  /** Documents to attach a photo to (one per file asked); `missing`: every missing one. */
  attach?: string[] | 'missing';
  /** Continue was pressed on the step: its errors are shown in the summary. */
  tried?: boolean;
  /** The form's clock, an ISO instant (default: `stateNow`). */
  now?: string;
  /** The host's one-application check answers yes. */
  alreadyApplied?: boolean;
  /**
   * The host's `submit` after signing: `sending` (never answers), `received` (answers a reference:
   * the receipt), `failed` (no connection: the message and "Send again"). With `step: 'sign'` or `'receipt'`.
   */
  submit?: 'sending' | 'received' | 'failed';
  /** The host's `lookupChild` answers for this IIN, typed into the IIN field: the child is prefilled from state records. */
  lookupIin?: string;
  /** The host's one-application check fails (its back end is unreachable). */
  applicationCheckFails?: boolean;
  /** The host's list of schools: the school question becomes a choice among them. */
  schools?: { id: string; name: string }[];
}

/** The child the stories' `lookupChild` finds in state records. */
export const recordsChild = { lastName: 'Сейтқали', firstName: 'Аружан', patronymic: 'Ерланқызы', birthDate: '2020-08-21' };

/** The fixed clock of the states and tests: 10 September 2026, 11:00 in Kazakhstan. */
export const stateNow = (): Date => new Date('2026-09-10T06:00:00Z');

/** Puts a form (connected or about to be) into a state directly, through its public API and the uploaders' `addFiles`. */
export async function applyFormState(form: ServiceForm, state: ServiceFormState): Promise<void> {
  // A state is exactly what it says: no draft from an earlier story or test is restored over it.
  form.noDraft = true;
  form.now = state.now ? () => new Date(state.now!) : stateNow;
  if (state.alreadyApplied) form.hasApplication = async () => true;
  if (state.submit === 'sending') form.submit = () => new Promise(() => {});
  if (state.submit === 'received') form.submit = async () => ({ reference: 'KZ-2027-000451' });
  if (state.submit === 'failed') form.submit = async () => Promise.reject(new TypeError('Failed to fetch'));
  if (state.lookupIin) form.lookupChild = async () => recordsChild;
  if (state.applicationCheckFails) {
    form.hasApplication = async () => {
      throw new Error('the host could not be reached');
    };
  }
  if (state.schools) form.schools = state.schools;
  for (const [name, value] of Object.entries(state.attrs ?? {})) form.setAttribute(name, value);
  form.registry = state.registry ?? {};
  form.answers = state.answers ?? {};
  await form.updateComplete;
  // A parent's first focus loads the form's later steps (documents, review, signing): the same here.
  form.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  await form.updateComplete;
  const docs = state.attach === 'missing' ? missingDocs(form) : (state.attach ?? []);
  for (const doc of docs) {
    const uploader = $(form, `doc-uploader[doc="${doc}"]`) as HTMLElement & { addFiles(files: File[]): Promise<unknown> };
    const count = Number(uploader.getAttribute('max-files') ?? 1);
    await uploader.addFiles(await Promise.all(Array.from({ length: count }, (_, i) => photo(`${doc}-${i + 1}.jpg`))));
  }
  await settle(form);
  const target = state.step === 'receipt' ? 'sign' : state.step;
  const index = form.steps.findIndex((s) => s.id === target);
  if (index < 0) throw new Error(`${form.localName}: no step ${target}`);
  if (index > 0) await form.goTo(index);
  if (state.lookupIin) {
    const input = $(form, '#field-child-iin') as HTMLInputElement;
    input.value = state.lookupIin;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    for (let i = 0; i < 50 && !form.shadowRoot!.querySelector('[data-lookup="found"]'); i++) await new Promise((r) => setTimeout(r, 10));
  }
  if (state.step === 'receipt' || state.submit) {
    const signed = nextEvent<SignedDetail>(form, 'signed-payload');
    const panel = $(form, 'sign-panel') as HTMLElement & { start(method: string): Promise<void>; updateComplete: Promise<unknown> };
    await panel.updateComplete;
    await panel.start('webcrypto');
    await signed;
    // With the host's submit: until it answered (or, for `sending`, until "Sending…" shows).
    for (let i = 0; i < 100 && form.submissionStatus.status === 'sending' && state.submit !== 'sending'; i++) await new Promise((r) => setTimeout(r, 10));
  }
  if (state.tried) await form.next();
  await settle(form);
}
