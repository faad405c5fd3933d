// <school-enroll-form> driven as a parent would: typing, choosing, attaching real images, signing.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/define/school-enroll-form.js';
import type { SchoolEnrollForm } from '../../src/elements/school-enroll-form/school-enroll-form.js';
import { requiredDocuments } from '../../src/rules/index.js';
import { verifySigned } from '../support/verify-signed.js';
import { translate, locales, type Locale } from '../../src/i18n/localize.js';
import { NcaLayerSigner, SmsCodeSigner, type SignedDetail } from '../../src/signing/index.js';
import { expectAccessible, expectFocused } from '../support/a11y.js';
import { jpegFile, pdfFile } from '../fixtures/files.js';
import { pasteEvent } from '../support/paste.js';
import { sha256Hex } from '../../src/upload/digest.js';
import { schoolEnrollFormStates } from '../../stories/states/school-enroll-form.states.js';
import { applyFormState } from '../../stories/states/service-form.states.js';

/** 10 June 2027, 15:00 in Kazakhstan: inside the default window (1 June – 1 September). */
const IN_WINDOW = new Date('2027-06-10T10:00:00Z');
const VALID_IIN = '200821501076'; // boy, born 2020-08-21: six in 2026, so eligible for 2027

type Form = SchoolEnrollForm;
const root = (el: Form) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Form, selector: string) => root(el).querySelector<T>(selector);

async function form(options: { lang?: Locale; registry?: Record<string, boolean>; now?: Date; attrs?: Record<string, string> } = {}): Promise<Form> {
  const el = await fixture<Form>(html`<school-enroll-form
    lang=${options.lang ?? 'en'}
    school-year="2027"
    no-draft
    .registry=${options.registry ?? {}}
    .now=${() => options.now ?? IN_WINDOW}
  ></school-enroll-form>`);
  for (const [name, value] of Object.entries(options.attrs ?? {})) el.setAttribute(name, value);
  await el.updateComplete;
  return el;
}

async function settle(el: Form): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

/** Clicks into a text field and types, key by key, through the browser's real keyboard. */
async function type(el: Form, path: string, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `#field-${path.replace(/\./g, '-')}`)!;
  input.focus();
  input.select();
  await sendKeys({ type: text });
  await settle(el);
}

/** Dates are typed into the kit's date field as parents write them, digits only: DD MM YYYY (the field adds the dots). */
async function typeDate(el: Form, path: string, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-');
  const input = $<HTMLInputElement>(el, `#field-${path.replace(/\./g, '-')}`)!;
  input.focus();
  await sendKeys({ type: `${d}${m}${y}` });
  await settle(el);
}

async function click(el: Form, selector: string): Promise<void> {
  const target = $<HTMLElement>(el, selector);
  expect(target, `nothing matches ${selector}`).to.exist;
  target!.click();
  await settle(el);
}

const radio = (path: string, option: string, first = false) =>
  first ? `#field-${path}` : `#field-${path}-${option}`;

async function next(el: Form): Promise<void> {
  await click(el, '#continue');
}

const stepId = (el: Form) => $(el, '[part="step"]')?.dataset.step;
const summaryLinks = (el: Form) => [...root(el).querySelectorAll<HTMLAnchorElement>('[part="error-summary"] a')];

async function fillChild(el: Form, iin = VALID_IIN, birthDate = '2020-08-21'): Promise<void> {
  await type(el, 'child.lastName', 'Seitkali');
  await type(el, 'child.firstName', 'Aruzhan');
  await type(el, 'child.iin', iin);
  await typeDate(el, 'child.birthDate', birthDate);
  await type(el, 'school', 'School-lyceum No. 12, Astana');
}

/** Answers the circumstances step by clicking: residency, statuses, and the three yes/no questions. */
async function fillCircumstances(
  el: Form,
  a: { residency?: string; statuses?: string[]; specialNeeds?: boolean; homeEducation?: boolean; bornAbroad?: boolean } = {},
): Promise<void> {
  const residency = a.residency ?? 'citizen';
  await click(el, residency === 'citizen' ? radio('residency', residency, true) : radio('residency', residency));
  for (const status of a.statuses ?? []) {
    await click(el, status === 'social-assistance' ? '#field-statuses' : `#field-statuses-${status}`);
  }
  await click(el, a.specialNeeds ? '#field-specialNeeds' : '#field-specialNeeds-no');
  await click(el, a.homeEducation ? '#field-homeEducation' : '#field-homeEducation-no');
  await click(el, a.bornAbroad ? '#field-bornAbroad' : '#field-bornAbroad-no');
}

