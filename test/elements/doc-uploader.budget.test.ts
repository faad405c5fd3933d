// Issue 14 in the browser, driven as a parent would: PDFs beyond the budget, removed again, photos
// measured; one notice, said once; "k of N"; the card at 360 px; workers warmed on first intent.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ContextProvider } from '@lit/context';
import '../../src/define/doc-uploader.js';
import '../../src/define/doc-checklist.js';
import type { DocUploader } from '../../src/elements/doc-uploader/doc-uploader.js';
import type { DocChecklist } from '../../src/elements/doc-checklist/doc-checklist.js';
import { budgetContext, BudgetPool } from '../../src/context/budget.js';
import { translate } from '../../src/i18n/localize.js';
import { MIN_LONG_EDGE } from '../../src/upload/plan.js';
import { defaultConcurrency } from '../../src/upload/compress.js';
import { expectAccessible } from '../support/a11y.js';
import * as f from '../fixtures/files.js';

const root = (el: DocUploader) => el.shadowRoot!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const notesText = (el: DocUploader) => (root(el).querySelector('[part="error-message"]')!.textContent ?? '').trim();
const liveText = (el: DocUploader) => (root(el).querySelector('[aria-live="polite"]')!.textContent ?? '').trim();

async function until(test: () => boolean, what: string, ms = 20000): Promise<void> {
  const start = Date.now();
  while (!test() && Date.now() - start < ms) await sleep(20);
  expect(test(), what).to.equal(true);
}

async function longEdges(files: File[]): Promise<number[]> {
  const out: number[] = [];
  for (const file of files) {
    const bmp = await createImageBitmap(file);
    out.push(Math.max(bmp.width, bmp.height));
    bmp.close();
  }
  return out;
}

const photos = () => Promise.all([1, 2, 3].map((i) => f.jpegFile(2600, 1950, `photo-${i}.jpg`, i)));

describe('<doc-uploader>: the workers start on first intent', () => {
  // First in this file: the page has no compression workers yet.
  it('focusing the picker starts as many workers as help (two on two cores) before any photo', async () => {
    const made: string[] = [];
    const Real = globalThis.Worker;
    globalThis.Worker = class extends Real {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        made.push(options?.name ?? '');
      }
    };
    try {
      const el = await fixture<DocUploader>(html`<doc-uploader lang="en" multiple></doc-uploader>`);
      root(el).querySelector<HTMLButtonElement>('[part="button"]')!.focus();
      await until(() => made.length >= defaultConcurrency(), 'workers started on focus', 10000);
      expect(made.filter((n) => n === 'egov-forms-compress')).to.have.length(defaultConcurrency());
      if ((navigator.hardwareConcurrency ?? 1) >= 2) expect(defaultConcurrency()).to.equal(2);
      // The first photo uses them: no new worker is made.
      await el.addFiles([await f.jpegFile(800, 600, 'first.jpg')]);
      expect(made).to.have.length(defaultConcurrency());
    } finally {
      globalThis.Worker = Real;
    }
  });
});

