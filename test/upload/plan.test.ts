// The pure budget planner: totals fit, quality is even, A4 at 150 dpi is kept while possible.
import { expect } from '@open-wc/testing';
import { DEFAULT_BUDGET_BYTES, MIN_LONG_EDGE, PREFERRED_LONG_EDGE, planBudget, type PlanItem } from '../../src/upload/plan.js';

type Current = { bytes: number; longEdge: number; unconstrained?: boolean; madeFor?: number };
const photo = (id: string, width = 4000, height = 3000, current?: Current): PlanItem => ({ id, kind: 'image', width, height, current });
/** What the files really take under a plan: each kept image at its size, each one to be (re-)compressed at most its share. */
const real = (items: PlanItem[], plan: ReturnType<typeof planBudget>) =>
  items.reduce((s, i) => {
    if (i.kind === 'fixed') return s + i.bytes;
    const target = plan.images[i.id];
    return s + (i.current && !target.recompress ? i.current.bytes : target.maxBytes);
  }, 0);
const sum = (plan: ReturnType<typeof planBudget>) => plan.fixedBytes + Object.values(plan.images).reduce((s, t) => s + t.maxBytes, 0);

describe('upload/plan', () => {
  it('defaults to 5,000,000 bytes and A4 limits', () => {
    expect(DEFAULT_BUDGET_BYTES).to.equal(5_000_000);
    expect(MIN_LONG_EDGE).to.equal(1754);
    expect(planBudget([]).budget).to.equal(5_000_000);
  });

  for (const n of [1, 3, 7, 12, 25, 50]) {
    it(`${n} phone photos: fits, equal shares, long edge ≥ 1754 px while the budget allows`, () => {
      const plan = planBudget(Array.from({ length: n }, (_, i) => photo(`p${i}`)));
      expect(plan.fits).to.equal(true);
      expect(sum(plan)).to.be.at.most(5_000_000);
      const targets = Object.values(plan.images);
      expect(new Set(targets.map((t) => t.maxBytes)).size).to.equal(1); // even quality: identical shares
      for (const t of targets) {
        expect(t.longEdge).to.be.at.most(PREFERRED_LONG_EDGE);
        expect(t.belowMinEdge).to.equal(t.longEdge < MIN_LONG_EDGE);
      }
      if (n <= 12) expect(targets[0].longEdge).to.be.at.least(MIN_LONG_EDGE);
      if (n === 50) expect(plan.belowMinEdge).to.equal(true);
    });
  }

  it('shares by pixels: a small photo gets fewer bytes than a large one at the same quality', () => {
    const plan = planBudget([photo('big'), photo('small', 800, 600)]);
    expect(plan.images.small.maxBytes).to.be.below(plan.images.big.maxBytes);
    expect(plan.images.small.longEdge).to.equal(800); // never enlarged
  });

  it('counts PDFs as they are and says by how much they alone are over', () => {
    const plan = planBudget([{ id: 'a', kind: 'fixed', bytes: 3_000_000 }, { id: 'b', kind: 'fixed', bytes: 2_500_000 }, photo('p')]);
    expect(plan.fits).to.equal(false);
    expect(plan.fixedBytes).to.equal(5_500_000);
    expect(plan.overBy).to.be.greaterThan(500_000);
    // Squeezing the photo could not make it fit: it keeps standard quality (issue 14).
    expect(plan.images.p.longEdge).to.be.at.least(MIN_LONG_EDGE);
    expect(plan.unmeetable).to.equal(true);
  });

  it('leaves processed images alone while they fit, and asks for re-compression when they do not', () => {
    const first = planBudget([photo('a'), photo('b')]);
    const done = (id: string) => photo(id, 4000, 3000, { bytes: first.images[id].maxBytes, longEdge: first.images[id].longEdge });
    const calm = planBudget([done('a'), done('b'), photo('small', 600, 400)]);
    expect(calm.images.a.recompress).to.equal(false);
    const crowded = planBudget([done('a'), done('b'), ...Array.from({ length: 10 }, (_, i) => photo(`n${i}`))]);
    expect(crowded.images.a.recompress).to.equal(true);
    expect(crowded.images.a.maxBytes).to.be.below(first.images.a.maxBytes);
    expect(sum(crowded)).to.be.at.most(5_000_000);
  });

  it('an image its share did not limit (best quality, full size) counts at its real size, leaving more for the others', () => {
    const alone = planBudget(Array.from({ length: 20 }, (_, i) => photo(`p${i}`)));
    const withSmall = planBudget([...Array.from({ length: 19 }, (_, i) => photo(`p${i}`)), photo('tiny', 4000, 3000, { bytes: 20_000, longEdge: 2339, unconstrained: true })]);
    expect(withSmall.images.p0.maxBytes).to.be.greaterThan(alone.images.p0.maxBytes);
    expect(withSmall.images.tiny.recompress).to.equal(false);
  });

  it('an image under its share for want of bytes keeps its share reserved: the newest image gets the same step, not the spare', () => {
    // Ten photos made for their share came out at 88 % of it (where the encoder aims); an eleventh is added.
    const first = planBudget(Array.from({ length: 10 }, (_, i) => photo(`p${i}`)));
    const share = first.images.p0.maxBytes;
    const done = Array.from({ length: 10 }, (_, i) => photo(`p${i}`, 4000, 3000, { bytes: Math.round(share * 0.88), longEdge: first.images.p0.longEdge }));
    const items = [...done, photo('late')];
    const plan = planBudget(items);
    // The same step for all: the late photo's share is the others' share, and no more than what they were made for.
    expect(plan.images.late.maxBytes).to.equal(plan.images.p0.maxBytes);
    expect(plan.images.late.maxBytes).to.be.at.most(share);
    expect(plan.images.p0.recompress).to.equal(false);
    expect(real(items, plan)).to.be.at.most(5_000_000);
  });

  it('an image kept although a little over its new share counts at its real size, so "fits" is never wrong', () => {
    // Four photos made at exactly their share, then a 60 KB PDF: each is within 2 % of its new share.
    const first = planBudget(Array.from({ length: 4 }, (_, i) => photo(`p${i}`)));
    const done = Array.from({ length: 4 }, (_, i) => photo(`p${i}`, 4000, 3000, { bytes: first.images[`p${i}`].maxBytes, longEdge: first.images[`p${i}`].longEdge }));
    const items: PlanItem[] = [...done, { id: 'pdf', kind: 'fixed', bytes: 60_000 }];
    const plan = planBudget(items);
    expect(plan.fits).to.equal(true);
    expect(real(items, plan)).to.be.at.most(5_000_000);
    expect(plan.plannedBytes).to.be.at.least(real(items, plan));
    // To fit, they are compressed again.
    expect(Object.values(plan.images).every((t) => t.recompress)).to.equal(true);
  });

  it('caps a share at the source size (a small JPEG never needs more than it came with)', () => {
    const plan = planBudget([{ id: 'small', kind: 'image', width: 800, height: 600, sourceBytes: 40_000 }, photo('big')]);
    expect(plan.images.small.maxBytes).to.equal(40_000);
    expect(plan.images.small.longEdge).to.equal(800);
    expect(plan.images.big.maxBytes).to.be.greaterThan(40_000);
  });

  it('follows a smaller budget given by the host', () => {
    const plan = planBudget([photo('a'), photo('b')], 300_000);
    expect(sum(plan)).to.be.at.most(300_000);
    expect(plan.budget).to.equal(300_000);
  });
});

