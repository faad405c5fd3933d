// The shared suite of the two services whose only document is a commission's conclusion
// (<special-school-form>: pmpc-conclusion; <home-study-form>: mcc-conclusion), driven as a parent would.
import { expect } from '@open-wc/testing';
import type { ServiceForm } from '../../src/elements/service-form/service-form.js';
import type { DocumentId, ServiceId } from '../../src/rules/index.js';
import { translate, type Locale } from '../../src/i18n/localize.js';
import { verifySigned } from './verify-signed.js';
import type { ServiceFormState } from '../../stories/states/service-form.states.js';
import * as d from './form-driver.js';

export interface ConclusionServiceCase {
  tag: string;
  service: ServiceId;
  /** The one document the service asks for. */
  conclusion: DocumentId;
  /** The i18n key of the form's introduction on the application step. */
  intro: string;
  school: string;
  states: Record<string, ServiceFormState>;
}

export function describeConclusionService({ tag, service, conclusion, intro, school, states }: ConclusionServiceCase): void {
  const form = (lang: Locale = 'en', registry: Record<string, boolean> = {}) => d.mountForm<ServiceForm>(tag, lang, registry);
  const child = { 'child.lastName': 'Сейтқали', 'child.firstName': 'Әлихан', 'child.iin': '200821501076', 'child.birthDate': '2020-08-21', school };
  const text = d.text;

  /** Answers the question steps through the UI and lands on the documents step. */
  async function toDocuments(el: ServiceForm, answers: Record<string, d.UiAnswer>): Promise<void> {
    await d.fillStep(el, child);
    await d.fillStep(el, answers);
    expect(el.currentStep, d.summary(el).join(' | ')).to.equal('documents');
  }

  describe(`<${tag}>`, () => {
    d.describeStates(tag, states, false);

    it('signs an application made through the UI to a payload that verifyPayload accepts', async () => {
      const el = await form('ru');
      await d.fillStep(el, child);
      expect(text(el)).to.contain(translate('ru', intro));
      // The application's own words, typed on several lines.
      await d.fillStep(el, { note: 'Просим принять ребёнка.\nНужен первый этаж.' });
      expect(el.currentStep).to.equal('documents');
      expect(d.checklist(el)).to.deep.equal({ [conclusion]: 'missing' });
      await d.attachMissing(el);
      await d.continueStep(el);
      expect(el.currentStep).to.equal('review');
      expect(text(el)).to.contain('Нужен первый этаж.');
      await d.continueStep(el);
      const detail = await d.sign(el);
      expect(detail.service).to.equal(service);
      expect(detail.payload.answers).to.deep.include({ school, note: 'Просим принять ребёнка.\nНужен первый этаж.' });
      expect(detail.payload.documents.map((x) => x.doc)).to.deep.equal([conclusion]);
      const verified = await verifySigned(detail, detail.files);
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
          expect(d.checklist(el)).to.deep.equal({ [conclusion]: 'missing' });
        });
      }
    });

    it('does not leave the documents step without the conclusion, and names it', async () => {
      const el = await form('kk');
      await toDocuments(el, {});
      await d.continueStep(el);
      expect(el.currentStep).to.equal('documents');
      expect(d.summary(el)).to.deep.equal([translate('kk', 'error.document-missing', { document: translate('kk', `document.${conclusion}`), min: 1 })]);
      await d.attach(el, conclusion);
      expect(d.checklist(el)[conclusion]).to.equal('provided');
      await d.continueStep(el);
      expect(el.currentStep).to.equal('review');
    });
  });
}