function uploaderFor(el: Form, doc: string): HTMLElement & { files: File[]; busy: boolean } {
  const up = $<HTMLElement & { files: File[]; busy: boolean }>(el, `doc-uploader[doc="${doc}"]`);
  expect(up, `no uploader for ${doc}`).to.exist;
  return up!;
}

/** Picks files in a document's uploader through its real <input type=file>, then waits until they are processed. */
async function attach(el: Form, doc: string, files: File[]): Promise<void> {
  const up = uploaderFor(el, doc);
  const before = up.files.length;
  const input = up.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(f);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  const start = Date.now();
  while ((up.busy || up.files.length < before + files.length) && Date.now() - start < 30000) {
    await new Promise((r) => setTimeout(r, 25));
  }
  await settle(el);
}

const docItems = (el: Form) =>
  [...root(el).querySelectorAll<HTMLElement>('[part="checklist-item"]')].map((li) => [li.dataset.doc!, li.dataset.state!]);

function nextSignedPayload(el: Form): Promise<SignedDetail> {
  return new Promise((resolve) => el.addEventListener('signed-payload', (e) => resolve((e as CustomEvent<SignedDetail>).detail), { once: true }));
}

async function signWithDeviceKey(el: Form): Promise<SignedDetail> {
  const signed = nextSignedPayload(el);
  const panel = $(el, 'sign-panel')!;
  await (panel as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  const button = panel.shadowRoot!.querySelector<HTMLButtonElement>('[part="method-button"][data-method="webcrypto"]')!;
  button.click();
  return signed;
}

/** Answers complete, both photos attached, on the review step. */
async function atReview(el: Form): Promise<void> {
  el.answers = { ...completeAnswers };
  await settle(el);
  await el.goTo(el.steps.findIndex((s) => s.id === 'documents'));
  await attach(el, 'child-photo', [await jpegFile(300, 400, 'p1.jpg', 5), await jpegFile(300, 400, 'p2.jpg', 6)]);
  await next(el);
  expect(stepId(el)).to.equal('review');
}

describe('<school-enroll-form>', () => {
  describe('every story state is accessible in kk, ru and en', () => {
    for (const [name, state] of Object.entries(schoolEnrollFormStates)) {
      for (const lang of locales) {
        it(`${name} (${lang})`, async () => {
          const el = await form({ lang });
          await applyFormState(el, state);
          await settle(el);
          await expectAccessible(el);
          expect(root(el).textContent).not.to.match(/\b(form|error|document|reason|state|signing|upload)\.[a-z]/);
        });
      }
    }
  });

  it('from the first field to a signed payload that verifyPayload accepts, as a parent would', async () => {
    const el = await form({ registry: { civilRegistry: true } });
    expect(stepId(el)).to.equal('child');
    await fillChild(el);
    await next(el);
    expect(stepId(el)).to.equal('circumstances');
    await fillCircumstances(el);
    await next(el);
    expect(stepId(el)).to.equal('documents');
    // Birth registered in Kazakhstan: the certificate is found in state records, not asked for.
    expect(docItems(el)).to.deep.include(['birth-certificate', 'registry']);
    expect(uploaderFor(el, 'child-photo')).to.exist;
    expect($(el, 'doc-uploader[doc="birth-certificate"]')).to.equal(null);

    await attach(el, 'child-photo', [await jpegFile(600, 800, 'photo-1.jpg', 1), await jpegFile(600, 800, 'photo-2.jpg', 2)]);
    expect(docItems(el)).to.deep.include(['child-photo', 'provided']);
    expect($(el, '[part="budget"]')!.textContent).to.match(/of 5[.,]0 MB/);
    await next(el);
    expect(stepId(el)).to.equal('review');
    const review = $(el, '[part="review"]')!.textContent!;
    for (const text of ['Seitkali', 'Aruzhan', VALID_IIN, 'School-lyceum No. 12, Astana', 'photo-1.jpg', 'photo-2.jpg']) {
      expect(review).to.contain(text);
    }
    await next(el);
    expect(stepId(el)).to.equal('sign');

    const detail = await signWithDeviceKey(el);
    expect(detail.service).to.equal('school-enrollment');
    expect(detail.payload.answers).to.deep.include({ school: 'School-lyceum No. 12, Astana', residency: 'citizen', schoolYear: 2027 });
    expect(detail.payload.documents.map((d) => d.doc)).to.deep.equal(['child-photo', 'child-photo']);
    expect(detail.payload.createdAt).to.match(/\+05:00$/);
    const verdict = await verifySigned(detail, detail.files);
    expect(verdict.mismatches).to.deep.equal([]);
    expect(verdict.ok).to.equal(true);

    await settle(el);
    const receipt = $(el, '[part="receipt"]')!;
    expect(receipt.querySelector('[data-idempotency-key]')!.textContent).to.equal(detail.payload.idempotencyKey);
    await expectAccessible(el);
  });

  it('works with the keyboard alone (Tab, Space, Enter), pasting the photos', async () => {
    const el = await form({ registry: { civilRegistry: true } });
    const input = $<HTMLInputElement>(el, '#field-child-lastName')!;
    input.focus();
    await sendKeys({ type: 'Seitkali' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Aruzhan' });
    await sendKeys({ press: 'Tab' }); // patronymic (optional)
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: VALID_IIN });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '21082020' }); // dd mm yyyy, as a parent writes it: the field adds the dots
    expect($<HTMLInputElement>(el, '#field-child-birthDate')!.value).to.equal('21.08.2020');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('field-school');
    await sendKeys({ type: 'School No. 5' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('continue');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(stepId(el)).to.equal('circumstances');
    expect(root(el).activeElement?.id).to.equal('step-heading');

    // Residency: Tab into the radio group; arrow keys would move, Space selects the focused one.
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('field-residency');
    await sendKeys({ press: ' ' });
    // Statuses: five checkboxes, none chosen (optional for this service).
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'Tab' });
    // specialNeeds: the group's first radio is "Yes"; ArrowRight moves to "No" and selects it.
    expect(root(el).activeElement?.id).to.equal('field-specialNeeds');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('field-homeEducation');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('field-bornAbroad');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('continue');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.answers).to.deep.include({ residency: 'citizen', specialNeeds: false, homeEducation: false, bornAbroad: false });
    expect(stepId(el)).to.equal('documents');

    // Attach by pasting into the focused photo uploader (Ctrl+V with photos on the clipboard).
    const up = uploaderFor(el, 'child-photo');
    up.focus();
    const paste = pasteEvent([await jpegFile(600, 800, 'a.jpg', 3), await jpegFile(600, 800, 'b.jpg', 4)]);
    (up.shadowRoot!.activeElement ?? up).dispatchEvent(paste);
    const start = Date.now();
    while ((up.busy || up.files.length < 2) && Date.now() - start < 30000) await new Promise((r) => setTimeout(r, 25));
    await settle(el);
    expect(up.files.length).to.equal(2);

    // Continue on the documents step, then the review step, with Enter on the focused button.
    $<HTMLButtonElement>(el, '#continue')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(stepId(el)).to.equal('review');
    $<HTMLButtonElement>(el, '#continue')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(stepId(el)).to.equal('sign');
    const signed = nextSignedPayload(el);
    const panel = $(el, 'sign-panel')!;
    await (panel as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    panel.shadowRoot!.querySelector<HTMLButtonElement>('[part="method-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    const detail = await signed;
    expect((await verifySigned(detail, detail.files)).ok).to.equal(true);
  });

  describe('errors', () => {
    it('shows one error summary, focused, whose links move focus to each field', async () => {
      const el = await form();
      await next(el);
      expect(stepId(el)).to.equal('child');
      const summary = $(el, '[part="error-summary"]')!;
      expectFocused(root(el), summary);
      const links = summaryLinks(el);
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        '#field-child-lastName',
        '#field-child-firstName',
        '#field-child-iin',
        '#field-child-birthDate',
        '#field-school',
      ]);
      links[2].click();
      await settle(el);
      expect(root(el).activeElement?.id).to.equal('field-child-iin');
      // Each field shows its own error, tied to it.
      const iin = $<HTMLInputElement>(el, '#field-child-iin')!;
      expect(iin.getAttribute('aria-invalid')).to.equal('true');
      expect(iin.getAttribute('aria-describedby')).to.contain('field-child-iin-error');
      await expectAccessible(el);
    });

    it('checks the IIN as typed, but only once the field was left', async () => {
      const el = await form();
      await type(el, 'child.iin', '20082150107');
      expect($(el, '#field-child-iin-error')).to.equal(null); // not while typing
      $<HTMLInputElement>(el, '#field-child-iin')!.blur();
      await settle(el);
      expect($(el, '#field-child-iin-error')!.textContent).to.contain(translate('en', 'error.iin-format'));
      await type(el, 'child.iin', '200821501077');
      expect($(el, '#field-child-iin-error')!.textContent).to.contain(translate('en', 'error.iin-checksum'));
      await type(el, 'child.iin', VALID_IIN);
      expect($(el, '#field-child-iin-error')).to.equal(null);
    });

    it('warns, without blocking, when the IIN does not start with the birth date', async () => {
      const el = await form();
      await fillChild(el, VALID_IIN, '2020-08-20');
      $<HTMLInputElement>(el, '#field-child-iin')!.blur();
      await settle(el);
      expect($(el, '#field-child-iin-warning')!.textContent).to.contain(translate('en', 'error.iin-birthdate-mismatch'));
      await next(el);
      expect(stepId(el)).to.equal('circumstances');
    });

    it('refuses a child who is too young (child-too-young)', async () => {
      const el = await form();
      await fillChild(el, '220101500116', '2022-01-01'); // six only in 2028
      await next(el);
      expect(stepId(el)).to.equal('child');
      expect(summaryLinks(el).map((a) => a.textContent)).to.deep.include(
        `${translate('en', 'form.childBirthDate')}: ${translate('en', 'error.child-too-young', { minAge: 6, cutoff: '2027-12-31' })}`,
      );
    });

    it('blocks the documents step until every required document is attached (document-missing)', async () => {
      const el = await form({ registry: { civilRegistry: true } });
      await fillChild(el);
      await next(el);
      await fillCircumstances(el);
      await next(el);
      await next(el);
      expect(stepId(el)).to.equal('documents');
      const links = summaryLinks(el);
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#uploader-child-photo']);
      expect(links[0].textContent).to.contain(translate('en', 'document.child-photo'));
    });

    it('outside the window says when it opens, and nothing can be signed (window-not-open)', async () => {
      const el = await form({ now: new Date('2027-05-31T18:59:00Z') }); // 31 May, 23:59 in Kazakhstan
      const notice = $(el, '[data-window]')!;
      expect(notice.dataset.window).to.equal('window-not-open');
      expect(notice.textContent).to.contain('2027');
      el.answers = { ...completeAnswers };
      await settle(el);
      await el.goTo(el.steps.findIndex((s) => s.id === 'sign'));
      expect($(el, 'sign-panel')).to.equal(null);
      await el.goTo(el.steps.findIndex((s) => s.id === 'review'));
      await next(el);
      expect(stepId(el)).to.equal('review');
      expect(summaryLinks(el)[0].textContent).to.contain(translate('en', 'error.window-not-open', { date: '' }).slice(0, 20));
    });

    it('after the last day says it closed (window-closed), at 00:00 on 2 September Kazakhstan time', async () => {
      const el = await form({ now: new Date('2027-09-01T19:00:00Z') });
      expect($(el, '[data-window]')!.dataset.window).to.equal('window-closed');
      const open = await form({ now: new Date('2027-09-01T18:59:59Z') });
      expect($(open, '[data-window]')!.dataset.window).to.equal('open');
    });

    it('a host clock with no valid time shuts the window (clock-invalid) and the form still renders', async () => {
      const el = await form({ now: new Date(NaN) });
      const notice = $(el, '[data-window]')!;
      expect(notice.dataset.window).to.equal('clock-invalid');
      expect(notice.textContent!.trim()).to.equal(translate('en', 'error.clock-invalid'));
      el.answers = { ...completeAnswers };
      await settle(el);
      await el.goTo(el.steps.findIndex((s) => s.id === 'sign'));
      expect($(el, 'sign-panel')).to.equal(null);
      await expectAccessible(el);
    });

    it("honours the host's opens/closes attributes", async () => {
      const el = await form({ now: new Date('2027-04-15T06:00:00Z'), attrs: { opens: '04-01', closes: '08-31' } });
      expect($(el, '[data-window]')!.dataset.window).to.equal('open');
    });

    it("blocks with already-applied when the host's hasApplication says so", async () => {
      const el = await form({ registry: { civilRegistry: true } });
      const asked: string[] = [];
      el.hasApplication = async (iin) => {
        asked.push(iin);
        return true;
      };
      await atReview(el);
      await next(el);
      expect(asked).to.deep.equal([VALID_IIN]);
      expect(stepId(el)).to.equal('review');
      expect(summaryLinks(el).map((a) => a.textContent)).to.deep.equal([translate('en', 'error.already-applied')]);
    });

    it("says so, and signs nothing, when the host's hasApplication fails (application-check-failed)", async () => {
      const el = await form({ registry: { civilRegistry: true } });
      el.hasApplication = async () => {
        throw new Error('502 from the back end');
      };
      await atReview(el);
      await next(el);
      expect(stepId(el)).to.equal('review');
      expect(summaryLinks(el).map((a) => a.textContent)).to.deep.equal([translate('en', 'error.application-check-failed')]);
      expectFocused(root(el), $(el, '[part="error-summary"]'));
    });

    it('takes Continue once while the host checks, and stays where the parent went meanwhile', async () => {
      const el = await form({ registry: { civilRegistry: true } });
      let asked = 0;
      let answer!: (value: boolean) => void;
      el.hasApplication = () => {
        asked++;
        return new Promise<boolean>((resolve) => (answer = resolve));
      };
      await atReview(el);
      $(el, '#continue')!.click();
      await settle(el);
      expect($(el, '#continue')!.getAttribute('aria-disabled')).to.equal('true');
      $(el, '#continue')!.click(); // a second press while waiting
      await settle(el);
      expect(asked).to.equal(1);
      await click(el, '[part="step"] .nav button.secondary'); // Back, while the host thinks
      expect(stepId(el)).to.equal('documents');
      answer(false);
      await settle(el);
      await settle(el);
      expect(stepId(el)).to.equal('documents');
      expect($(el, '#continue')!.getAttribute('aria-disabled')).to.equal('false');
    });

    it('shows the error summary in the new language when the language changes', async () => {
      const el = await form({ lang: 'kk' });
      await next(el);
      const first = summaryLinks(el).map((a) => a.textContent);
      expect(first[0]).to.contain(translate('kk', 'form.childLastName'));
      el.setAttribute('lang', 'ru');
      await settle(el);
      const links = summaryLinks(el).map((a) => a.textContent!);
      expect(links).to.have.length(first.length);
      expect(links[0]).to.contain(translate('ru', 'form.childLastName'));
      expect(links.join(' ')).not.to.contain(translate('kk', 'form.childLastName'));
    });

    it('a document that leaves the checklist takes its files out of the application, and gets them back when it returns', async () => {
      const el = await form({ registry: { civilRegistry: true } });
      el.answers = { ...completeAnswers, specialNeeds: true };
      await settle(el);
      await el.goTo(el.steps.findIndex((s) => s.id === 'documents'));
      const conclusion = pdfFile('pmpc.pdf', 20_000);
      await attach(el, 'pmpc-conclusion', [conclusion]);
      await attach(el, 'child-photo', [await jpegFile(300, 400, 'p1.jpg', 5), await jpegFile(300, 400, 'p2.jpg', 6)]);
      expect(Object.fromEntries(docItems(el))['pmpc-conclusion']).to.equal('provided');
      const hash = await sha256Hex(uploaderFor(el, 'pmpc-conclusion').files[0]);
      const budget = () => Number($<HTMLMeterElement>(el, '#budget-meter')!.value);
      const withConclusion = budget();
      // The parent goes back and answers "no special needs": the conclusion is not part of the application.
      await el.goTo(el.steps.findIndex((s) => s.id === 'circumstances'));
      await click(el, '#field-specialNeeds-no');
      expect(el.requiredDocuments().map((i) => i.doc)).not.to.include('pmpc-conclusion');
      expect($(el, 'doc-uploader[doc="pmpc-conclusion"]')).to.equal(null);
      await el.goTo(el.steps.findIndex((s) => s.id === 'documents'));
      expect(withConclusion - budget()).to.equal(conclusion.size, 'its bytes left the budget');
      // ...then "yes" again: the same file is back, and the application can go on.
      await el.goTo(el.steps.findIndex((s) => s.id === 'circumstances'));
      await click(el, '#field-specialNeeds');
      await el.goTo(el.steps.findIndex((s) => s.id === 'documents'));
      const back = uploaderFor(el, 'pmpc-conclusion');
      for (let i = 0; i < 100 && back.files.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      await settle(el);
      expect(back.files).to.have.length(1);
      expect(await sha256Hex(back.files[0])).to.equal(hash);
      expect(Object.fromEntries(docItems(el))['pmpc-conclusion']).to.equal('provided');
      expect(budget()).to.equal(withConclusion);
      await next(el);
      expect(stepId(el)).to.equal('review');
    });

    it('signs without the files of a document an answer took off the checklist', async () => {
      const el = await form({ registry: { civilRegistry: true } });
      el.answers = { ...completeAnswers, specialNeeds: true };
      await settle(el);
      await el.goTo(el.steps.findIndex((s) => s.id === 'documents'));
      await attach(el, 'pmpc-conclusion', [pdfFile('pmpc.pdf', 20_000)]);
      await el.goTo(el.steps.findIndex((s) => s.id === 'circumstances'));
      await click(el, '#field-specialNeeds-no');
      await atReview(el);
      expect($(el, '[part="review"]')!.textContent).to.not.contain('pmpc.pdf');
      await next(el);
      const detail = await signWithDeviceKey(el);
      expect(detail.payload.documents.map((d) => d.doc)).to.deep.equal(['child-photo', 'child-photo']);
      const verdict = await verifySigned(detail, detail.files, { registry: { civilRegistry: true } });
      expect(verdict.mismatches).to.deep.equal([]);
    });
  });

  describe('signing with what the host offers (signers)', () => {
    async function atSign(el: Form): Promise<HTMLElement> {
      await atReview(el);
      await next(el);
      expect(stepId(el)).to.equal('sign');
      const panel = $(el, 'sign-panel')!;
      await (panel as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      return panel;
    }
    const method = (panel: HTMLElement, m: string) => panel.shadowRoot!.querySelector<HTMLButtonElement>(`[part="method-button"][data-method="${m}"]`);

    it('EDS through NCALayer: the CMS is the signature, and the server has the host check it over the canonical bytes', async () => {
      const { url, session } = await executeServerCommand<{ url: string; session: string }, unknown>('fake-ncalayer', { behaviour: 'success' });
      const el = await form({ registry: { civilRegistry: true } });
      el.signers = { eds: new NcaLayerSigner({ url }), sms: new SmsCodeSigner({ requestCode: async () => undefined, confirmCode: async () => false }) };
      const panel = await atSign(el);
      expect(method(panel, 'webcrypto'), 'only what the host offers').to.equal(null);
      const signed = nextSignedPayload(el);
      method(panel, 'eds')!.click();
      const detail = await signed;
      expect(detail.signature.type).to.equal('ncalayer');
      const requests = await executeServerCommand<Array<{ args?: { data?: string } }>, { session: string }>('fake-ncalayer-requests', { session });
      // NCALayer was asked to sign exactly the canonical text, base64.
      expect(atob(requests[0].args!.data!)).to.equal(unescape(encodeURIComponent(detail.canonical)));
      const checked: string[] = [];
      const verifyCms = async (cms: string, content: Uint8Array) => {
        checked.push(new TextDecoder().decode(content));
        return { ok: cms === detail.signature.value, iin: '800101300011' };
      };
      const verified = await verifySigned(detail, detail.files, { acceptSignatures: ['ncalayer'], verifyCms });
      expect(verified.mismatches).to.deep.equal([]);
      expect(verified.ok).to.equal(true);
      expect(verified.signer).to.deep.equal({ type: 'ncalayer', iin: '800101300011' });
      expect(checked).to.deep.equal([detail.canonical]);
    });

    it('an SMS code typed by the parent: the host\'s token is the signature', async () => {
      const digests: string[] = [];
      const el = await form({ registry: { civilRegistry: true } });
      el.signers = {
        sms: new SmsCodeSigner({
          requestCode: async ({ digest }) => void digests.push(digest),
          confirmCode: async (code, { digest }) => (code === '482913' ? `token-for-${digest}` : false),
        }),
      };
      const panel = await atSign(el);
      const signed = nextSignedPayload(el);
      method(panel, 'sms')!.click();
      const input = await new Promise<HTMLInputElement>((resolve) => {
        const look = () => {
          const found = panel.shadowRoot!.querySelector<HTMLInputElement>('[part="code-input"]');
          if (found && !found.readOnly) resolve(found);
          else setTimeout(look, 20);
        };
        look();
      });
      input.focus();
      await sendKeys({ type: '482913' });
      await sendKeys({ press: 'Enter' });
      const detail = await signed;
      expect(detail.signature).to.deep.equal({ type: 'sms', value: `token-for-${detail.digest}` });
      expect(digests).to.deep.equal([detail.digest]);
      const verifySmsToken = async (token: string, digest: string) => token === `token-for-${digest}`;
      const verified = await verifySigned(detail, detail.files, { acceptSignatures: ['sms'], verifySmsToken });
      expect(verified.mismatches).to.deep.equal([]);
      expect(verified.ok).to.equal(true);
      expect(verified.signer).to.deep.equal({ type: 'sms' });
    });
  });

  it('a change link on "check your answers" comes back to it after Continue', async () => {
    const el = await form({ registry: { civilRegistry: true } });
    await atReview(el);
    await click(el, '[data-field="school"] .change a');
    expect(stepId(el)).to.equal('child');
    expectFocused(root(el), $(el, '#field-school'));
    await type(el, 'school', 'Gymnasium No. 3');
    await next(el);
    expect(stepId(el)).to.equal('review');
    expect($(el, '[data-field="school"] dd')!.textContent).to.contain('Gymnasium No. 3');
    // Without a change link, Continue walks on as usual.
    await el.goTo(0);
    await next(el);
    expect(stepId(el)).to.equal('circumstances');
  });

  it('shows the checklist while the circumstances are answered, and it follows each answer', async () => {
    const el = await form({ registry: { civilRegistry: true } });
    await fillChild(el);
    await next(el);
    expect(stepId(el)).to.equal('circumstances');
    const preview = $(el, 'doc-checklist') as HTMLElement & { updateComplete: Promise<unknown> };
    expect(preview, 'a checklist on the circumstances step').to.exist;
    const items = async () => {
      await preview.updateComplete;
      return [...preview.shadowRoot!.querySelectorAll<HTMLElement>('[part="checklist-item"]')].map((li) => [li.dataset.doc, li.dataset.state]);
    };
    expect(await items()).to.deep.include(['birth-certificate', 'registry']);
    expect((await items()).map(([doc]) => doc)).not.to.include('pmpc-conclusion');
    await click(el, '#field-specialNeeds');
    expect(await items()).to.deep.include(['pmpc-conclusion', 'missing']);
    await click(el, '#field-bornAbroad');
    expect(await items()).to.deep.include(['birth-certificate', 'missing']);
    await expectAccessible(el);
  });

  describe('the checklist follows the answers (through the UI)', () => {
    const cases: {
      name: string;
      registry: Record<string, boolean>;
      answers: Parameters<typeof fillCircumstances>[1];
      medical?: 'required';
      expect: [string, string][];
    }[] = [
      { name: 'citizen, birth registered', registry: { civilRegistry: true }, answers: {}, expect: [['birth-certificate', 'registry'], ['child-photo', 'missing'], ['health-063', 'optional']] },
      { name: 'birth not in the registry', registry: {}, answers: {}, expect: [['birth-certificate', 'missing']] },
      { name: 'born abroad beats the registry', registry: { civilRegistry: true }, answers: { bornAbroad: true }, expect: [['birth-certificate', 'missing']] },
      { name: 'foreigner', registry: { civilRegistry: true }, answers: { residency: 'foreigner' }, expect: [['residence-permit', 'missing']] },
      { name: 'kandas', registry: { civilRegistry: true }, answers: { residency: 'kandas' }, expect: [['kandas-certificate', 'missing']] },
      { name: 'special needs', registry: { civilRegistry: true }, answers: { specialNeeds: true }, expect: [['pmpc-conclusion', 'missing']] },
      { name: 'home education', registry: { civilRegistry: true }, answers: { homeEducation: true }, expect: [['mcc-conclusion', 'missing']] },
      { name: 'low income, not in records', registry: {}, answers: { statuses: ['low-income'] }, expect: [['income-documents', 'missing']] },
      { name: 'low income, in records', registry: { income: true }, answers: { statuses: ['low-income'] }, expect: [['income-documents', 'registry']] },
      { name: 'emergency is never in records', registry: { socialAssistance: true }, answers: { statuses: ['emergency', 'social-assistance'] }, expect: [['collegial-decision', 'missing'], ['social-assistance-certificate', 'registry']] },
      { name: 'medical certificates required by the host', registry: {}, answers: {}, medical: 'required', expect: [['health-063', 'missing'], ['health-026', 'missing']] },
    ];
    for (const c of cases) {
      it(c.name, async () => {
        const el = await form({ registry: c.registry, attrs: c.medical ? { 'medical-certificates': c.medical } : {} });
        await fillChild(el);
        await next(el);
        await fillCircumstances(el, c.answers);
        await next(el);
        expect(stepId(el)).to.equal('documents');
        const shown = docItems(el);
        for (const pair of c.expect) expect(shown).to.deep.include(pair);
        // Exactly the rules' checklist, in its order.
        const rules = requiredDocuments('school-enrollment', el.answers, c.registry, { medicalCertificates: c.medical ?? 'optional' });
        expect(shown.map(([doc]) => doc)).to.deep.equal(rules.map((i) => i.doc));
        expect(el.requiredDocuments()).to.deep.equal(rules);
      });
    }
  });

  it('warns, without blocking, when a photo is far from 3×4, and records original sizes in the payload', async () => {
    const el = await form({ registry: { civilRegistry: true } });
    el.answers = { ...completeAnswers };
    await settle(el);
    await el.goTo(el.steps.findIndex((s) => s.id === 'documents'));
    await attach(el, 'child-photo', [await jpegFile(600, 800, 'ok.jpg', 7)]);
    expect($(el, '[data-warning="aspect"]')).to.equal(null);
    await attach(el, 'child-photo', [await jpegFile(800, 800, 'square.jpg', 8)]);
    expect($(el, '[data-warning="aspect"]')!.textContent).to.equal(translate('en', 'form.photoAspect'));
    await next(el);
    expect(stepId(el)).to.equal('review');
    await next(el);
    const detail = await signWithDeviceKey(el);
    expect(detail.payload.documents.map((d) => [d.original.width, d.original.height])).to.deep.equal([
      [600, 800],
      [800, 800],
    ]);
    expect((await verifySigned(detail, detail.files)).ok).to.equal(true);
  });

  it('keeps every answer when the language changes', async () => {
    const el = await form({ lang: 'kk' });
    await fillChild(el);
    const heading = () => $(el, '#step-heading')!.textContent;
    expect(heading()).to.equal(translate('kk', 'form.stepChild'));
    el.setAttribute('lang', 'ru');
    await settle(el);
    expect(heading()).to.equal(translate('ru', 'form.stepChild'));
    expect($<HTMLInputElement>(el, '#field-child-lastName')!.value).to.equal('Seitkali');
    expect(el.answers).to.deep.include({ school: 'School-lyceum No. 12, Astana' });
  });

  it('shares one 5 MB budget across its uploaders and says when it is exceeded', async () => {
    const el = await form({ registry: {} });
    el.answers = { ...completeAnswers };
    await settle(el);
    await el.goTo(el.steps.findIndex((s) => s.id === 'documents'));
    // PDFs count as they are: 3 MB + 3 MB cannot fit in 5 MB.
    await attach(el, 'birth-certificate', [pdfFile('birth.pdf', 3_000_000)]);
    await attach(el, 'health-063', [pdfFile('vaccines.pdf', 3_000_000)]);
    expect($(el, '[part="budget"]')!.dataset.state).to.equal('over');
    await next(el);
    expect(summaryLinks(el).map((a) => a.getAttribute('href'))).to.include('#budget');
  });
});

const completeAnswers = {
  child: { lastName: 'Seitkali', firstName: 'Aruzhan', iin: VALID_IIN, birthDate: '2020-08-21' },
  school: 'School No. 5',
  residency: 'citizen',
  statuses: [],
  specialNeeds: false,
  homeEducation: false,
  bornAbroad: false,
  schoolYear: 2027,
};
