// Drives a service form (<school-enroll-form>, <meal-subsidy-form>, …) as a person would: keys typed
// into focused inputs, clicks on radios, checkboxes and buttons, real image files through the
// uploaders' file inputs, and signing with the default WebCrypto signer through <sign-panel>.
// The state model the stories share (`applyFormState`) lives with the state lists, because
// Storybook cannot bundle `@web/test-runner-commands`; it is re-exported here for the tests.
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { locales, translate, type Locale } from '../../src/i18n/localize.js';
import { expectAccessible } from './a11y.js';
import type { SignedDetail } from '../../src/signing/index.js';
import type { ServiceForm } from '../../src/elements/service-form/service-form.js';
import { applyFormState, photo, stateNow, type ServiceFormState } from '../../stories/states/service-form.states.js';

export { applyFormState, photo, stateNow, type ServiceFormState } from '../../stories/states/service-form.states.js';

/** A question's answer as a person gives it: text (typed), a boolean (yes/no), an option id, or option ids (checkboxes). */
export type UiAnswer = string | number | boolean | string[];

const root = (form: ServiceForm): ShadowRoot => form.shadowRoot!;
const idOf = (path: string): string => `field-${path.replace(/\./g, '-')}`;

/** The element in the form's shadow root matching `selector` (throws when there is none, naming it). */
export function $(form: ServiceForm, selector: string): HTMLElement {
  const el = root(form).querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`${form.localName}: nothing matches ${selector} on step "${form.currentStep}"`);
  return el;
}

/** Lets Lit render what the last action changed. */
export async function settle(form: ServiceForm): Promise<void> {
  await form.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await form.updateComplete;
}

/**
 * Answers one question of the current step. Text is typed key by key into the focused input;
 * `true`/`false` click Yes/No; an option id clicks its radio; a list ticks exactly those checkboxes.
 * Dates are typed as dd.mm.yyyy into the kit's date field (an ISO value is turned round first).
 */
export async function answer(form: ServiceForm, path: string, value: UiAnswer): Promise<void> {
  const id = idOf(path);
  const control = $(form, `#${CSS.escape(id)}`);
  if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) {
    const group = [...root(form).querySelectorAll<HTMLInputElement>(`input[name="${id}"]`)];
    const wanted = Array.isArray(value) ? value : [typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value)];
    for (const input of group) {
      if (input.checked !== wanted.includes(input.value)) {
        input.click();
        await settle(form);
      }
    }
  } else if (control instanceof HTMLSelectElement) {
    control.focus();
    control.value = String(value);
    control.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    const input = control as HTMLInputElement | HTMLTextAreaElement;
    input.focus();
    if (input.value) {
      input.select();
      await sendKeys({ press: 'Backspace' });
    }
    // Dates are typed as parents write them: an ISO answer becomes dd.mm.yyyy on the keyboard.
    const iso = control.dataset.kind === 'date' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value)) : null;
    await sendKeys({ type: iso ? `${iso[3]}.${iso[2]}.${iso[1]}` : String(value) });
    input.blur();
  }
  await settle(form);
}

/** Presses the step's main button (Continue) and waits for the next step or the error summary. */
export async function continueStep(form: ServiceForm): Promise<void> {
  $(form, '#continue').click();
  // `next()` is async (the review step asks the host's check): wait until it has rendered.
  for (let i = 0; i < 5; i++) await settle(form);
}

/** Answers the current step's questions (`path → answer`, in the order given) and continues. */
export async function fillStep(form: ServiceForm, answers: Record<string, UiAnswer>): Promise<void> {
  for (const [path, value] of Object.entries(answers)) await answer(form, path, value);
  await continueStep(form);
}

/** The error summary's lines (empty when there is none). */
export function summary(form: ServiceForm): string[] {
  return [...root(form).querySelectorAll('[part="error-summary"] li')].map((li) => (li.textContent ?? '').trim());
}

/** The checklist as the parent sees it: document id → `data-state` (`missing`, `provided`, `optional`, `registry`). */
export function checklist(form: ServiceForm): Record<string, string> {
  return Object.fromEntries(
    [...root(form).querySelectorAll<HTMLElement>('[part="checklist-item"]')].map((li) => [li.dataset.doc!, li.dataset.state!]),
  );
}

/**
 * Attaches files to a checklist item through its uploader's `<input type=file>` (as the browser
 * does after its dialog closes) and waits until they are processed. Default: one photo per file
 * the item asks for.
 */
