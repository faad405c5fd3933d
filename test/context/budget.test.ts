// The shared budget pool: one notice owner, the names of the files to remove.
import { expect } from '@open-wc/testing';
import { BudgetPool, type BudgetMember } from '../../src/context/budget.js';
import { DEFAULT_BUDGET_BYTES, type PlanItem } from '../../src/upload/plan.js';

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

  it('plans all members together on join and leave, and tells each member the new plan', () => {
    const pool = new BudgetPool(2_000_000);
    const plans: string[] = [];
    const a = { ...member([{ id: 'a', kind: 'image', width: 4000, height: 3000 }]), applyPlan: () => plans.push('a') };
    const b = { ...member([{ id: 'b', kind: 'image', width: 4000, height: 3000 }]), applyPlan: () => plans.push('b') };
    let events = 0;
    pool.addEventListener('plan', () => events++);
    pool.join(a);
    const alone = pool.plan.images.a.maxBytes;
    pool.join(b);
    expect(plans).to.deep.equal(['a', 'a', 'b']);
    expect(pool.plan.images.a.maxBytes, 'two photos share the budget').to.be.lessThan(alone);
    expect(pool.plan.images.a.maxBytes).to.equal(pool.plan.images.b.maxBytes);
    pool.leave(b);
    expect(pool.plan.images.b).to.equal(undefined);
    expect(pool.plan.images.a.maxBytes).to.equal(alone);
    pool.leave(b); // not a member: no new plan
    expect(events).to.equal(3);
  });

  it('sums used bytes and busy over members; notifyUsage fires usage', () => {
    const pool = new BudgetPool();
    pool.join(member([{ id: 'p', kind: 'fixed', bytes: 300 }]));
    pool.join({ ...member([{ id: 'q', kind: 'fixed', bytes: 200 }]), isBusy: () => true });
    expect(pool.used).to.equal(500);
    expect(pool.busy).to.equal(true);
    let usage = 0;
    pool.addEventListener('usage', () => usage++);
    pool.notifyUsage();
    expect(usage).to.equal(1);
  });

  it('a new budget plans again; a budget that is not a positive number falls back to the default', () => {
    const pool = new BudgetPool(1_000_000);
    pool.join(member([{ id: 'a', kind: 'image', width: 4000, height: 3000 }]));
    const small = pool.plan.images.a.maxBytes;
    pool.budget = 3_000_000;
    expect(pool.plan.budget).to.equal(3_000_000);
    expect(pool.plan.images.a.maxBytes).to.be.greaterThan(small);
    for (const bad of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      pool.budget = bad;
      expect(pool.budget).to.equal(DEFAULT_BUDGET_BYTES);
    }
  });
});
