// What an uploader says about the budget: over it (naming the files to remove when nothing else can
// meet it) only from the one uploader the pool names, photos under A4, and the live region's status.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { BudgetPool, type BudgetMember } from '../../../src/context/budget.js';
import { LocaleController } from '../../../src/internal/locale-controller.js';
import { BudgetNotice } from '../../../src/elements/doc-uploader/budget-notice.js';
import type { Entry } from '../../../src/elements/doc-uploader/types.js';
import type { PlanItem } from '../../../src/upload/plan.js';

class NoticeHost extends LitElement {
  readonly i18n = new LocaleController(this, ['upload']);
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.i18n.settled();
    return done;
  }
}
customElements.define('notice-host', NoticeHost);

const member = (items: PlanItem[]): BudgetMember => ({
  planItems: () => items,
  usedBytes: () => items.reduce((s, i) => s + (i.kind === 'fixed' ? i.bytes : 0), 0),
  isBusy: () => false,
  applyPlan: () => {},
});
const entry = (over: Partial<Entry>): Entry => ({ id: 'x', status: 'done', progress: 1, ...over }) as Entry;

describe('doc-uploader/BudgetNotice', () => {
  it('PDFs alone over the budget: the uploader holding them names them, once per application', async () => {
    const el = await fixture<NoticeHost>(html`<notice-host lang="en"></notice-host>`);
    const pool = new BudgetPool(1_000_000);
    const photos = member([{ id: 'a', kind: 'image', name: 'child.jpg', width: 1600, height: 1200 }]);
    const pdfs = member([{ id: 'b', kind: 'fixed', bytes: 1_400_000, name: 'big.pdf' }]);
    pool.join(photos);
    pool.join(pdfs);
    const onPdfs = new BudgetNotice(pdfs, () => pool, () => [], el.i18n);
    const onPhotos = new BudgetNotice(photos, () => pool, () => [], el.i18n);
    expect(onPdfs.overBy()).to.be.greaterThan(0);
    const [text] = onPdfs.notes();
    expect(text).to.contain('big.pdf');
    expect(onPhotos.notes(), 'not repeated on every card').to.deep.equal([]);
    const said = onPdfs.announcement();
    expect(said.notes.find((n) => n.id === 'over')).to.include({ holds: true });
    expect(said.notes.find((n) => n.id === 'over')!.text()).to.equal(text);
    expect(onPhotos.announcement().notes.find((n) => n.id === 'over')!.holds).to.equal(false);
  });

  it('within the budget: the note about photos under A4 at 150 dpi, and the status in words', async () => {
    const el = await fixture<NoticeHost>(html`<notice-host lang="en"></notice-host>`);
    const pool = new BudgetPool(5_000_000);
    const m = member([]);
    pool.join(m);
    const entries = [entry({ id: 'p1', belowMinEdge: true }), entry({ id: 'p2', status: 'processing' })];
    const notice = new BudgetNotice(m, () => pool, () => entries, el.i18n);
    expect(notice.overBy()).to.equal(0);
    expect(notice.notes()).to.deep.equal([el.i18n.t('upload.belowMinEdge')]);
    const said = notice.announcement();
    expect(said.status[0]).to.equal(el.i18n.t('upload.announceProgress', { done: 1, total: 2 }));
    expect(said.status[1]).to.contain('5');
    expect(said.notes.find((n) => n.id === 'below')!.holds).to.equal(true);
    entries.length = 0;
    expect(notice.notes()).to.deep.equal([]);
  });

  it('says the budget figure only once nothing is processing, then once, by the uploader that speaks for the budget', async () => {
    const el = await fixture<NoticeHost>(html`<notice-host lang="en"></notice-host>`);
    const pool = new BudgetPool(5_000_000);
    let busy = true;
    let bytes = 5_200_000;
    const working: BudgetMember = {
      planItems: () => [{ id: 'a', kind: 'fixed', bytes, name: 'a.pdf' }],
      usedBytes: () => bytes,
      isBusy: () => busy,
      applyPlan: () => {},
    };
    const other = member([{ id: 'b', kind: 'fixed', bytes: 100_000, name: 'b.pdf' }]);
    pool.join(working);
    pool.join(other);
    const first = new BudgetNotice(working, () => pool, () => [entry({ id: 'a' })], el.i18n);
    const second = new BudgetNotice(other, () => pool, () => [entry({ id: 'b' })], el.i18n);
    const figure = () => el.i18n.t('upload.budgetUsed', { used: '5.3', budget: '5.0' });
    // While a file is still processing the figure is not final: it is not said (a new plan may shrink the others).
    expect(first.announcement().status).to.deep.equal([el.i18n.t('upload.announceReady', { n: 1 })]);
    expect(first.figureDue()).to.equal(false);
    busy = false;
    bytes = 4_400_000;
    // All done: the uploader that speaks for the budget (the first with files) owes the figure; the other does not.
    expect(first.figureDue()).to.equal(true);
    expect(second.figureDue()).to.equal(false);
    const said = first.announcement().status;
    expect(said[1]).to.equal(el.i18n.t('upload.budgetUsed', { used: '4.5', budget: '5.0' }));
    expect(said[1]).to.not.equal(figure());
    expect(first.figureDue(), 'said once').to.equal(false);
    bytes = 3_000_000;
    expect(first.figureDue(), 'due again when it changes').to.equal(true);
  });
});