describe('upload/plan: an unmeetable budget and space freed', () => {
  const pdf = (id: string, bytes: number): PlanItem => ({ id, kind: 'fixed', bytes });

  it('PDFs alone over the budget: photos keep standard quality (long edge ≥ 1754), the PDFs are named to remove', () => {
    const items = [photo('a'), photo('b'), photo('c'), pdf('big', 3_000_000), pdf('small', 2_400_000)];
    const plan = planBudget(items);
    expect(plan.fits).to.equal(false);
    expect(plan.unmeetable).to.equal(true);
    for (const id of ['a', 'b', 'c']) {
      expect(plan.images[id].longEdge).to.be.at.least(MIN_LONG_EDGE);
      expect(plan.images[id].minLongEdge).to.be.at.least(MIN_LONG_EDGE);
      expect(plan.images[id].belowMinEdge).to.equal(false);
    }
    expect(plan.remove).to.deep.equal(['big']);
  });

  it('names the fewest files, largest first, and nothing when it fits', () => {
    const plan = planBudget([pdf('x', 2_600_000), pdf('y', 2_600_000), pdf('z', 2_600_000)]);
    expect(plan.remove).to.have.length(2);
    expect(planBudget([photo('a'), pdf('x', 1_000_000)]).remove).to.deep.equal([]);
  });

  it('a budget met by going under 1754 px is not unmeetable (the long edge gives, with its note)', () => {
    const plan = planBudget(Array.from({ length: 50 }, (_, i) => photo(`p${i}`)));
    expect(plan.unmeetable).to.equal(false);
    expect(plan.fits).to.equal(true);
  });

  it('space freed: an image made for a small share is planned again (upgrade) from its original', () => {
    const crushed = { bytes: 30_000, longEdge: 640, madeFor: 30_000 };
    const plan = planBudget([photo('a', 4000, 3000, crushed)]);
    expect(plan.images.a.upgrade).to.equal(true);
    expect(plan.images.a.longEdge).to.be.at.least(MIN_LONG_EDGE);
    // Without its original nothing can be gained; an unconstrained one is already at its best.
    expect(planBudget([{ ...(photo('a', 4000, 3000, crushed) as object), hasOriginal: false } as PlanItem]).images.a.upgrade).to.equal(false);
    expect(planBudget([photo('a', 4000, 3000, { ...crushed, unconstrained: true })]).images.a.upgrade).to.equal(false);
    // Made for (about) its share: no upgrade, no loop.
    const share = planBudget([photo('a')]).images.a.maxBytes;
    expect(planBudget([photo('a', 4000, 3000, { bytes: share * 0.9, longEdge: 2339, madeFor: share } as Current)]).images.a.upgrade).to.equal(false);
  });
});
