// The application window in words and the header that says it (window-text.ts).
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../../src/i18n/index.js';
import { renderHeader, windowText } from '../../../src/elements/service-form/window-text.js';
import { windowStatus } from '../../../src/rules/window.js';
import { formatDate, translate } from '../../../src/i18n/localize.js';
import { schoolEnrollmentForm } from '../../../src/elements/school-enroll-form/definition.js';
import { expectAccessible } from '../../support/a11y.js';

const t = (key: string, params?: Record<string, string | number>) => translate('en', key, params);
const dates = { opens: '06-01', closes: '09-01' };

describe('service-form/window-text', () => {
  it('open: from the first to the last day, both included', () => {
    const w = windowStatus(new Date('2027-06-10T10:00:00Z'), dates, 2027);
    const text = windowText(w, t, 'en');
    expect(text).to.equal(t('form.windowOpen', { opens: formatDate('en', w.opensAt), closes: formatDate('en', new Date(w.closesAt.getTime() - 1)) }));
    expect(text).to.contain('September 1, 2027');
  });

  it('not open yet: the day it opens; closed: the last day (not the instant after it)', () => {
    const early = windowStatus(new Date('2027-05-01T10:00:00Z'), dates, 2027);
    expect(windowText(early, t, 'en')).to.equal(t('error.window-not-open', { date: formatDate('en', early.opensAt) }));
    const late = windowStatus(new Date('2027-09-02T10:00:00Z'), dates, 2027);
    expect(windowText(late, t, 'en')).to.contain('September 1, 2027');
    expect(windowText(late, t, 'en')).to.not.contain('September 2');
  });

  it('a clock that cannot be read says so', () => {
    const w = windowStatus(new Date(Number.NaN), dates, 2027);
    expect(windowText(w, t, 'en')).to.equal(t('error.clock-invalid'));
  });

  it('the header: the service, the host\'s slot, the window (closed marked) and the service\'s notices', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    render(renderHeader(schoolEnrollmentForm, windowStatus(new Date('2027-09-02T10:00:00Z'), dates, 2027), t, 'en'), el);
    expect(el.querySelector('.service-name')!.textContent).to.equal(t('service.school-enrollment'));
    expect(el.querySelector('slot[name="header"]')).to.not.equal(null);
    const notice = el.querySelector<HTMLElement>('#window')!;
    expect(notice.dataset.window).to.equal('window-closed');
    expect(notice.classList.contains('notice-closed')).to.equal(true);
    expect(el.querySelectorAll('[part="notice"]')).to.have.length(1 + schoolEnrollmentForm.notices!.length);
    render(renderHeader(schoolEnrollmentForm, undefined, t, 'en'), el);
    expect(el.querySelector('#window')).to.equal(null);
    await expectAccessible(el);
  });
});
