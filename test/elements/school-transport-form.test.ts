// <school-transport-form> driven as a parent would: every state in kk/ru/en with axe, the checklist
// through the questions, and one application signed to a payload that verifies.
import { expect } from '@open-wc/testing';
import '../../src/define/school-transport-form.js';
import type { SchoolTransportForm } from '../../src/elements/school-transport-form/school-transport-form.js';
import { translate, type Locale } from '../../src/i18n/localize.js';
import { verifySigned } from '../support/verify-signed.js';
import * as d from '../support/form-driver.js';
import { schoolTransportFormStates } from '../../stories/states/school-transport-form.states.js';

const form = (lang: Locale = 'en', registry: Record<string, boolean> = {}) => d.mountForm<SchoolTransportForm>('school-transport-form', lang, registry);

const child = { 'child.lastName': 'Сейтқали', 'child.firstName': 'Әлихан', 'child.iin': '200821501076', 'child.birthDate': '2020-08-21', school: 'Aqsu secondary school' };
const text = d.text;

/** Answers the question steps through the UI and lands on the documents step. */
async function toDocuments(el: SchoolTransportForm, answers: Record<string, d.UiAnswer>): Promise<void> {
  await d.fillStep(el, child);
  await d.fillStep(el, { locality: 'Qaraoy', distanceKm: '12', bornAbroad: false, ...answers });
  expect(el.currentStep, d.summary(el).join(' | ')).to.equal('documents');
}

describe('<school-transport-form>', () => {
  d.describeStates('school-transport-form', schoolTransportFormStates, true);

  it('signs an application made through the UI to a payload that verifyPayload accepts', async () => {
    const el = await form('ru');
    // A decimal comma, as typed on a Russian or Kazakh keyboard.
    await toDocuments(el, { locality: 'Qaraoy village', distanceKm: '7,5' });
    expect(d.checklist(el)).to.deep.equal({ 'birth-certificate': 'missing', 'study-certificate': 'missing' });
    await d.attachMissing(el);
    await d.continueStep(el);
    expect(el.currentStep).to.equal('review');
    // Originals are checked in person afterwards (the page): the review step says so.
    expect(text(el)).to.contain(translate('ru', 'form.inPersonCheck'));
    await d.continueStep(el);
    const detail = await d.sign(el);
    expect(detail.service).to.equal('school-transport');
    expect(detail.payload.answers).to.deep.include({ locality: 'Qaraoy village', distanceKm: 7.5, bornAbroad: false, school: 'Aqsu secondary school' });
    expect(detail.payload.documents.map((x) => x.doc)).to.deep.equal(['birth-certificate', 'study-certificate']);
    const verified = await verifySigned(detail, detail.files);
    expect(verified.mismatches).to.deep.equal([]);
    expect(verified.ok).to.equal(true);
  });

  it('asks for the locality and a distance, and applies the host\'s minimum distance', async () => {
    const el = await form();
    el.setAttribute('min-distance-km', '10');
    await d.fillStep(el, child);
    await d.fillStep(el, { bornAbroad: false });
    expect(el.currentStep).to.equal('transport');
    const lines = d.summary(el).join(' | ');
    expect(lines).to.contain(translate('en', 'form.locality'));
    expect(lines).to.contain(translate('en', 'form.distanceKm'));
    await d.fillStep(el, { locality: 'Qaraoy', distanceKm: '3' });
    expect(el.currentStep).to.equal('transport');
    expect(d.summary(el).join()).to.contain(translate('en', 'error.distance-too-short', { min: 10 }));
    await d.fillStep(el, { distanceKm: '12' });
    expect(el.currentStep).to.equal('documents');
  });

  describe('checklist branches, answered through the UI', () => {
    const cases: [string, Record<string, boolean>, Record<string, d.UiAnswer>, Record<string, string>][] = [
      ['nothing in the registry', {}, {}, { 'birth-certificate': 'missing', 'study-certificate': 'missing' }],
      ['the registry holds the birth', { civilRegistry: true }, {}, { 'birth-certificate': 'registry', 'study-certificate': 'missing' }],
      ['born abroad: the birth certificate whatever the registry', { civilRegistry: true }, { bornAbroad: true }, { 'birth-certificate': 'missing', 'study-certificate': 'missing' }],
    ];
    for (const [name, registry, answers, expected] of cases) {
      it(name, async () => {
        const el = await form('en', registry);
        await toDocuments(el, answers);
        expect(d.checklist(el)).to.deep.equal(expected);
      });
    }
  });

  it('does not leave the documents step while the study certificate is missing, and names it', async () => {
    const el = await form('kk', { civilRegistry: true });
    await toDocuments(el, {});
    await d.continueStep(el);
    expect(el.currentStep).to.equal('documents');
    expect(d.summary(el)).to.deep.equal([translate('kk', 'error.document-missing', { document: translate('kk', 'document.study-certificate'), min: 1 })]);
    await d.attach(el, 'study-certificate');
    await d.continueStep(el);
    expect(el.currentStep).to.equal('review');
  });
});
