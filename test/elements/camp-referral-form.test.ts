// <camp-referral-form> driven as a parent would: every state in kk/ru/en with axe, the checklist
// through the questions, and one application signed to a payload that verifies.
import { expect } from '@open-wc/testing';
import '../../src/define/camp-referral-form.js';
import type { CampReferralForm } from '../../src/elements/camp-referral-form/camp-referral-form.js';
import { translate, type Locale } from '../../src/i18n/localize.js';
import { verifySigned } from '../support/verify-signed.js';
import * as d from '../support/form-driver.js';
import { campReferralFormStates } from '../../stories/states/camp-referral-form.states.js';

const form = (lang: Locale = 'en', registry: Record<string, boolean> = {}) => d.mountForm<CampReferralForm>('camp-referral-form', lang, registry);

const child = { 'child.lastName': 'Сейтқали', 'child.firstName': 'Әлихан', 'child.iin': '200821501076', 'child.birthDate': '2020-08-21', school: 'School No. 5' };
const text = d.text;

/** Answers the question steps through the UI and lands on the documents step. */
async function toDocuments(el: CampReferralForm, answers: Record<string, d.UiAnswer>): Promise<void> {
  await d.fillStep(el, child);
  await d.fillStep(el, { campKind: 'school', marriageAbroad: false, bornAbroad: false, ...answers });
  expect(el.currentStep, d.summary(el).join(' | ')).to.equal('documents');
}

describe('<camp-referral-form>', () => {
  d.describeStates('camp-referral-form', campReferralFormStates, false);

  it('signs an application made through the UI to a payload that verifyPayload accepts', async () => {
    const el = await form('ru', { civilRegistry: true });
    await toDocuments(el, { campKind: 'suburban', statuses: ['social-assistance'] });
    expect(d.checklist(el)).to.deep.equal({
      'birth-certificate': 'registry',
      'marriage-certificate': 'missing',
      'camp-health-079': 'missing',
      'social-assistance-certificate': 'missing',
    });
    await d.attachMissing(el);
    await d.continueStep(el);
    expect(el.currentStep).to.equal('review');
    expect(text(el)).to.contain(translate('ru', 'campKind.suburban'));
    expect(text(el)).to.not.contain(translate('ru', 'form.inPersonCheck'));
    await d.continueStep(el);
    const detail = await d.sign(el);
    expect(detail.service).to.equal('camp-referral');
    expect(detail.payload.answers).to.deep.include({ campKind: 'suburban', statuses: ['social-assistance'], school: 'School No. 5' });
    // In checklist order: status documents come before form 079/u.
    expect(detail.payload.documents.map((x) => x.doc)).to.deep.equal(el.requiredDocuments().filter((i) => i.state !== 'registry').map((i) => i.doc));
    expect(detail.payload.documents.map((x) => x.doc)).to.have.members(['marriage-certificate', 'camp-health-079', 'social-assistance-certificate']);
    const verified = await verifySigned(detail, detail.files);
    expect(verified.mismatches).to.deep.equal([]);
    expect(verified.ok).to.equal(true);
  });

  it('asks for the kind of camp and at least one category', async () => {
    const el = await form();
    await d.fillStep(el, child);
    await d.fillStep(el, { marriageAbroad: false, bornAbroad: false });
    expect(el.currentStep).to.equal('camp');
    expect(d.summary(el).join(' | ')).to.contain(translate('en', 'form.campKind'));
    // Every problem at once: "at least one category" before the kind of camp is chosen too.
    expect(d.summary(el).join(' | ')).to.contain(translate('en', 'error.status-required'));
    await d.fillStep(el, { campKind: 'school' });
    expect(el.currentStep).to.equal('camp');
    expect(d.summary(el).join(' | ')).to.contain(translate('en', 'error.status-required'));
    await d.fillStep(el, { statuses: ['orphan'] });
    expect(el.currentStep).to.equal('documents');
  });

  describe('checklist branches, answered through the UI', () => {
    const cases: [string, Record<string, boolean>, Record<string, d.UiAnswer>, Record<string, string>][] = [
      ['nothing in the registry: every document asked', {}, { statuses: ['unemployed-parents'] },
        { 'birth-certificate': 'missing', 'marriage-certificate': 'missing', 'camp-health-079': 'missing', 'unemployment-certificate': 'missing' }],
      ['the registry holds everything it can: form 079/u is still asked', { civilRegistry: true, marriage: true, unemployment: true }, { statuses: ['unemployed-parents'] },
        { 'birth-certificate': 'registry', 'marriage-certificate': 'registry', 'camp-health-079': 'missing', 'unemployment-certificate': 'registry' }],
      ['born abroad and married abroad: both certificates whatever the registry', { civilRegistry: true, marriage: true, income: true }, { statuses: ['low-income'], bornAbroad: true, marriageAbroad: true },
        { 'birth-certificate': 'missing', 'marriage-certificate': 'missing', 'camp-health-079': 'missing', 'income-documents': 'registry' }],
      ['emergency: the collegial decision is never in the registry', { civilRegistry: true, marriage: true }, { statuses: ['emergency'] },
        { 'birth-certificate': 'registry', 'marriage-certificate': 'registry', 'camp-health-079': 'missing', 'collegial-decision': 'missing' }],
    ];
    for (const [name, registry, answers, expected] of cases) {
      it(name, async () => {
        const el = await form('en', registry);
        await toDocuments(el, answers);
        expect(d.checklist(el)).to.deep.equal(expected);
      });
    }
  });

  it('does not leave the documents step while form 079/u is missing, and names it', async () => {
    const el = await form('kk', { civilRegistry: true, marriage: true, income: true });
    await toDocuments(el, { statuses: ['low-income'] });
    await d.continueStep(el);
    expect(el.currentStep).to.equal('documents');
    expect(d.summary(el)).to.deep.equal([translate('kk', 'error.document-missing', { document: translate('kk', 'document.camp-health-079'), min: 1 })]);
    await d.attach(el, 'camp-health-079');
    expect(d.checklist(el)['camp-health-079']).to.equal('provided');
    await d.continueStep(el);
    expect(el.currentStep).to.equal('review');
  });
});
