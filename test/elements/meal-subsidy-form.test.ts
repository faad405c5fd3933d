// <meal-subsidy-form> driven as a parent would: every state in kk/ru/en with axe, the checklist's
// registry branches through the questions, and one application signed to a payload that verifies.
import { expect } from '@open-wc/testing';
import '../../src/define/meal-subsidy-form.js';
import type { MealSubsidyForm } from '../../src/elements/meal-subsidy-form/meal-subsidy-form.js';
import { translate, type Locale } from '../../src/i18n/localize.js';
import { verifySigned } from '../support/verify-signed.js';
import * as d from '../support/form-driver.js';
import { mealSubsidyFormStates } from '../../stories/states/meal-subsidy-form.states.js';

const form = (lang: Locale = 'en', registry: Record<string, boolean> = {}) => d.mountForm<MealSubsidyForm>('meal-subsidy-form', lang, registry);

const child = { 'child.lastName': 'Сейтқали', 'child.firstName': 'Әлихан', 'child.iin': '200821501076', 'child.birthDate': '2020-08-21', school: 'School No. 5' };
const text = d.text;

/** Answers both question steps through the UI and lands on the documents step. */
async function toDocuments(el: MealSubsidyForm, circumstances: Record<string, d.UiAnswer>): Promise<void> {
  await d.fillStep(el, child);
  await d.fillStep(el, { marriageAbroad: false, bornAbroad: false, ...circumstances });
  expect(el.currentStep, d.summary(el).join(' | ')).to.equal('documents');
}

describe('<meal-subsidy-form>', () => {
  d.describeStates('meal-subsidy-form', mealSubsidyFormStates, true);

  it('signs an application made through the UI to a payload that verifyPayload accepts', async () => {
    const el = await form('ru', { civilRegistry: true });
    await toDocuments(el, { statuses: ['orphan', 'low-income'] });
    expect(d.checklist(el)).to.deep.equal({
      'birth-certificate': 'registry',
      'marriage-certificate': 'missing',
      'income-documents': 'missing',
      'guardianship-decision': 'missing',
    });
    await d.attachMissing(el);
    await d.continueStep(el);
    expect(el.currentStep).to.equal('review');
    // Originals are checked in person afterwards (the page): the review step says so.
    expect(text(el)).to.contain(translate('ru', 'form.inPersonCheck'));
    await d.continueStep(el);
    const detail = await d.sign(el);
    expect(detail.service).to.equal('meal-subsidy');
    expect(detail.payload.answers).to.deep.include({ statuses: ['low-income', 'orphan'], marriageAbroad: false, bornAbroad: false, school: 'School No. 5' });
    expect(detail.payload.documents.map((x) => x.doc)).to.deep.equal(['marriage-certificate', 'income-documents', 'guardianship-decision']);
    const verified = await verifySigned(detail, detail.files);
    expect(verified.mismatches).to.deep.equal([]);
    expect(verified.ok).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="receipt"]')!.textContent).to.contain(detail.payload.idempotencyKey);
  });

  it('asks for at least one category', async () => {
    const el = await form();
    await d.fillStep(el, child);
    await d.fillStep(el, { marriageAbroad: false, bornAbroad: false });
    expect(el.currentStep).to.equal('circumstances');
    expect(d.summary(el).join()).to.contain(translate('en', 'error.status-required'));
    await d.fillStep(el, { statuses: ['unemployed-parents'] });
    expect(el.currentStep).to.equal('documents');
  });

  describe('checklist branches, answered through the UI', () => {
    const cases: [string, Record<string, boolean>, Record<string, d.UiAnswer>, Record<string, string>][] = [
      ['nothing in the registry: every document asked', {}, { statuses: ['social-assistance'] },
        { 'birth-certificate': 'missing', 'marriage-certificate': 'missing', 'social-assistance-certificate': 'missing' }],
      ['the registry holds birth, marriage and assistance', { civilRegistry: true, marriage: true, socialAssistance: true }, { statuses: ['social-assistance'] },
        { 'birth-certificate': 'registry', 'marriage-certificate': 'registry', 'social-assistance-certificate': 'registry' }],
      ['born abroad: the birth certificate whatever the registry', { civilRegistry: true, marriage: true }, { statuses: ['orphan'], bornAbroad: true },
        { 'birth-certificate': 'missing', 'marriage-certificate': 'registry', 'guardianship-decision': 'missing' }],
      ['marriage registered abroad: the certificate whatever the registry', { civilRegistry: true, marriage: true, unemployment: true }, { statuses: ['unemployed-parents'], marriageAbroad: true },
        { 'birth-certificate': 'registry', 'marriage-certificate': 'missing', 'unemployment-certificate': 'registry' }],
      ['emergency: the collegial decision is never in the registry', { civilRegistry: true, marriage: true, socialAssistance: true, unemployment: true, income: true, guardianship: true },
        { statuses: ['social-assistance', 'unemployed-parents', 'low-income', 'orphan', 'emergency'] },
        { 'birth-certificate': 'registry', 'marriage-certificate': 'registry', 'social-assistance-certificate': 'registry', 'unemployment-certificate': 'registry',
          'income-documents': 'registry', 'guardianship-decision': 'registry', 'collegial-decision': 'missing' }],
    ];
    for (const [name, registry, circumstances, expected] of cases) {
      it(name, async () => {
        const el = await form('en', registry);
        await toDocuments(el, circumstances);
        expect(d.checklist(el)).to.deep.equal(expected);
        expect(el.requiredDocuments().map((i) => i.doc)).to.deep.equal(Object.keys(expected));
      });
    }
  });

  it('does not leave the documents step while a required document is missing, and names it', async () => {
    const el = await form('kk', { civilRegistry: true, marriage: true });
    await toDocuments(el, { statuses: ['low-income'] });
    await d.continueStep(el);
    expect(el.currentStep).to.equal('documents');
    expect(d.summary(el)).to.deep.equal([translate('kk', 'error.document-missing', { document: translate('kk', 'document.income-documents'), min: 1 })]);
    await d.attach(el, 'income-documents');
    expect(d.checklist(el)['income-documents']).to.equal('provided');
    expect(d.summary(el)).to.deep.equal([]);
    await d.continueStep(el);
    expect(el.currentStep).to.equal('review');
  });
});
