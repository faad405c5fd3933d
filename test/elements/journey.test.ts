// A parent's path to a receipt (issue 15), driven as a person would: dates typed in kk/ru/en (impossible
// ones too), the host's submit (sending, receipt on each of the seven forms, failure and retry with
// nothing lost, a slow host), lookupChild prefill, Enter, a pasted IIN, required yes/no, the checklist
// preview, and axe in the high-contrast theme on every step.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { translate, locales, type Locale } from '../../src/i18n/localize.js';
import type { ServiceForm } from '../../src/elements/service-form/service-form.js';
import type { SignedDetail } from '../../src/signing/index.js';
import { expectAccessible } from '../support/a11y.js';
import * as d from '../support/form-driver.js';
import { completeAnswers, schoolEnrollFormStates } from '../../stories/states/school-enroll-form.states.js';
import { specialSchoolFormStates } from '../../stories/states/special-school-form.states.js';
import { mealSubsidyFormStates } from '../../stories/states/meal-subsidy-form.states.js';
import { schoolTransportFormStates } from '../../stories/states/school-transport-form.states.js';
import { homeStudyFormStates } from '../../stories/states/home-study-form.states.js';
import { campReferralFormStates } from '../../stories/states/camp-referral-form.states.js';
import { schoolTransferFormStates } from '../../stories/states/school-transfer-form.states.js';
import type { ServiceFormState } from '../../stories/states/service-form.states.js';
import { MemoryStore } from '../drafts/memory-store.js';

const VALID_IIN = '200821501076';
const root = (el: ServiceForm) => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: ServiceForm, s: string) => root(el).querySelector<T>(s);

/** A signed state for each of the seven forms (their story lists' receipt state), stopped on the sign step. */
const signable: Record<string, ServiceFormState> = {
  'school-enroll-form': schoolEnrollFormStates.signed,
  'special-school-form': specialSchoolFormStates.receipt,
  'meal-subsidy-form': mealSubsidyFormStates.receipt,
  'school-transport-form': schoolTransportFormStates.receipt,
  'home-study-form': homeStudyFormStates.receipt,
  'camp-referral-form': campReferralFormStates.receipt,
  'school-transfer-form': schoolTransferFormStates.receipt,
};

/** A host whose answer the test releases (a slow host). */
function slowHost() {
  let release!: (v: { reference: string; message?: string }) => void;
  let refuse!: (e: unknown) => void;
  const calls: SignedDetail[] = [];
  const submit = (detail: SignedDetail) => {
    calls.push(detail);
    return new Promise<{ reference: string; message?: string }>((resolve, reject) => {
      release = resolve;
      refuse = reject;
    });
  };
  return { submit, calls, release: (v: { reference: string; message?: string }) => release(v), refuse: (e: unknown) => refuse(e) };
}

async function toSign(tag: string, lang: Locale = 'en'): Promise<ServiceForm> {
  const el = await d.mountForm<ServiceForm>(tag, lang);
  await d.applyFormState(el, { ...signable[tag]!, step: 'sign' });
  expect(el.currentStep).to.equal('sign');
  return el;
}

function clickSign(el: ServiceForm): void {
  const panel = q(el, 'sign-panel')!;
  panel.shadowRoot!.querySelector<HTMLButtonElement>('[part="method-button"][data-method="webcrypto"]')!.click();
}

