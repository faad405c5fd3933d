// One form's controllers wired to its element (form-engine.ts), through a real <school-enroll-form>:
// when the later steps load, their styles after the form's own, the budget and school year kept,
// a summary link to an uploader.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/school-enroll-form.js';
import '../../../src/i18n/index.js';
import type { SchoolEnrollForm } from '../../../src/elements/school-enroll-form/school-enroll-form.js';
import type { FormEngine } from '../../../src/elements/service-form/form-engine.js';
import { expectFocused } from '../../support/a11y.js';

const engineOf = (form: SchoolEnrollForm) => (form as unknown as { engine: FormEngine }).engine;
const $ = (form: SchoolEnrollForm, selector: string) => form.shadowRoot!.querySelector<HTMLElement>(selector);

async function mount(attrs = ''): Promise<SchoolEnrollForm> {
  const el = await fixture<HTMLDivElement>(html`<div></div>`);
  el.innerHTML = `<school-enroll-form lang="en" no-draft ${attrs}></school-enroll-form>`;
  const form = el.firstElementChild as SchoolEnrollForm;
  form.now = () => new Date('2027-06-10T10:00:00Z');
  await form.updateComplete;
  return form;
}

describe('service-form/form-engine', () => {
  it('the later steps load on the first focus, not before; their styles come after the form\'s own', async () => {
    const form = await mount();
    const engine = engineOf(form);
    expect(engine.parts.status).to.equal('initial');
    const own = form.shadowRoot!.adoptedStyleSheets.length;
    form.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await form.updateComplete;
    expect(engine.parts.status).to.equal('complete');
    const sheets = form.shadowRoot!.adoptedStyleSheets;
    expect(sheets.length).to.equal(own + 2);
    expect(sheets.slice(0, own)).to.deep.equal((form.constructor as typeof SchoolEnrollForm).elementStyles.map((s) => (s as { styleSheet: CSSStyleSheet }).styleSheet));
    expect($(form, '.documents-step[hidden] doc-uploader'), 'the uploaders wait, hidden, on the question steps').to.not.equal(null);
  });

  it('the last question step loads them (its checklist preview)', async () => {
    const form = await mount();
    await form.goTo(1);
    expect(engineOf(form).parts.status).to.equal('complete');
    expect(customElements.get('doc-checklist')).to.not.equal(undefined);
  });

  it('the host\'s budget and school year reach the pool and the answers', async () => {
    const form = await mount('budget="3000000" school-year="2028"');
    expect(engineOf(form).pool.budget).to.equal(3_000_000);
    expect(form.answers.schoolYear).to.equal(2028);
  });

  it('a summary link to an uploader, from the review: the documents step, no step-change, the uploader focused', async () => {
    const form = await mount();
    await form.goTo(form.steps.findIndex((s) => s.id === 'review'));
    await form.next(); // the checks before signing: documents missing, among others
    const changes: string[] = [];
    form.addEventListener('step-change', (e) => changes.push((e as CustomEvent<{ step: string }>).detail.step));
    const link = $(form, '[part="error-summary"] a[href="#uploader-child-photo"]')!;
    link.click();
    await form.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    expect(form.currentStep).to.equal('documents');
    expect(changes).to.deep.equal([]);
    expect($(form, '[part="error-summary"]')).to.equal(null);
    const uploader = $(form, '#uploader-child-photo')!;
    expectFocused(form.shadowRoot!, uploader);
  });
});
