// "Check your answers" (review-step.ts): each step's answers and each document's files, with "change"
// links named for screen readers, and the in-person notice where the service has one.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../../src/i18n/index.js';
import { renderReview, type ReviewView } from '../../../src/elements/service-form/review-step.js';
import { schoolEnrollmentForm } from '../../../src/elements/school-enroll-form/definition.js';
import type { ChecklistItem } from '../../../src/rules/index.js';
import { getPath } from '../../../src/elements/service-form/answers.js';
import { translate } from '../../../src/i18n/localize.js';
import { expectAccessible } from '../../support/a11y.js';

const t = (key: string, params?: Record<string, string | number>) => translate('en', key, params);
const answers = { child: { lastName: 'Seitkali', firstName: 'Aruzhan', iin: '200821501076' }, specialNeeds: false };

function view(over: Partial<ReviewView> = {}): ReviewView {
  return {
    t,
    locale: 'en',
    questionSteps: schoolEnrollmentForm.steps,
    visibleFields: (step) => step.fields,
    get: (path) => getPath(answers, path),
    schools: [],
    checklist: [
      { doc: 'child-photo', state: 'required', count: 2, reason: 'always' },
      { doc: 'birth-certificate', state: 'registry', count: 1, reason: 'always' },
    ] as ChecklistItem[],
    attachments: [{ doc: 'child-photo', file: new File(['x'.repeat(2000)], 'photo.jpg') }],
    inPersonCheck: false,
    onChangeAnswer: () => {},
    onChangeDocument: () => {},
    nav: html`<div class="nav"><button type="button">Continue</button></div>`,
    ...over,
  };
}

describe('service-form/review-step', () => {
  it('lists every answer (a dash for none) and every document\'s files; registry documents say so', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    render(renderReview(view()), el);
    const row = (field: string) => el.querySelector(`[data-field="${field}"] dd`)!.textContent!.trim();
    expect(row('child.firstName')).to.equal('Aruzhan');
    expect(row('specialNeeds')).to.equal(t('form.no'));
    expect(row('child.patronymic')).to.equal('—');
    expect(el.querySelector('[data-doc="child-photo"] .file')!.textContent).to.contain('photo.jpg');
    expect(el.querySelector('[data-doc="birth-certificate"] dd')!.textContent).to.equal(t('state.registry'));
    expect(el.querySelector('[data-doc="birth-certificate"] .change')).to.equal(null, 'nothing to change there');
    expect(el.querySelector('[part="notice"]')).to.equal(null);
    await expectAccessible(el);
  });

  it('"change" links go back to the answer\'s step and field, or to the document\'s uploader', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    const went: string[] = [];
    render(renderReview(view({ onChangeAnswer: (i, p) => went.push(`${i}:${p}`), onChangeDocument: (d) => went.push(d), inPersonCheck: true })), el);
    const residency = el.querySelector<HTMLAnchorElement>('[data-field="residency"] .change a')!;
    expect(residency.getAttribute('href')).to.equal('#field-residency');
    expect(residency.textContent).to.contain(t('form.residency'));
    residency.click();
    el.querySelector<HTMLAnchorElement>('[data-doc="child-photo"] .change a')!.click();
    expect(went).to.deep.equal(['1:residency', 'child-photo']);
    expect(el.querySelector('[part="notice"]')!.textContent).to.equal(t('form.inPersonCheck'));
  });
});