/**
 * A parent reaches an uploader by moving through the form, and the first focus in it loads the
 * uploader's and signing code (the later steps, form-engine.ts); tests that go straight to an uploader
 * give the form that focus first.
 */
export async function withParts(form: ServiceForm): Promise<void> {
  // Each form loads its later steps on its own first focus (the code may be on the page already).
  form.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  await form.updateComplete;
}

export async function attach(form: ServiceForm, doc: string, files?: File[]): Promise<void> {
  await withParts(form);
  const uploader = $(form, `doc-uploader[doc="${doc}"]`) as HTMLElement & { files: File[]; busy: boolean; updateComplete: Promise<unknown> };
  const count = Number(uploader.getAttribute('max-files') ?? 1);
  const list = files ?? (await Promise.all(Array.from({ length: count }, (_, i) => photo(`${doc}-${i + 1}.jpg`))));
  const before = uploader.files.length;
  const input = uploader.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
  const dt = new DataTransfer();
  for (const file of list) dt.items.add(file);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  const start = Date.now();
  while (uploader.busy || uploader.files.length < before + list.length) {
    if (Date.now() - start > 20000) throw new Error(`${doc}: files not processed in 20 s`);
    await new Promise((r) => setTimeout(r, 20));
  }
  await uploader.updateComplete;
  await settle(form);
}

/** Attaches every document the checklist shows as missing (one photo per file asked). */
export async function attachMissing(form: ServiceForm): Promise<void> {
  for (const [doc, state] of Object.entries(checklist(form))) if (state === 'missing') await attach(form, doc);
}

/** On the sign step: clicks the panel's method button (default `webcrypto`) and resolves with `signed-payload`'s detail. */
export async function sign(form: ServiceForm, method = 'webcrypto'): Promise<SignedDetail> {
  const panel = $(form, 'sign-panel');
  await (panel as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  const signed = nextEvent<SignedDetail>(form, 'signed-payload');
  panel.shadowRoot!.querySelector<HTMLButtonElement>(`[part="method-button"][data-method="${method}"]`)!.click();
  const detail = await signed;
  await settle(form);
  return detail;
}

function nextEvent<T>(target: EventTarget, name: string): Promise<T> {
  return new Promise((resolve) => target.addEventListener(name, (e) => resolve((e as CustomEvent<T>).detail), { once: true }));
}

/** Puts a service form on the page as the tests use it: drafts off, the states' fixed clock, a language and a registry. */
export async function mountForm<T extends ServiceForm>(tag: string, lang: Locale = 'en', registry: Record<string, boolean> = {}): Promise<T> {
  const name = unsafeStatic(tag);
  return fixture<T>(staticHtml`<${name} lang=${lang} no-draft .now=${stateNow} .registry=${registry}></${name}>`);
}

/** Everything the form shows, as text. */
export const text = (form: ServiceForm): string => root(form).textContent ?? '';

/** An i18n key that reached the page untranslated. */
export const rawKey = /\b(form|error|document|status|reason|state|service|campKind|transferReason|upload|signing|drafts)\.[a-zA-Z-]+\b/;

/**
 * The shared check of a form's story states, each in kk, ru and en: axe-clean, no raw i18n key,
 * on the step the state names (a receipt after signing), errors in the summary when Continue was
 * pressed, and the "originals checked in person" notice on the review step exactly when the
 * service has it (`inPersonCheck`).
 */
export function describeStates(tag: string, states: Record<string, ServiceFormState>, inPersonCheck: boolean): void {
  describe('every state, in kk, ru and en', () => {
    for (const [name, state] of Object.entries(states)) {
      for (const lang of locales) {
        it(`${name} (${lang}): accessible, localized, on its step`, async () => {
          const el = await mountForm<ServiceForm>(tag, lang);
          await applyFormState(el, state);
          await expectAccessible(el);
          expect(text(el)).to.not.match(rawKey);
          if (state.step === 'receipt') expect(root(el).querySelector('[part="receipt"]')).to.not.equal(null);
          // Continue on a valid review step moves on to signing.
          else if (!(state.tried && state.step === 'review')) expect(el.currentStep).to.equal(state.step);
          if (state.tried) expect(summary(el).length).to.be.greaterThan(0);
          if (name === 'review') {
            const notice = translate(lang, 'form.inPersonCheck');
            if (inPersonCheck) expect(text(el)).to.contain(notice);
            else expect(text(el)).to.not.contain(notice);
          }
        });
      }
    }
  });
}
