// A question step (question-step.ts): its fields with errors and warnings in words, the lookup
// notice, the birth date the IIN suggests, Enter to continue, the checklist preview on the last step.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../../src/i18n/index.js';
import { birthDateSuggestion, continueOnEnter, renderQuestionStep, type QuestionStepView } from '../../../src/elements/service-form/question-step.js';
import { FormController } from '../../../src/elements/service-form/form-controller.js';
import { issueText } from '../../../src/elements/service-form/problems.js';
import { schoolEnrollmentForm } from '../../../src/elements/school-enroll-form/definition.js';
import { translate } from '../../../src/i18n/localize.js';
import { expectAccessible } from '../../support/a11y.js';

const t = (key: string, params?: Record<string, string | number>) => translate('en', key, params);

function controller(answers: Record<string, unknown> = { child: {} }) {
  const host = { requestUpdate: () => {}, addController: () => {}, removeController: () => {}, updateComplete: Promise.resolve(true) };
  const form = new FormController(host, {
    rules: schoolEnrollmentForm.rules,
    context: () => ({ now: new Date('2027-06-10T10:00:00Z') }),
    checklist: () => ({ registry: {}, medicalCertificates: 'optional' }),
  });
  form.setAll(answers);
  return form;
}

function view(over: Partial<QuestionStepView> = {}): QuestionStepView {
  return {
    step: schoolEnrollmentForm.steps[0],
    last: false,
    t,
    locale: 'en',
    form: controller(),
    schools: [],
    lookup: { status: 'idle', fromRecords: new Set() },
    attached: {},
    issueText: (issue, field) => issueText(t, issue, field),
    onInput: () => {},
    onBlur: () => {},
    onKeydown: () => {},
    nav: html`<div class="nav"><button type="button">Continue</button></div>`,
    ...over,
  };
}

describe('service-form/question-step', () => {
  it('the IIN\'s date is offered as the date of birth only when it is valid and no date was given', () => {
    expect(birthDateSuggestion((p) => ({ 'child.iin': '200821501076' })[p])).to.equal('2020-08-21');
    expect(birthDateSuggestion((p) => ({ 'child.iin': '200821501076', 'child.birthDate': '2020-08-20' })[p])).to.equal(undefined);
    expect(birthDateSuggestion((p) => ({ 'child.iin': '200821501077' })[p])).to.equal(undefined);
    expect(birthDateSuggestion(() => undefined)).to.equal(undefined);
  });

  it('renders the step\'s fields; a tried step shows each error in words', async () => {
    const form = controller();
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    render(renderQuestionStep(view({ form })), el);
    expect(el.querySelector('.intro')!.textContent).to.equal(t('form.stepChildIntro'));
    expect(el.querySelector('#field-child-iin')).to.not.equal(null);
    expect(el.querySelector('[part="error-message"]')).to.equal(null);
    form.markTried('child');
    render(renderQuestionStep(view({ form })), el);
    expect(el.querySelectorAll('[part="error-message"]').length).to.be.greaterThan(0);
    expect(el.querySelector('doc-checklist')).to.equal(null, 'no preview before the last step');
    await expectAccessible(el);
  });

  it('the lookup\'s notice on the IIN step; the preview of the checklist on the last step', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    render(renderQuestionStep(view({ lookup: { status: 'found', fromRecords: new Set(['child.lastName']) } })), el);
    expect(el.querySelector('[data-lookup="found"]')!.textContent).to.equal(t('journey.lookupFound'));
    expect(el.querySelector('[data-from-records]')).to.not.equal(null);
    render(renderQuestionStep(view({ step: schoolEnrollmentForm.steps[1], last: true, attached: { 'child-photo': 1 } })), el);
    expect(el.querySelector('[data-lookup]')).to.equal(null, 'not on a step without the IIN');
    const preview = el.querySelector('doc-checklist') as HTMLElement & { provided: Record<string, number> };
    expect(preview.hasAttribute('preview')).to.equal(true);
    expect(preview.provided).to.deep.equal({ 'child-photo': 1 });
  });

  it('Enter in a one-line field commits it, touches it and continues; not on a file input or in a textarea', async () => {
    const el = await fixture<HTMLDivElement>(html`<div><input id="field-child-iin" /><input type="file" id="box" /><textarea id="note"></textarea></div>`);
    const done: string[] = [];
    const options = { questionSteps: schoolEnrollmentForm.steps, touch: (p: string) => done.push(`touch:${p}`), next: () => done.push('next') };
    const input = el.querySelector('input')!;
    let changed = 0;
    input.addEventListener('change', () => changed++);
    const press = (target: Element, init: KeyboardEventInit = {}) => {
      let handled = false;
      target.addEventListener('keydown', (e) => (handled = continueOnEnter(e as KeyboardEvent, options)), { once: true });
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true, ...init }));
      return handled;
    };
    expect(press(input)).to.equal(true);
    expect(changed).to.equal(1);
    expect(done).to.deep.equal(['touch:child.iin', 'next']);
    expect(press(input, { key: 'a' })).to.equal(false);
    expect(press(input, { isComposing: true })).to.equal(false);
    expect(press(el.querySelector('#box')!)).to.equal(false);
    expect(press(el.querySelector('#note')!)).to.equal(false);
    expect(done).to.have.length(2);
  });
});
