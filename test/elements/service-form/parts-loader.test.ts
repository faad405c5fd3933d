// The form's later steps loaded on demand (parts-loader.ts): the loader's states on their own, then
// a form whose loader waits or fails once: "Loading…", the failure with "Try again", the steps once
// loaded; axe on each state, in kk, ru and en.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../../src/i18n/index.js';
import { SchoolEnrollForm } from '../../../src/elements/school-enroll-form/school-enroll-form.js';
import { PartsLoader, renderPartsState } from '../../../src/elements/service-form/parts-loader.js';
import { defineElement } from '../../../src/internal/browser-support.js';
import { locales, translate } from '../../../src/i18n/localize.js';
import { expectAccessible, expectFocused } from '../../support/a11y.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, get: () => T | null | undefined | false, ms = 10000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = get();
    if (value) return value;
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

function fakeHost() {
  const host = { updates: 0, requestUpdate: () => host.updates++, addController: () => {}, removeController: () => {}, updateComplete: Promise.resolve(true) };
  return host;
}

describe('service-form/parts-loader', () => {
  it('loads once, however often it is started, and holds the parts', async () => {
    const host = fakeHost();
    let calls = 0;
    const loader = new PartsLoader(host, async () => ({ n: ++calls }));
    expect(loader.status).to.equal('initial');
    const first = loader.start();
    loader.start();
    expect(loader.status).to.equal('pending');
    expect(await first).to.deep.equal({ n: 1 });
    expect(await loader.start()).to.deep.equal({ n: 1 });
    expect(calls).to.equal(1);
    expect(loader.status).to.equal('complete');
    expect(loader.value).to.deep.equal({ n: 1 });
    expect(host.updates).to.equal(2, 'pending, then complete');
  });

  it('a failure stays until retry (starting again does not retry), and settled never rejects', async () => {
    const host = fakeHost();
    let calls = 0;
    const loader = new PartsLoader(host, async () => {
      if (++calls === 1) throw new Error('offline');
      return 'parts';
    });
    expect(await loader.start()).to.equal(undefined);
    await loader.settled;
    expect(loader.status).to.equal('error');
    expect(String(loader.error)).to.contain('offline');
    await loader.start();
    expect(calls).to.equal(1, 'start() after a failure does not load again');
    expect(await loader.retry()).to.equal('parts');
    expect(loader.status).to.equal('complete');
    expect(loader.error).to.equal(undefined);
    await loader.retry();
    expect(calls).to.equal(2, 'retry() after success does nothing');
  });

  it('get() resolves the parts, loading them (again after a failure), or rejects with why', async () => {
    const host = fakeHost();
    let fail = true;
    const loader = new PartsLoader(host, async () => {
      if (fail) throw new Error('offline');
      return 42;
    });
    let error: unknown;
    await loader.get().catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('offline');
    fail = false;
    expect(await loader.get()).to.equal(42);
  });

  it('renders "Loading…" as a status, and the failure as an alert with Try again; Back in both', async () => {
    const t = (key: string) => translate('en', key);
    const seen: string[] = [];
    const actions = { retry: () => seen.push('retry'), back: () => seen.push('back') };
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    render(renderPartsState('pending', t, actions), el);
    expect(el.querySelector('[data-parts="loading"]')!.getAttribute('role')).to.equal('status');
    expect(el.textContent).to.contain(t('form.partsLoading'));
    expect(el.querySelector('#parts-retry')).to.equal(null);
    render(renderPartsState('error', t, actions), el);
    expect(el.querySelector('[data-parts="failed"]')!.getAttribute('role')).to.equal('alert');
    expect(el.textContent).to.contain(t('form.partsFailed'));
    el.querySelector<HTMLButtonElement>('#parts-retry')!.click();
    el.querySelector<HTMLButtonElement>('.nav button')!.click();
    expect(seen).to.deep.equal(['retry', 'back']);
  });

  for (const locale of locales) {
    it(`${locale}: the loading and failure texts exist`, () => {
      for (const key of ['form.partsLoading', 'form.partsFailed', 'form.partsRetry']) expect(translate(locale, key), key).to.not.equal(key);
    });
  }
});

