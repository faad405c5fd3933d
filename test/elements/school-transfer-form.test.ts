// <school-transfer-form> driven as a parent would: every state in kk/ru/en with axe, the checklist
// through the questions, and one application signed to a payload that verifies.
import { expect } from '@open-wc/testing';
import '../../src/define/school-transfer-form.js';
import type { SchoolTransferForm } from '../../src/elements/school-transfer-form/school-transfer-form.js';
import { translate, type Locale } from '../../src/i18n/localize.js';
import { verifySigned } from '../support/verify-signed.js';
import * as d from '../support/form-driver.js';
import { schoolTransferFormStates } from '../../stories/states/school-transfer-form.states.js';

const form = (lang: Locale = 'en', registry: Record<string, boolean> = {}) => d.mountForm<SchoolTransferForm>('school-transfer-form', lang, registry);

const child = { 'child.lastName': 'Сейтқали', 'child.firstName': 'Әлихан', 'child.iin': '200821501076', 'child.birthDate': '2020-08-21' };
const text = d.text;

/** Answers the question steps through the UI and lands on the documents step. */
async function toDocuments(el: SchoolTransferForm, answers: Record<string, d.UiAnswer>): Promise<void> {
  await d.fillStep(el, child);
  await d.fillStep(el, { currentSchool: 'School No. 5', newSchool: 'Gymnasium No. 12', reason: 'holidays', ...answers });
  expect(el.currentStep, d.summary(el).join(' | ')).to.equal('documents');
}

describe('<school-transfer-form>', () => {
  d.describeStates('school-transfer-form', schoolTransferFormStates, false);

  it('signs an application made through the UI to a payload that verifyPayload accepts', async () => {
    const el = await form('ru');
    // The host lists the schools it accepts transfers to: the new school is chosen from the list.
    el.schools = [{ id: 'gym-12', name: 'Гимназия № 12' }, { id: 'school-40', name: 'Школа № 40' }];
    await d.fillStep(el, child);
    expect(el.currentStep).to.equal('transfer');
    expect(el.shadowRoot!.querySelector('select#field-newSchool')).to.not.equal(null);
    await d.fillStep(el, { currentSchool: 'Школа № 5 г. Шымкент', newSchool: 'gym-12', reason: 'court-decision' });
    expect(el.currentStep, d.summary(el).join()).to.equal('documents');
    expect(d.checklist(el)).to.deep.equal({ 'absentee-ballot': 'missing' });
    await d.attachMissing(el);
    await d.continueStep(el);
    expect(el.currentStep).to.equal('review');
    expect(text(el)).to.contain('Гимназия № 12');
    expect(text(el)).to.contain(translate('ru', 'transferReason.court-decision'));
    await d.continueStep(el);
    const detail = await d.sign(el);
    expect(detail.service).to.equal('school-transfer');
    expect(detail.payload.answers).to.deep.include({ currentSchool: 'Школа № 5 г. Шымкент', newSchool: 'gym-12', reason: 'court-decision' });
    expect(detail.payload.documents.map((x) => x.doc)).to.deep.equal(['absentee-ballot']);
    const verified = await verifySigned(detail, detail.files);
    expect(verified.mismatches).to.deep.equal([]);
    expect(verified.ok).to.equal(true);
  });

  it('asks for both schools and a reason, and refuses the same school twice', async () => {
    const el = await form();
    await d.fillStep(el, child);
    await d.continueStep(el);
    expect(el.currentStep).to.equal('transfer');
    const lines = d.summary(el).join(' | ');
    for (const key of ['form.currentSchool', 'form.newSchool', 'form.transferReason']) expect(lines).to.contain(translate('en', key));
    await d.fillStep(el, { currentSchool: 'School No. 5', newSchool: 'school no. 5', reason: 'safety' });
    expect(el.currentStep).to.equal('transfer');
    expect(d.summary(el).join()).to.contain(translate('en', 'error.same-school'));
    await d.fillStep(el, { newSchool: 'School No. 6' });
    expect(el.currentStep).to.equal('documents');
  });

  describe('checklist branches, answered through the UI', () => {
    // The absentee ticket is always asked and nothing else is, whatever the registry holds.
    for (const registry of [{} as Record<string, boolean>, { civilRegistry: true, marriage: true }]) {
      it(`registry ${JSON.stringify(registry)}: only the absentee ticket`, async () => {
        const el = await form('en', registry);
        await toDocuments(el, {});
        expect(d.checklist(el)).to.deep.equal({ 'absentee-ballot': 'missing' });
      });
    }
  });

  it('does not leave the documents step without the absentee ticket, and names it', async () => {
    const el = await form('kk');
    await toDocuments(el, {});
    await d.continueStep(el);
    expect(el.currentStep).to.equal('documents');
    expect(d.summary(el)).to.deep.equal([translate('kk', 'error.document-missing', { document: translate('kk', 'document.absentee-ballot'), min: 1 })]);
    await d.attach(el, 'absentee-ballot');
    await d.continueStep(el);
    expect(el.currentStep).to.equal('review');
  });
});