async function until(el: ServiceForm, what: () => boolean, label: string): Promise<void> {
  const start = Date.now();
  while (!what()) {
    if (Date.now() - start > 15000) throw new Error(`timed out waiting for ${label}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  await d.settle(el);
}

describe('dates typed as parents write them', () => {
  for (const lang of locales) {
    it(`${lang}: "15032020", "1.3.2020" and a pasted ISO date become the day; impossible and incomplete dates say what to fix`, async () => {
      const el = await d.mountForm<ServiceForm>('school-enroll-form', lang);
      const input = q<HTMLInputElement>(el, '#field-child-birthDate')!;
      expect(input.type).to.equal('text');
      input.focus();
      await sendKeys({ type: '15032020' });
      await d.settle(el);
      expect(input.value).to.equal('15.03.2020');
      expect(el.answers.child).to.include({ birthDate: '2020-03-15' });

      input.select();
      await sendKeys({ type: '1.3.2020' });
      await d.settle(el);
      expect((el.answers.child as Record<string, unknown>).birthDate).to.equal('2020-03-01');

      input.select();
      await sendKeys({ type: '31022020' });
      input.blur();
      await d.settle(el);
      expect(input.value).to.equal('31.02.2020');
      expect(q(el, '#field-child-birthDate-error')!.textContent).to.contain(translate(lang, 'error.date-impossible'));
      expect(input.getAttribute('aria-invalid')).to.equal('true');

      input.focus();
      input.select();
      await sendKeys({ type: '15.13.2019' });
      input.blur();
      await d.settle(el);
      expect(q(el, '#field-child-birthDate-error')!.textContent).to.contain(translate(lang, 'error.date-impossible'));

      input.focus();
      input.select();
      await sendKeys({ type: '15.03.20' });
      input.blur();
      await d.settle(el);
      expect(q(el, '#field-child-birthDate-error')!.textContent).to.contain(translate(lang, 'error.date-incomplete'));
      await expectAccessible(el);
    });
  }

  it('the review shows dd.mm.yyyy; the IIN only suggests a date, and the suggestion is taken only when pressed', async () => {
    const el = await d.mountForm<ServiceForm>('school-enroll-form', 'ru');
    await d.answer(el, 'child.iin', VALID_IIN);
    expect((el.answers.child as Record<string, unknown>).birthDate).to.equal(undefined);
    const offer = q<HTMLButtonElement>(el, '[data-suggest]')!;
    expect(offer.textContent).to.contain('21.08.2020');
    offer.click();
    await d.settle(el);
    expect((el.answers.child as Record<string, unknown>).birthDate).to.equal('2020-08-21');
    expect(q<HTMLInputElement>(el, '#field-child-birthDate')!.value).to.equal('21.08.2020');
    expect(q(el, '[data-suggest]')).to.equal(null);
    el.answers = { ...completeAnswers };
    await el.goTo(el.steps.findIndex((s) => s.id === 'review'));
    expect(q(el, '[data-field="child.birthDate"] dd')!.textContent).to.contain('21.08.2020');
  });
});

describe('submit: sending, receipt, failure and retry', () => {
  for (const tag of Object.keys(signable)) {
    it(`${tag}: "Sending…" while a slow host works, then its receipt`, async () => {
      const el = await toSign(tag, 'ru');
      const host = slowHost();
      el.submit = host.submit;
      let signedEvents = 0;
      el.addEventListener('signed-payload', () => signedEvents++);
      clickSign(el);
      await until(el, () => !!q(el, '[data-submission="sending"]'), 'sending');
      expect(d.text(el)).to.contain(translate('ru', 'journey.sending'));
      expect(q(el, '[part="receipt"]')).to.equal(null);
      expect(signedEvents).to.equal(1);
      await expectAccessible(el);
      await new Promise((r) => setTimeout(r, 300)); // the host is slow: still sending
      expect(q(el, '[data-submission="sending"]')).to.not.equal(null);
      host.release({ reference: 'KZ-2026-000123', message: 'Ждите уведомления.' });
      await until(el, () => !!q(el, '[part="receipt"]'), 'receipt');
      const receipt = q(el, '[part="receipt"]')!;
      expect(receipt.dataset.submission).to.equal('received');
      expect(q(el, '[data-reference]')!.textContent).to.equal('KZ-2026-000123');
      const child = (host.calls[0]!.payload.answers as { child?: Record<string, string> }).child;
      if (child?.lastName) expect(q(el, '[data-child]')!.textContent).to.contain(child.lastName);
      // The form's clock in Kazakhstan time (UTC+5), dd.mm.yyyy HH:MM, whatever the browser's zone.
      expect(q(el, '[data-received-at]')!.textContent).to.equal(tag === 'school-enroll-form' ? '10.06.2027 15:00' : '10.09.2026 11:00');
      expect(receipt.textContent).to.contain(translate('ru', `service.${host.calls[0]!.service}`));
      expect(receipt.querySelectorAll('[data-next-step]').length).to.be.greaterThan(1);
      expect(q(el, '#print')).to.not.equal(null);
      expect(q(el, '[data-host-message]')!.textContent).to.equal('Ждите уведомления.');
      // The idempotency key only inside the closed "technical details".
      const key = q(el, '[data-idempotency-key]')!;
      expect(key.closest('details')).to.not.equal(null);
      expect(key.closest('details')!.open).to.equal(false);
      expect(host.calls.length).to.equal(1);
      expect(d.text(el)).to.not.match(d.rawKey);
      await expectAccessible(el);
    });
  }

  it('fails with a specific message and "Send again": nothing is lost, the same signed detail goes again', async () => {
    const el = await toSign('school-enroll-form', 'kk');
    const answersBefore = JSON.stringify(el.answers);
    let attempt = 0;
    const calls: SignedDetail[] = [];
    el.submit = async (detail) => {
      calls.push(detail);
      attempt++;
      if (attempt === 1) throw new TypeError('Failed to fetch');
      if (attempt === 2) throw Object.assign(new Error('refused'), { status: 409, codes: ['already-applied'] });
      return { reference: 'A-77' };
    };
    clickSign(el);
    await until(el, () => !!q(el, '[data-submission="failed"]'), 'failure');
    expect(q(el, '[data-submission="failed"]')!.dataset.code).to.equal('submit-offline');
    expect(d.text(el)).to.contain(translate('kk', 'error.submit-offline'));
    expect(JSON.stringify(el.answers)).to.equal(answersBefore);
    const uploader = q(el, 'doc-uploader[doc="child-photo"]') as HTMLElement & { files: File[] };
    expect(uploader.files.length).to.equal(2);
    await expectAccessible(el);

    q<HTMLButtonElement>(el, '#retry')!.click();
    await until(el, () => q(el, '[data-submission="failed"]')?.dataset.code === 'submit-rejected', 'rejection');
    expect(d.text(el)).to.contain(translate('kk', 'error.already-applied'));

    q<HTMLButtonElement>(el, '#retry')!.click();
    await until(el, () => !!q(el, '[data-reference]'), 'receipt');
    expect(q(el, '[data-reference]')!.textContent).to.equal('A-77');
    expect(calls.length).to.equal(3);
    expect(calls[1]!.signature).to.deep.equal(calls[0]!.signature);
    expect(calls[2]!.canonical).to.equal(calls[0]!.canonical);
    expect(calls[2]!.files.length).to.equal(calls[0]!.files.length);
  });

  it('keeps the draft while sending and after a failure; clears it once the host confirmed', async () => {
    const store = new MemoryStore();
    const el = document.createElement('school-enroll-form') as ServiceForm;
    el.setAttribute('lang', 'en');
    el.setAttribute('draft-key', 'journey-draft');
    el.draftStore = store;
    el.now = () => new Date('2027-06-10T10:00:00Z');
    el.registry = { civilRegistry: true };
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    wrap.append(el);
    await d.settle(el);
    el.answers = { ...completeAnswers };
    await d.settle(el);
    await d.withParts(el); // the uploaders come with the form's later steps
    await (q(el, 'doc-uploader[doc="child-photo"]') as HTMLElement & { addFiles(f: File[]): Promise<unknown> }).addFiles([await d.photo('a.jpg'), await d.photo('b.jpg')]);
    await d.settle(el);
    await el.goTo(el.steps.findIndex((s) => s.id === 'sign'));
    await until(el, () => store.drafts.size > 0, 'a saved draft');
    let fail = true;
    const host = slowHost();
    el.submit = (detail) => (fail ? Promise.reject(new TypeError('Failed to fetch')) : host.submit(detail));
    clickSign(el);
    await until(el, () => !!q(el, '[data-submission="failed"]'), 'failure');
    await new Promise((r) => setTimeout(r, 100));
    expect(store.drafts.size, 'draft kept after a failure').to.equal(1);
    fail = false;
    q<HTMLButtonElement>(el, '#retry')!.click();
    await until(el, () => !!q(el, '[data-submission="sending"]'), 'sending');
    expect(store.drafts.size, 'draft kept while sending').to.equal(1);
    host.release({ reference: 'R-1' });
    await until(el, () => store.drafts.size === 0, 'the draft cleared after the receipt');
    expect(q(el, '[data-reference]')!.textContent).to.equal('R-1');
  });

  it('an answer without a reference is not a receipt (submit-bad-answer)', async () => {
    const el = await toSign('home-study-form');
    el.submit = async () => ({ reference: '' });
    clickSign(el);
    await until(el, () => !!q(el, '[data-submission="failed"]'), 'failure');
    expect(q(el, '[data-submission="failed"]')!.dataset.code).to.equal('submit-bad-answer');
    expect(q(el, '[part="receipt"]')).to.equal(null);
  });

  it('without submit: signed-payload alone, a "signed" view, the key inside technical details', async () => {
    const el = await toSign('school-transfer-form');
    const signed = new Promise<SignedDetail>((r) => el.addEventListener('signed-payload', (e) => r((e as CustomEvent<SignedDetail>).detail), { once: true }));
    clickSign(el);
    const detail = await signed;
    await d.settle(el);
    const receipt = q(el, '[part="receipt"]')!;
    expect(receipt.dataset.submission).to.equal('signed');
    expect(q(el, '[data-idempotency-key]')!.textContent).to.equal(detail.payload.idempotencyKey);
    expect(q(el, '[data-idempotency-key]')!.closest('details')).to.not.equal(null);
    expect(d.text(el)).to.not.contain(detail.payload.createdAt.slice(0, 16).replace('T', ' '));
  });
});

describe('lookupChild: prefill from state records', () => {
  it('is called once a valid IIN is typed, fills the child and marks the answers', async () => {
    const el = await d.mountForm<ServiceForm>('school-enroll-form', 'en');
    const asked: string[] = [];
    el.lookupChild = async (iin) => {
      asked.push(iin);
      return { lastName: 'Сейтқали', firstName: 'Аружан', patronymic: 'Ерланқызы', birthDate: '2020-08-21', address: 'ignored' };
    };
    await d.answer(el, 'child.iin', '20082150107'); // 11 digits: not yet
    expect(asked).to.deep.equal([]);
    await d.answer(el, 'child.iin', VALID_IIN);
    await until(el, () => q(el, '[data-lookup]')?.dataset.lookup === 'found', 'lookup');
    expect(asked).to.deep.equal([VALID_IIN]);
    expect(el.answers.child).to.deep.include({ lastName: 'Сейтқали', firstName: 'Аружан', patronymic: 'Ерланқызы', birthDate: '2020-08-21' });
    expect(q<HTMLInputElement>(el, '#field-child-birthDate')!.value).to.equal('21.08.2020');
    expect(root(el).querySelectorAll('[data-from-records]').length).to.equal(4);
    await expectAccessible(el);
    await d.answer(el, 'child.firstName', 'Aruzhan');
    expect(root(el).querySelectorAll('[data-from-records]').length).to.equal(3);
  });

  it('says so when nothing is found or the records cannot be reached', async () => {
    const el = await d.mountForm<ServiceForm>('school-enroll-form', 'ru');
    el.lookupChild = async () => null;
    await d.answer(el, 'child.iin', VALID_IIN);
    await until(el, () => q(el, '[data-lookup]')?.dataset.lookup === 'none', 'none');
    const el2 = await d.mountForm<ServiceForm>('school-enroll-form', 'ru');
    el2.lookupChild = async () => {
      throw new Error('down');
    };
    await d.answer(el2, 'child.iin', VALID_IIN);
    await until(el2, () => q(el2, '[data-lookup]')?.dataset.lookup === 'failed', 'failed');
    expect(d.text(el2)).to.contain(translate('ru', 'journey.lookupFailed'));
  });
});

describe('keyboard, paste and required answers', () => {
  it('Enter in a text field continues the step (and shows the errors when there are some)', async () => {
    const el = await d.mountForm<ServiceForm>('school-enroll-form', 'en');
    q<HTMLInputElement>(el, '#field-child-lastName')!.focus();
    await sendKeys({ press: 'Enter' });
    await d.settle(el);
    expect(d.summary(el).length).to.be.greaterThan(0);
    el.answers = { ...completeAnswers };
    await d.settle(el);
    q<HTMLInputElement>(el, '#field-child-firstName')!.focus();
    await sendKeys({ press: 'Enter' });
    await d.settle(el);
    expect(el.currentStep).to.not.equal('child');
  });

  it('a pasted IIN with spaces or dashes is cleaned, not cut short', async () => {
    const el = await d.mountForm<ServiceForm>('school-enroll-form', 'en');
    const input = q<HTMLInputElement>(el, '#field-child-iin')!;
    for (const pasted of ['2008 2150 1076', '200821-501076', ' 200 821 501 076 ']) {
      input.focus();
      input.value = pasted; // what the browser puts in the field on paste
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: pasted }));
      await d.settle(el);
      expect((el.answers.child as Record<string, unknown>).iin).to.equal(VALID_IIN);
      expect(input.value).to.equal(VALID_IIN);
    }
    input.focus();
    input.select();
    await sendKeys({ type: '2008 2150 1076' });
    await d.settle(el);
    expect((el.answers.child as Record<string, unknown>).iin).to.equal(VALID_IIN);
  });

  it('a required yes/no question left unanswered blocks the step and says to choose', async () => {
    const el = await d.mountForm<ServiceForm>('school-enroll-form', 'ru');
    await d.fillStep(el, { 'child.lastName': 'Сейтқали', 'child.firstName': 'Аружан', 'child.iin': VALID_IIN, 'child.birthDate': '2020-08-21', school: 'Школа № 5' });
    expect(el.currentStep).to.equal('circumstances');
    await d.fillStep(el, { residency: 'citizen', specialNeeds: false, homeEducation: false });
    expect(el.currentStep).to.equal('circumstances');
    expect(d.summary(el).join(' ')).to.contain(translate('ru', 'journey.chooseYesNo'));
    await d.fillStep(el, { bornAbroad: false });
    expect(el.currentStep).to.equal('documents');
  });

  it('the checklist before the documents step is a neutral "to do", not an error', async () => {
    const el = await d.mountForm<ServiceForm>('school-enroll-form', 'en');
    el.answers = { ...completeAnswers };
    await el.goTo(el.steps.findIndex((s) => s.id === 'circumstances'));
    const preview = q(el, 'doc-checklist')!;
    expect(preview.hasAttribute('preview')).to.equal(true);
    const item = preview.shadowRoot!.querySelector<HTMLElement>('[data-state="missing"]')!;
    expect(item.textContent).to.contain(translate('en', 'ui.toDo'));
    expect(item.textContent).to.not.contain(translate('en', 'state.missing'));
  });
});

describe('"drag or paste" only where that exists', () => {
  const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';
  it('a desktop uploader offers drag and paste; a phone only the button', async () => {
    const desktop = await fixture<HTMLElement>(html`<doc-uploader lang="en"></doc-uploader>`);
    await (desktop as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(desktop.shadowRoot!.textContent).to.contain(translate('en', 'upload.dropHintOne'));
    // One file or several: the hint says which.
    const many = await fixture<HTMLElement>(html`<doc-uploader lang="ru" multiple></doc-uploader>`);
    await (many as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(many.shadowRoot!.textContent).to.contain(translate('ru', 'upload.dropHint'));
    expect(many.shadowRoot!.textContent).to.not.contain(translate('ru', 'upload.dropHintOne'));
    Object.defineProperty(navigator, 'userAgent', { configurable: true, get: () => iphone });
    try {
      const phone = await fixture<HTMLElement>(html`<doc-uploader lang="en"></doc-uploader>`);
      await (phone as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(phone.shadowRoot!.textContent).to.not.contain(translate('en', 'upload.dropHintOne'));
      expect(phone.shadowRoot!.querySelector('button[part="button"]')).to.not.equal(null);
      await expectAccessible(phone);
    } finally {
      delete (navigator as { userAgent?: string }).userAgent;
    }
  });
});

describe('high-contrast theme (dist/themes/high-contrast.css)', () => {
  before(async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/src/themes/high-contrast.css';
    const loaded = new Promise((r) => link.addEventListener('load', r, { once: true }));
    document.head.append(link);
    await loaded;
  });

  /** One heading outline: one h2 step heading, no h1, no skipped level (h2 → h4). */
  function expectOneOutline(el: ServiceForm, label: string): void {
    const visible = [...root(el).querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')].filter((h) => !h.closest('[hidden]'));
    const levels = visible.map((h) => Number(h.tagName[1]));
    expect(levels, `${label}: no h1 inside the form`).to.not.include(1);
    levels.forEach((level, i) => expect(level, `${label}: heading ${i} skips a level (${levels.join(',')})`).to.be.at.most(i === 0 ? 2 : Math.max(levels[i - 1]!, 2) + 1));
    const stepHeadings = visible.filter((h) => h.hasAttribute('data-step-heading') || h.id === 'receipt-title');
    expect(stepHeadings.length, `${label}: one step heading`).to.equal(1);
    expect(stepHeadings[0]!.tagName, label).to.equal('H2');
  }

  const tags = Object.keys(signable);
  tags.forEach((tag, i) => {
    const lang = locales[i % locales.length]!;
    it(`${tag} (${lang}): every step, sending, failure and the receipt pass axe (colour contrast included), one heading outline each`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div class="egov-theme-high-contrast"></div>`);
      const el = document.createElement(tag) as ServiceForm;
      el.setAttribute('lang', lang);
      el.setAttribute('no-draft', '');
      wrap.append(el);
      await d.applyFormState(el, { ...signable[tag]!, step: el.steps[0]!.id } as ServiceFormState);
      expect(getComputedStyle(el).getPropertyValue('--egov-color-surface').trim()).to.equal('#000000');
      // Walk forward as a parent does: Continue on each step with the answers given.
      const visited: string[] = [];
      for (let guard = 0; el.currentStep !== 'sign' && guard < 10; guard++) {
        visited.push(el.currentStep);
        await expectAccessible(el);
        expectOneOutline(el, `${tag} ${el.currentStep}`);
        const before = el.currentStep;
        await d.continueStep(el);
        expect(el.currentStep, `${tag}: Continue on ${before} (${d.summary(el).join(' | ')})`).to.not.equal(before);
      }
      expect(visited.concat('sign')).to.deep.equal(el.steps.map((s) => s.id));
      await expectAccessible(el);
      expectOneOutline(el, `${tag} sign`);
      const host = slowHost();
      el.submit = host.submit;
      clickSign(el);
      await until(el, () => !!q(el, '[data-submission="sending"]'), 'sending');
      await expectAccessible(el);
      expectOneOutline(el, `${tag} sending`);
      host.refuse(new Error('500'));
      await until(el, () => !!q(el, '[data-submission="failed"]'), 'failure');
      await expectAccessible(el);
      expectOneOutline(el, `${tag} failure`);
      q<HTMLButtonElement>(el, '#retry')!.click();
      await until(el, () => !!q(el, '[data-submission="sending"]'), 'sending again');
      host.release({ reference: 'HC-1' });
      await until(el, () => !!q(el, '[data-reference]'), 'receipt');
      await expectAccessible(el);
      expectOneOutline(el, `${tag} receipt`);
    });
  });
});