/** A form whose later steps load only when the test says, and fail while `failures` is above 0. */
class GatedForm extends SchoolEnrollForm {
  static failures = 0;
  static open: Promise<void> = Promise.resolve();
  static loads = 0;
  protected override async loadAfterQuestions() {
    GatedForm.loads++;
    await GatedForm.open;
    if (GatedForm.failures > 0) {
      GatedForm.failures--;
      throw new TypeError('Failed to fetch dynamically imported module');
    }
    return super.loadAfterQuestions();
  }
}
defineElement('gated-enroll-form', GatedForm);

async function mount(lang = 'en'): Promise<GatedForm> {
  const form = await fixture<GatedForm>(html`<gated-enroll-form lang=${lang} no-draft></gated-enroll-form>`);
  await form.updateComplete;
  return form;
}

const $ = (form: GatedForm, selector: string) => form.shadowRoot!.querySelector<HTMLElement>(selector);
const documentsIndex = (form: GatedForm) => form.steps.findIndex((s) => s.id === 'documents');

describe('service-form: the later steps loading, failing, and loaded', () => {
  afterEach(() => {
    GatedForm.failures = 0;
    GatedForm.open = Promise.resolve();
  });

  for (const lang of locales) {
    it(`${lang}: "Loading…" while they load (accessible, Back offered), then the documents step`, async () => {
      let release!: () => void;
      GatedForm.open = new Promise((r) => (release = r));
      const form = await mount(lang);
      void form.goTo(documentsIndex(form));
      const loading = await until('the loading state', () => $(form, '[data-parts="loading"]'));
      expect(loading.textContent).to.contain(translate(lang, 'form.partsLoading'));
      expect($(form, '[data-step="documents"] h2')!.textContent).to.equal(translate(lang, 'form.stepDocuments'));
      expect($(form, '[data-step="documents"] .nav button')!.textContent).to.equal(translate(lang, 'form.back'));
      expect($(form, 'doc-uploader')).to.equal(null);
      await expectAccessible(form);
      release();
      await form.updateComplete;
      expect($(form, '[data-parts]')).to.equal(null);
      expect($(form, 'doc-uploader')).to.not.equal(null);
      expect($(form, '[part="budget"]')).to.not.equal(null);
      // The later steps' styles came with them: the budget meter is sticky.
      expect(getComputedStyle($(form, '[part="budget"]')!).position).to.equal('sticky');
      await expectAccessible(form);
    });
  }

  it('fails once: says so (an alert, accessible), and Try again loads them, focus kept on the step', async () => {
    GatedForm.failures = 1;
    const form = await mount('en');
    const before = GatedForm.loads;
    await form.goTo(documentsIndex(form));
    const failed = await until('the failure', () => $(form, '[data-parts="failed"]'));
    expect(failed.getAttribute('role')).to.equal('alert');
    expect(failed.textContent).to.contain(translate('en', 'form.partsFailed'));
    await expectAccessible(form);
    $(form, '#parts-retry')!.click();
    await until('the documents step', () => $(form, 'doc-uploader'));
    await form.updateComplete;
    expect($(form, '[data-parts]')).to.equal(null);
    expect(GatedForm.loads - before).to.equal(2, 'the failed load, and the one Try again made');
    expectFocused(form.shadowRoot!, $(form, '[data-step-heading]'));
    await expectAccessible(form);
  });

  it('fails twice: Try again says so again and takes the focus back to itself', async () => {
    GatedForm.failures = 2;
    const form = await mount('en');
    await form.goTo(documentsIndex(form));
    await until('the failure', () => $(form, '[data-parts="failed"]'));
    $(form, '#parts-retry')!.click();
    await until('the second failure', () => GatedForm.failures === 0 && $(form, '[data-parts="failed"]'));
    await form.updateComplete;
    expectFocused(form.shadowRoot!, $(form, '#parts-retry'));
  });

  it('a failure in the background (first focus) is tried again on the way to the documents step', async () => {
    GatedForm.failures = 1;
    const form = await mount('en');
    form.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await form.updateComplete;
    expect($(form, '[data-parts]')).to.equal(null, 'nothing shows on a question step');
    await form.goTo(documentsIndex(form));
    await until('the documents step', () => $(form, 'doc-uploader'));
  });

  it('checkBeforeSigning() waits for the later steps (the checks come with them)', async () => {
    const form = await mount('en');
    expect(await form.checkBeforeSigning()).to.equal(false);
    expect($(form, '[part="error-summary"]')).to.not.equal(null);
  });
});
