// <school-transfer-form> driven as a parent would: every state in kk/ru/en with axe, the checklist
// through the questions, and one application signed to a payload that verifies.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/school-transfer-form.js';
import type { SchoolTransferForm } from '../../src/elements/school-transfer-form/school-transfer-form.js';
import { locales, translate, type Locale } from '../../src/i18n/localize.js';
import { verifyPayload } from '../../src/rules/index.js';
import { expectAccessible } from '../support/a11y.js';
import * as d from '../support/form-driver.js';
import { schoolTransferFormStates } from '../../stories/states/school-transfer-form.states.js';

async function form(lang: Locale = 'en', registry: Record<string, boolean> = {}): Promise<SchoolTransferForm> {
  return fixture<SchoolTransferForm>(html`<school-transfer-form lang=${lang} no-draft .now=${d.stateNow} .registry=${registry}></school-transfer-form>`);
}

const child = { 'child.lastName': 'Сейтқали', 'child.firstName': 'Әлихан', 'child.iin': '200821501076', 'child.birthDate': '2020-08-21' };
const text = (el: SchoolTransferForm) => el.shadowRoot!.textContent ?? '';
const rawKey = /\b(form|error|document|status|reason|state|service|campKind|transferReason)\.[a-zA-Z-]+\b/;

/** Answers the question steps through the UI and lands on the documents step. */
async function toDocuments(el: SchoolTransferForm, answers: Record<string, d.UiAnswer>): Promise<void> {
  await d.fillStep(el, child);
  await d.fillStep(el, { currentSchool: 'School No. 5', newSchool: 'Gymnasium No. 12', reason: 'holidays', ...answers });
  expect(el.currentStep, d.summary(el).join(' | ')).to.equal('documents');
}

describe('<school-transfer-form>', () => {
  describe('every state, in kk, ru and en', () => {
    for (const [name, state] of Object.entries(schoolTransferFormStates) as [string, d.ServiceFormState][]) {
      for (const lang of locales) {
        it(`${name} (${lang}): accessible, localized, on its step`, async () => {
          const el = await form(lang);
          await d.applyFormState(el, state);
          await expectAccessible(el);
          expect(text(el)).to.not.match(rawKey);
          if (state.step === 'receipt') expect(el.shadowRoot!.querySelector('[part="receipt"]')).to.not.equal(null);
          else expect(el.currentStep).to.equal(state.step);
          if (state.tried) expect(d.summary(el).length).to.be.greaterThan(0);
          if (name === 'review') expect(text(el)).to.not.contain(translate(lang, 'form.inPersonCheck'));
        });
      }
    }
  });

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
    const verified = await verifyPayload(detail, detail.files);
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
