// The shared budget pool: one notice owner, the names of the files to remove.
import { expect } from '@open-wc/testing';
import { BudgetPool, type BudgetMember } from '../../src/context/budget.js';
import type { PlanItem } from '../../src/upload/plan.js';

const member = (items: PlanItem[]): BudgetMember => ({
  planItems: () => items,
  usedBytes: () => items.reduce((s, i) => s + (i.kind === 'fixed' ? i.bytes : 0), 0),
  isBusy: () => false,
  applyPlan: () => {},
});

describe('context/BudgetPool', () => {
  it('names the files to remove and picks the member holding them as the one notice owner', () => {
    const pool = new BudgetPool(1_000_000);
    const photos = member([{ id: 'a', kind: 'image', name: 'child.jpg', width: 1600, height: 1200 }]);
    const pdfs = member([
      { id: 'b', kind: 'fixed', bytes: 700_000, name: 'big.pdf' },
      { id: 'c', kind: 'fixed', bytes: 400_000, name: 'small.pdf' },
    ]);
    pool.join(photos);
    expect(pool.noticeOwner()).to.equal(photos);
    pool.join(pdfs);
    expect(pool.plan.unmeetable).to.equal(true);
    expect(pool.namesToRemove()).to.deep.equal(['big.pdf']);
    expect(pool.noticeOwner()).to.equal(pdfs);
    pool.leave(pdfs);
    expect(pool.namesToRemove()).to.deep.equal([]);
    expect(new BudgetPool().noticeOwner()).to.equal(undefined);
  });
});
