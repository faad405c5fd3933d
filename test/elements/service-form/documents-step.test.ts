// The documents step's views (documents-step.ts): the budget meter's states, each document's state in
// words ("1 of 2"), its uploader (none for what the registry holds), the photo warning.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../../src/i18n/index.js';
import { documentStateText, renderBudget, renderDocument, renderDocuments, type DocumentsView } from '../../../src/elements/service-form/documents-step.js';
import type { ChecklistItem } from '../../../src/rules/index.js';
import { translate } from '../../../src/i18n/localize.js';
import { expectAccessible } from '../../support/a11y.js';

const t = (key: string, params?: Record<string, string | number>) => translate('en', key, params);
const photo = { doc: 'child-photo', state: 'required', count: 2, reason: 'always' } as ChecklistItem;
const birth = { doc: 'birth-certificate', state: 'registry', count: 1, reason: 'always' } as ChecklistItem;
const medical = { doc: 'health-063', state: 'optional', count: 1, reason: 'always' } as ChecklistItem;

function view(over: Partial<DocumentsView> = {}): DocumentsView {
  return { t, locale: 'en', checklist: [photo, birth, medical], attached: {}, aspectWarnings: {}, onChange: () => {}, ...over };
}

describe('service-form/documents-step', () => {
  it('the budget meter: ok, near from 80 %, over past the budget; its label and figures', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    const state = (used: number) => {
      render(renderBudget({ t, locale: 'en', used, budget: 5_000_000 }), el);
      return el.querySelector<HTMLElement>('[part="budget"]')!.dataset.state;
    };
    expect(state(1_000_000)).to.equal('ok');
    expect(state(4_100_000)).to.equal('near');
    expect(state(4_900_000)).to.equal('near');
    expect(state(5_100_000)).to.equal('over');
    const meter = el.querySelector('meter')!;
    expect(meter.value).to.equal(5_000_000, 'the meter stops at the budget');
    expect(el.textContent).to.contain(t('form.budgetLabel'));
    expect(el.textContent).to.contain(t('form.budgetUsed', { used: '5.1', budget: '5.0' }));
    await expectAccessible(el);
  });

  it('a document\'s state in words: "1 of 2" while partial, else its state with "k of 2" for a two-file document', () => {
    expect(documentStateText(t, photo, 0)).to.equal(`${t('state.missing')} · ${t('ui.attachedOf', { n: 0, total: 2 })}`);
    expect(documentStateText(t, photo, 1)).to.equal(t('ui.attachedOf', { n: 1, total: 2 }));
    expect(documentStateText(t, photo, 2)).to.equal(`${t('state.provided')} · ${t('ui.attachedOf', { n: 2, total: 2 })}`);
    expect(documentStateText(t, birth, 0)).to.equal(t('state.registry'));
    expect(documentStateText(t, medical, 0)).to.equal(t('state.optional'));
  });

  it('one item per document, an uploader for each but the registry\'s, the aspect warning where set', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    const v = view({ attached: { 'child-photo': 1 }, aspectWarnings: { 'child-photo': true } });
    render(renderDocuments(v, (item) => renderDocument(v, item)), el);
    const items = [...el.querySelectorAll<HTMLElement>('[part="checklist-item"]')];
    expect(items.map((i) => `${i.dataset.doc}:${i.dataset.state}`)).to.deep.equal(['child-photo:missing', 'birth-certificate:registry', 'health-063:optional']);
    const uploader = el.querySelector('doc-uploader[doc="child-photo"]')!;
    expect(uploader.getAttribute('max-files')).to.equal('2');
    expect(uploader.getAttribute('min-files')).to.equal('2');
    expect(uploader.hasAttribute('multiple')).to.equal(true);
    expect(uploader.hasAttribute('required')).to.equal(true);
    expect(el.querySelector('doc-uploader[doc="birth-certificate"]')).to.equal(null);
    expect(el.querySelector('doc-uploader[doc="health-063"]')!.getAttribute('min-files')).to.equal('0');
    expect(el.querySelectorAll('[data-warning="aspect"]')).to.have.length(1);
    expect(items[0].querySelector('.doc-state')!.textContent).to.equal(t('ui.attachedOf', { n: 1, total: 2 }));
  });

  it('a control focused under the sticky budget box is scrolled clear of it (focus not obscured)', async () => {
    const el = await fixture<HTMLDivElement>(html`<div>
      <style>
        .budget { position: sticky; top: 0; background: white; z-index: 1; }
        .documents li { margin-bottom: 300px; }
        .tail { height: 2000px; }
      </style>
      <div class="parts"></div>
      <div class="tail"></div>
    </div>`);
    const v = view();
    const parts = el.querySelector<HTMLElement>('.parts')!;
    render(html`${renderBudget({ t, locale: 'en', used: 1_000_000, budget: 5_000_000 })}${renderDocuments(v, (item) => html`<li><button type="button" data-doc=${item.doc}>${item.doc}</button></li>`)}`, parts);
    const box = el.querySelector<HTMLElement>('[part="budget"]')!;
    const button = el.querySelector<HTMLButtonElement>('button[data-doc="health-063"]')!;
    try {
      // Scroll so the button sits just under the top of the (stuck) budget box, as Shift+Tab leaves it.
      window.scrollBy(0, button.getBoundingClientRect().top - 5);
      expect(button.getBoundingClientRect().top).to.be.below(box.getBoundingClientRect().bottom);
      button.focus();
      expect(button.getBoundingClientRect().top).to.be.at.least(box.getBoundingClientRect().bottom);
      // Already clear: focusing it again moves nothing.
      const before = window.scrollY;
      button.blur();
      button.focus();
      expect(window.scrollY).to.equal(before);
    } finally {
      window.scrollTo(0, 0);
    }
  });
});

