// <special-school-form> driven as a parent would: every state in kk/ru/en with axe, the checklist
// through the questions, and one application signed to a payload that verifies.
import { expect } from '@open-wc/testing';
import '../../src/define/special-school-form.js';
import type { SpecialSchoolForm } from '../../src/elements/special-school-form/special-school-form.js';
import { translate, type Locale } from '../../src/i18n/localize.js';
import { verifyPayload } from '../../src/rules/index.js';
import * as d from '../support/form-driver.js';
import { specialSchoolFormStates } from '../../stories/states/special-school-form.states.js';

const form = (lang: Locale = 'en', registry: Record<string, boolean> = {}) => d.mountForm<SpecialSchoolForm>('special-school-form', lang, registry);

const child = { 'child.lastName': 'Сейтқали', 'child.firstName': 'Әлихан', 'child.iin': '200821501076', 'child.birthDate': '2020-08-21', school: 'Special school No. 2' };
const text = d.text;

/** Answers the question steps through the UI and lands on the documents step. */
async function toDocuments(el: SpecialSchoolForm, answers: Record<string, d.UiAnswer>): Promise<void> {
  await d.fillStep(el, child);
  await d.fillStep(el, answers);
  expect(el.currentStep, d.summary(el).join(' | ')).to.equal('documents');
}

describe('<special-school-form>', () => {
  d.describeStates('special-school-form', specialSchoolFormStates, false);

  it('signs an application made through the UI to a payload that verifyPayload accepts', async () => {
    const el = await form('ru');
    await d.fillStep(el, child);
    expect(text(el)).to.contain(translate('ru', 'form.specialSchoolIntro'));
    // The application's own words, typed on several lines.
    await d.fillStep(el, { note: 'Просим принять ребёнка.\nНужен первый этаж.' });
    expect(el.currentStep).to.equal('documents');
    expect(d.checklist(el)).to.deep.equal({ 'pmpc-conclusion': 'missing' });
    await d.attachMissing(el);
    await d.continueStep(el);
    expect(el.currentStep).to.equal('review');
    expect(text(el)).to.contain('Нужен первый этаж.');
    await d.continueStep(el);
    const detail = await d.sign(el);
    expect(detail.service).to.equal('special-school-enrollment');
    expect(detail.payload.answers).to.deep.include({ school: 'Special school No. 2', note: 'Просим принять ребёнка.\nНужен первый этаж.' });
    expect(detail.payload.documents.map((x) => x.doc)).to.deep.equal(['pmpc-conclusion']);
    const verified = await verifyPayload(detail, detail.files);
    expect(verified.mismatches).to.deep.equal([]);
    expect(verified.ok).to.equal(true);
  });

  it('takes the application without its own words: the note is optional', async () => {
    const el = await form();
    await toDocuments(el, {});
    expect(d.summary(el)).to.deep.equal([]);
  });

  describe('checklist branches, answered through the UI', () => {
    // The conclusion is always asked and nothing else is: no registry key and no answer changes that.
    for (const registry of [{} as Record<string, boolean>, { civilRegistry: true, marriage: true, socialAssistance: true }]) {
      it(`registry ${JSON.stringify(registry)}: only the conclusion`, async () => {
        const el = await form('en', registry);
        await toDocuments(el, {});
        expect(d.checklist(el)).to.deep.equal({ 'pmpc-conclusion': 'missing' });
      });
    }
  });

  it('does not leave the documents step without the conclusion, and names it', async () => {
    const el = await form('kk');
    await toDocuments(el, {});
    await d.continueStep(el);
    expect(el.currentStep).to.equal('documents');
    expect(d.summary(el)).to.deep.equal([translate('kk', 'error.document-missing', { document: translate('kk', 'document.pmpc-conclusion'), min: 1 })]);
    await d.attach(el, 'pmpc-conclusion');
    expect(d.checklist(el)['pmpc-conclusion']).to.equal('provided');
    await d.continueStep(el);
    expect(el.currentStep).to.equal('review');
  });
});