describe('<doc-uploader>: a budget compression cannot meet', () => {
  it('PDFs beyond the budget: photos keep ≥ 1754 px, one notice names the PDF to remove; removed, all fits', async () => {
    const el = await fixture<DocUploader>(html`<doc-uploader lang="en" multiple budget="1000000"></doc-uploader>`);
    await el.addFiles(await photos());
    expect(el.files).to.have.length(3);
    await el.addFiles([f.pdfFile('large-scan.pdf', 700_000), f.pdfFile('small-scan.pdf', 500_000)]);
    await until(() => !el.busy, 'processed');
    await el.updateComplete;
    const photoFiles = el.files.filter((x) => x.type === 'image/jpeg');
    for (const edge of await longEdges(photoFiles)) expect(edge).to.be.at.least(MIN_LONG_EDGE);
    const text = notesText(el);
    expect(text).to.contain('large-scan.pdf');
    expect(text).to.not.contain('small-scan.pdf');
    expect(text.split('Remove or replace').length - 1, text).to.equal(1);
    expect(el.validationCode).to.equal('budget-exceeded');
    await expectAccessible(el);

    // The parent removes both PDFs; the photos are measured.
    el.removeFile(el.files.findIndex((x) => x.name === 'large-scan.pdf'));
    el.removeFile(el.files.findIndex((x) => x.name === 'small-scan.pdf'));
    await until(() => !el.busy, 'processed');
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
    expect(el.totalBytes).to.be.at.most(1_000_000);
    for (const edge of await longEdges(el.files.filter((x) => x.type === 'image/jpeg'))) expect(edge).to.be.at.least(MIN_LONG_EDGE);
    expect(notesText(el)).to.equal('');
  });

  it('PDFs first, then photos: the photos are still made at standard quality, not crushed', async () => {
    const el = await fixture<DocUploader>(html`<doc-uploader lang="en" multiple budget="1000000"></doc-uploader>`);
    await el.addFiles([f.pdfFile('a.pdf', 600_000), f.pdfFile('b.pdf', 600_000)]);
    await el.addFiles(await photos());
    await until(() => !el.busy, 'processed');
    const edges = await longEdges(el.files.filter((x) => x.type === 'image/jpeg'));
    expect(edges).to.have.length(3);
    for (const edge of edges) expect(edge).to.be.at.least(MIN_LONG_EDGE);
    for (const x of el.files.filter((y) => y.type === 'image/jpeg')) expect(x.size).to.be.greaterThan(60_000);
  });

  it('space freed: photos reduced to fit are made again from their originals, back to ≥ 1754 px', async () => {
    const el = await fixture<DocUploader>(html`<doc-uploader lang="en" multiple budget="1000000"></doc-uploader>`);
    // Meetable only by going under A4 at 150 dpi: the photos are reduced.
    await el.addFiles([f.pdfFile('statement.pdf', 850_000)]);
    await el.addFiles(await photos());
    await until(() => !el.busy, 'processed');
    const reduced = await longEdges(el.files.filter((x) => x.type === 'image/jpeg'));
    expect(Math.max(...reduced), reduced.join(', ')).to.be.below(MIN_LONG_EDGE);
    el.removeFile(0);
    // The re-plan starts at once; wait until every photo is made again.
    await sleep(50);
    await until(() => !el.busy, 'processed again');
    const restored = await longEdges(el.files);
    expect(restored).to.have.length(3);
    for (const edge of restored) expect(edge, restored.join(', ')).to.be.at.least(MIN_LONG_EDGE);
    expect(el.totalBytes).to.be.at.most(1_000_000);
  });

  it('several uploaders on one budget: the notice is shown by one of them and said once', async () => {
    class BudgetHost extends LitElement {
      pool = new BudgetPool(1_000_000);
      provider = new ContextProvider(this, { context: budgetContext, initialValue: this.pool });
      override render() {
        return html`<slot></slot>`;
      }
    }
    if (!customElements.get('test-budget-host-14')) customElements.define('test-budget-host-14', BudgetHost);
    const host = await fixture<BudgetHost>(html`<test-budget-host-14>
      <doc-uploader lang="en" name="a" multiple></doc-uploader>
      <doc-uploader lang="en" name="b" multiple></doc-uploader>
    </test-budget-host-14>`);
    const [a, b] = [...host.querySelectorAll('doc-uploader')];
    const said: string[] = [];
    const observers = [a, b].map((el) => {
      const o = new MutationObserver(() => said.push(liveText(el)));
      o.observe(root(el).querySelector('[aria-live="polite"]')!, { childList: true, characterData: true, subtree: true });
      return o;
    });
    await a.addFiles([await f.jpegFile(1600, 1200, 'child.jpg')]);
    await b.addFiles([f.pdfFile('huge.pdf', 700_000), f.pdfFile('other.pdf', 400_000)]);
    await a.addFiles([await f.jpegFile(1600, 1200, 'child-2.jpg', 2)]);
    await sleep(1700);
    await a.updateComplete;
    await b.updateComplete;
    for (const o of observers) o.disconnect();
    const shown = [notesText(a), notesText(b)].filter((x) => x.includes('huge.pdf'));
    expect(shown, `${notesText(a)} | ${notesText(b)}`).to.have.length(1);
    expect(said.filter((x) => x.includes('huge.pdf')), said.join(' | ')).to.have.length(1);
  });
});

