// The error summary (error-summary.ts): entries made again in a new language, following the answers
// once shown; where a link leads; focus on the control after its label is scrolled into view.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../../src/i18n/index.js';
import { ErrorSummary, focusControl, pathOfId, renderErrorSummary, summaryDestination } from '../../../src/elements/service-form/error-summary.js';
import { schoolEnrollmentForm } from '../../../src/elements/school-enroll-form/definition.js';
import { translate } from '../../../src/i18n/localize.js';
import { expectAccessible, expectFocused } from '../../support/a11y.js';

const steps = schoolEnrollmentForm.steps;

function host() {
  const h = { updates: 0, requestUpdate: () => h.updates++, addController: () => {}, removeController: () => {}, updateComplete: Promise.resolve(true) };
  return h;
}

describe('service-form/error-summary', () => {
  it('shows what its source makes, again in a new language, and follows the answers once shown', () => {
    let locale = 'en';
    let problems = ['a', 'b'];
    const h = host();
    const summary = new ErrorSummary(h, () => locale);
    summary.refresh(() => [{ target: 'x', message: 'x' }]);
    expect(summary.entries).to.deep.equal([], 'nothing shown: nothing to refresh');
    summary.show(() => problems.map((p) => ({ target: p, message: `${locale}:${p}` })));
    expect(summary.entries.map((e) => e.message)).to.deep.equal(['en:a', 'en:b']);
    expect(h.updates).to.equal(1);
    locale = 'kk';
    summary.relocalize();
    expect(summary.entries.map((e) => e.message)).to.deep.equal(['kk:a', 'kk:b']);
    problems = ['b'];
    summary.refresh(() => problems.map((p) => ({ target: p, message: p })));
    expect(summary.entries.map((e) => e.target)).to.deep.equal(['b']);
    summary.show();
    expect(summary.entries).to.deep.equal([]);
    locale = 'ru';
    summary.relocalize();
    expect(summary.entries).to.deep.equal([]);
  });

  it('a link leads to the field\'s step, to the documents step, or to a control on this step', () => {
    expect(pathOfId(steps, 'field-child-iin')).to.equal('child.iin');
    expect(pathOfId(steps, 'field-nothing')).to.equal(undefined);
    const onReview = { questionSteps: steps, stepIndex: 3, currentStep: 'review' };
    expect(summaryDestination('field-residency', onReview)).to.deep.equal({ step: 1, path: 'residency' });
    expect(summaryDestination('field-child-iin', { ...onReview, stepIndex: 0, currentStep: 'child' })).to.deep.equal({ focus: 'field-child-iin' });
    expect(summaryDestination('uploader-child-photo', onReview)).to.deep.equal({ documents: true });
    expect(summaryDestination('budget', onReview)).to.deep.equal({ documents: true });
    expect(summaryDestination('budget', { ...onReview, stepIndex: 2, currentStep: 'documents' })).to.deep.equal({ focus: 'budget' });
    expect(summaryDestination('window', onReview)).to.deep.equal({ focus: 'window' });
  });

  it('renders a focusable box, an alert inside, one link per entry; a click reaches the handler', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    const clicked: string[] = [];
    const t = (key: string) => translate('en', key);
    render(renderErrorSummary([{ target: 'field-a', message: 'Fix A' }, { target: 'budget', message: 'Too big' }], t, (e, target) => {
      e.preventDefault();
      clicked.push(target);
    }), el);
    const box = el.querySelector<HTMLElement>('[part="error-summary"]')!;
    expect(box.tabIndex).to.equal(-1);
    expect(box.querySelector('[role="alert"] h2')!.textContent).to.equal(t('form.errorSummaryTitle'));
    const links = [...box.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#field-a', '#budget']);
    links[1].click();
    expect(clicked).to.deep.equal(['budget']);
    await expectAccessible(el);
    render(renderErrorSummary([], t, () => {}), el);
    expect(el.querySelector('[part="error-summary"]')).to.equal(null);
  });

  it('moves focus to the control, its label scrolled into view first', async () => {
    const el = await fixture<HTMLDivElement>(html`<div><label for="field-a">A</label><input id="field-a" /></div>`);
    const label = el.querySelector('label')!;
    let scrolled = false;
    label.scrollIntoView = () => (scrolled = true);
    focusControl(el, 'field-a');
    expect(scrolled).to.equal(true);
    expectFocused(document, el.querySelector('input'));
    focusControl(el, 'field-missing');
    expectFocused(document, el.querySelector('input'));
  });
});
