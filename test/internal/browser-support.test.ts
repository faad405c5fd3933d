// Below the browser floor: this page deletes the APIs the kit needs (ElementInternals,
// adoptedStyleSheets, String.prototype.isWellFormed) before the kit is loaded, as an older Safari
// lacks them; every element must then say, in the parent's language, that the browser is too old.
import { expect, fixture, html } from '@open-wc/testing';
import { elementTags } from '../../src/define/tags.js';
import { BrowserTooOld, missingFeatures, type RequiredFeature } from '../../src/internal/browser-support.js';
import { translate, locales } from '../../src/i18n/localize.js';
import { expectAccessible } from '../support/a11y.js';

const TAGS = elementTags;

/** Deletes from `win` what an older browser lacks; each step alone is one missing feature. */
const removers: Record<Exclude<RequiredFeature, 'custom-elements'>, (win: any) => void> = {
  'element-internals': (win) => {
    delete win.ElementInternals;
    delete win.HTMLElement.prototype.attachInternals;
  },
  'adopted-style-sheets': (win) => {
    delete win.Document.prototype.adoptedStyleSheets;
    delete win.ShadowRoot.prototype.adoptedStyleSheets;
  },
  'is-well-formed': (win) => {
    delete win.String.prototype.isWellFormed;
  },
};

async function frameWindow(): Promise<Window & typeof globalThis> {
  const frame = document.createElement('iframe');
  frame.title = 'feature probe';
  document.body.append(frame);
  await new Promise((r) => setTimeout(r));
  return frame.contentWindow as Window & typeof globalThis;
}

describe('browser support: feature detection', () => {
  it('finds nothing missing in this engine before anything is deleted', () => {
    expect(missingFeatures()).to.deep.equal([]);
  });

  for (const [feature, remove] of Object.entries(removers)) {
    it(`finds ${feature} missing when the browser lacks it, and only that`, async () => {
      const win = await frameWindow();
      expect(missingFeatures(win)).to.deep.equal([]);
      remove(win);
      expect(missingFeatures(win)).to.deep.equal([feature]);
    });
  }

  it('finds custom elements missing', async () => {
    const win = await frameWindow();
    Object.defineProperty(win, 'customElements', { value: undefined, configurable: true });
    expect(missingFeatures(win)).to.include('custom-elements');
  });

  it('reads no user agent', async () => {
    const win = await frameWindow();
    Object.defineProperty(win.navigator, 'userAgent', { value: 'Mozilla/5.0 (iPhone; CPU iPhone OS 12_0) Safari/605' });
    expect(missingFeatures(win)).to.deep.equal([]);
  });
});

describe('browser support: an older browser gets a message, not a blank space', () => {
  before(async () => {
    for (const remove of Object.values(removers)) remove(window);
    expect(missingFeatures()).to.have.members(Object.keys(removers));
    // Loaded only now, as an older browser would load it.
    await import('../../src/index.js');
  });

  for (const tag of TAGS) {
    for (const lang of locales) {
      it(`<${tag} lang="${lang}"> says the browser is too old, accessibly`, async () => {
        const el = await fixture<HTMLElement>(`<${tag} lang="${lang}"></${tag}>`);
        expect(el).to.be.instanceOf(BrowserTooOld);
        const message = el.shadowRoot!.querySelector('[part="message"]')!;
        expect(message.textContent).to.equal(translate(lang, 'ui.browserTooOld'));
        expect(message.textContent).to.not.match(/ui\./);
        await expectAccessible(el);
      });
    }
  }

  it('follows the language of the page when it changes', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="ru"><school-enroll-form></school-enroll-form></div>`);
    const el = wrapper.querySelector('school-enroll-form')!;
    const text = () => el.shadowRoot!.querySelector('[part="message"]')!.textContent;
    expect(text()).to.equal(translate('ru', 'ui.browserTooOld'));
    wrapper.lang = 'kk';
    await new Promise((r) => setTimeout(r));
    expect(text()).to.equal(translate('kk', 'ui.browserTooOld'));
    el.setAttribute('lang', 'en');
    expect(text()).to.equal(translate('en', 'ui.browserTooOld'));
  });

  it('the three messages differ and none is empty', () => {
    const texts = locales.map((l) => translate(l, 'ui.browserTooOld'));
    expect(new Set(texts).size).to.equal(3);
    for (const t of texts) expect(t.length).to.be.greaterThan(20);
  });
});
