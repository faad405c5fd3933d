// The encoder's pure sizing: lowering the resolution when the lowest quality is still over the share.
import { expect } from '@open-wc/testing';
import { fitLongEdge, shrinkSize } from '../../src/upload/encode.js';

describe('upload/encode', () => {
  it('fits a size to a long edge without enlarging', () => {
    expect(fitLongEdge(3024, 4032, 2339)).to.deep.equal({ width: 1754, height: 2339 });
    expect(fitLongEdge(800, 600, 2339)).to.deep.equal({ width: 800, height: 600 });
  });

  it('always makes progress towards the floor and stops there (no size that stays the same)', () => {
    // The audit's case: a 3024 × 4032 photo, floors anywhere from 640 to 1754 px, any byte ratio.
    const shown = { width: 3024, height: 4032 };
    const cases: [number, number][] = [];
    for (const scale of [0.3, 0.5, 0.7, 0.9, 0.95, 0, Number.NaN]) for (let edge = 640; edge <= 1754; edge++) cases.push([edge, scale]);
    cases.push([955, 1], [1500, 0.9999]);
    const stuck: string[] = [];
    for (const [floorEdge, scale] of cases) {
      const floor = fitLongEdge(shown.width, shown.height, floorEdge);
      let size = fitLongEdge(shown.width, shown.height, 2339);
      for (let steps = 0, next = shrinkSize(shown, size, floorEdge, scale); next; next = shrinkSize(shown, size, floorEdge, scale)) {
        const edge = Math.max(next.width, next.height);
        if (edge >= Math.max(size.width, size.height) || edge < floorEdge || ++steps > 2339) {
          stuck.push(`${floorEdge} ×${scale}: ${size.width}×${size.height} → ${next.width}×${next.height}`);
          break;
        }
        size = next;
      }
      if (size.width !== floor.width || size.height !== floor.height) stuck.push(`${floorEdge} ×${scale}: ends at ${size.width}×${size.height}`);
    }
    expect(stuck).to.deep.equal([]);
  });

  it('snaps to the floor and keeps the proportions', () => {
    const shown = { width: 3024, height: 4032 };
    expect(shrinkSize(shown, { width: 716, height: 956 }, 955, 0.99)).to.deep.equal({ width: 716, height: 955 });
    expect(shrinkSize(shown, { width: 716, height: 955 }, 955, 0.5)).to.equal(undefined);
    expect(shrinkSize(shown, { width: 1754, height: 2339 }, 640, 0.5)).to.deep.equal(fitLongEdge(3024, 4032, 1169));
  });
});