describe('"k of N"', () => {
  it('the card of a document that needs two files says 1 of 2, then 2 of 2', async () => {
    const el = await fixture<DocUploader>(html`<doc-uploader lang="en" multiple min-files="2" max-files="2"></doc-uploader>`);
    const count = () => root(el).querySelector('[part="count"]')?.textContent?.trim() ?? '';
    expect(count()).to.equal(translate('en', 'ui.attachedOf', { n: 0, total: 2 }));
    await el.addFiles([await f.jpegFile(300, 400, 'child-1.jpg')]);
    await el.updateComplete;
    expect(count()).to.equal(translate('en', 'ui.attachedOf', { n: 1, total: 2 }));
    await el.addFiles([await f.jpegFile(300, 400, 'child-2.jpg', 2)]);
    await el.updateComplete;
    expect(count()).to.equal(translate('en', 'ui.attachedOf', { n: 2, total: 2 }));
    await expectAccessible(el);
  });

  it('the checklist says 1 of 2 for the child photo with one file, not "not attached"', async () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const el = await fixture<DocChecklist>(html`<doc-checklist
        lang=${lang}
        service="school-enrollment"
        .answers=${{ statuses: [] }}
        .registry=${{ civilRegistry: true }}
        .provided=${{ 'child-photo': 1 }}
      ></doc-checklist>`);
      const item = el.shadowRoot!.querySelector<HTMLElement>('[data-doc="child-photo"]')!;
      const state = item.querySelector('[part="item-state"]')!.textContent!.trim();
      expect(state).to.equal(translate(lang, 'ui.attachedOf', { n: 1, total: 2 }));
      expect(state).to.not.contain(translate(lang, 'state.missing'));
      expect(item.dataset.state).to.equal('missing');
      await expectAccessible(el);
    }
  });
});

describe('<doc-uploader> on a 360 px phone', () => {
  it('each file card shows name (shortened, extension kept), size, state and actions without overlap', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><doc-uploader lang="ru" multiple></doc-uploader></div>`);
    wrapper.style.width = '360px';
    const el = wrapper.querySelector('doc-uploader')!;
    const longName = 'Свидетельство-о-рождении-ребёнка-2019-скан-страница-первая.pdf';
    await el.addFiles([f.pdfFile(longName, 40_000), await f.jpegFile(1200, 900, 'IMG_20240601_123456_HDR_portrait_mode_final.jpg')]);
    await until(() => !el.busy, 'processed');
    await el.updateComplete;
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    for (const card of root(el).querySelectorAll<HTMLElement>('[part="file"]')) {
      const cardBox = card.getBoundingClientRect();
      expect(cardBox.width).to.be.at.most(360);
      const parts = ['thumbnail', 'file-name', 'file-size', 'replace-button', 'remove-button'].map((p) => {
        const node = card.querySelector<HTMLElement>(`[part="${p}"]`)!;
        return { p, box: node.getBoundingClientRect(), node };
      });
      for (const { p, box } of parts) {
        expect(box.width, p).to.be.greaterThan(0);
        expect(box.left, p).to.be.at.least(cardBox.left - 0.5);
        expect(box.right, p).to.be.at.most(cardBox.right + 0.5);
      }
      for (let i = 0; i < parts.length; i++) {
        for (let j = i + 1; j < parts.length; j++) {
          expect(overlap(parts[i].box, parts[j].box), `${parts[i].p} overlaps ${parts[j].p}`).to.equal(false);
        }
      }
      // The name has room: at least half the card, on one or two lines, and ends with its extension.
      const name = parts[1];
      expect(name.box.width).to.be.at.least(cardBox.width * 0.5);
      const visible = name.node.querySelector('[aria-hidden="true"]')?.textContent ?? name.node.textContent ?? '';
      expect(visible).to.match(/\.(pdf|jpg)/);
    }
    const pdfName = root(el).querySelector('[part="file-name"]')!;
    expect(pdfName.querySelector('[aria-hidden="true"]')!.textContent).to.contain('…');
    expect(pdfName.querySelector('[aria-hidden="true"]')!.textContent!.endsWith('.pdf')).to.equal(true);
    expect(pdfName.textContent).to.contain(longName); // assistive technology reads the whole name
    await expectAccessible(el);
  });
});
