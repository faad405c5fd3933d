import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/doc-checklist.js';
import type { DocChecklist } from '../../src/elements/doc-checklist/doc-checklist.js';
import { requiredDocuments } from '../../src/rules/index.js';
import { translate, locales, type Locale } from '../../src/i18n/localize.js';
import { expectAccessible } from '../support/a11y.js';
import { docChecklistStates, type DocChecklistState } from '../../stories/states/doc-checklist.states.js';

async function render(state: DocChecklistState, lang: Locale): Promise<DocChecklist> {
  return fixture<DocChecklist>(html`<doc-checklist
    lang=${lang}
    service=${state.service ?? ''}
    medical-certificates=${state.medicalCertificates ?? 'optional'}
    .answers=${state.answers ?? {}}
    .registry=${state.registry ?? {}}
    .provided=${state.provided ?? {}}
  ></doc-checklist>`);
}

function items(el: DocChecklist): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="checklist-item"]')];
}

describe('<doc-checklist>', () => {
  for (const [name, state] of Object.entries(docChecklistStates) as [string, DocChecklistState][]) {
    for (const lang of locales) {
      it(`state "${name}" in ${lang}: accessible, one item per rule result, localized`, async () => {
        const el = await render(state, lang);
        await expectAccessible(el);
        const expected = state.service
          ? requiredDocuments(state.service, state.answers ?? {}, state.registry ?? {}, {
              medicalCertificates: state.medicalCertificates,
            })
          : [];
        expect(items(el).map((li) => li.dataset.doc)).to.deep.equal(expected.map((i) => i.doc));
        for (const li of items(el)) {
          const doc = li.dataset.doc!;
          expect(li.querySelector('[part="item-name"]')!.textContent).to.contain(translate(lang, `document.${doc}`));
          // No raw key ever reaches the page.
          expect(li.textContent).not.to.match(/\b(document|reason|state|ui)\.[a-z]/);
        }
        if (expected.length === 0) {
          expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal(translate(lang, 'ui.checklistEmpty'));
        }
      });
    }
  }

  it('shows missing, provided, optional and registry states as the rules and attachments say', async () => {
    const el = await render(docChecklistStates.partlyProvided, 'en');
    const state = (doc: string) => items(el).find((li) => li.dataset.doc === doc)?.dataset.state;
    expect(state('birth-certificate')).to.equal('provided');
    expect(state('child-photo')).to.equal('missing'); // 1 of 2
    expect(state('health-063')).to.equal('optional');

    el.provided = { ...el.provided, 'child-photo': 2 };
    await el.updateComplete;
    expect(state('child-photo')).to.equal('provided');

    el.registry = { civilRegistry: true };
    el.provided = {};
    await el.updateComplete;
    expect(state('birth-certificate')).to.equal('registry');
    expect(items(el).find((li) => li.dataset.doc === 'birth-certificate')!.textContent).to.contain(
      translate('en', 'state.registry'),
    );
  });

  it('says why each document is asked for (status name in the reason)', async () => {
    const el = await render(docChecklistStates.mealSubsidyStatuses, 'ru');
    const emergency = items(el).find((li) => li.dataset.doc === 'collegial-decision')!;
    expect(emergency.dataset.state).to.equal('missing');
    expect(emergency.querySelector('[part="item-reason"]')!.textContent!.trim()).not.to.equal('');
    const assistance = items(el).find((li) => li.dataset.doc === 'social-assistance-certificate')!;
    expect(assistance.dataset.state).to.equal('registry');
  });

  it('follows the nearest lang and switches language without losing its data', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="kk">
      <doc-checklist service="school-enrollment" .provided=${{ 'child-photo': 1 }}></doc-checklist>
    </div>`);
    const el = wrapper.querySelector('doc-checklist')!;
    await el.updateComplete;
    const name = () => items(el)[0].querySelector('[part="item-name"]')!.textContent!;
    expect(name()).to.contain(translate('kk', 'document.birth-certificate'));
    wrapper.setAttribute('lang', 'ru');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(name()).to.contain(translate('ru', 'document.birth-certificate'));
    expect(items(el).find((li) => li.dataset.doc === 'child-photo')!.textContent).to.contain(
      translate('ru', 'ui.attachedOf', { n: 1, total: 2 }),
    );
  });

  it('renders an explicit items list as given', async () => {
    const el = await fixture<DocChecklist>(html`<doc-checklist lang="en"></doc-checklist>`);
    el.items = [{ doc: 'absentee-ballot', state: 'required', count: 1, reason: 'always' }];
    await el.updateComplete;
    expect(items(el).map((li) => [li.dataset.doc, li.dataset.state])).to.deep.equal([['absentee-ballot', 'missing']]);
  });
});
