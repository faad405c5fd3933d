// Answers the parent changed while a draft loaded, and putting them over the draft's (draft-merge.ts).
import { expect } from '@open-wc/testing';
import { changedPaths, valueAt, withValue } from '../../src/drafts/draft-merge.js';

describe('drafts/draft-merge', () => {
  it('finds the changed leaves; a group that appeared counts by its answers; lists are leaves', () => {
    expect(changedPaths({ a: 1, child: { x: 1 } }, { a: 1, child: { x: 2, y: 3 } })).to.deep.equal([['child', 'x'], ['child', 'y']]);
    expect(changedPaths({}, { child: { name: 'A' } })).to.deep.equal([['child', 'name']]);
    expect(changedPaths({ s: ['a'] }, { s: ['a'] })).to.deep.equal([]);
    expect(changedPaths({ s: ['a'] }, { s: ['a', 'b'] })).to.deep.equal([['s']]);
    expect(changedPaths({ a: 1 }, {})).to.deep.equal([['a']]);
  });

  it('reads and writes by path, copying (the answers given are not changed)', () => {
    const answers = { child: { name: 'A' }, school: 'X' };
    expect(valueAt(answers, ['child', 'name'])).to.equal('A');
    expect(valueAt(answers, ['child', 'none', 'deeper'])).to.equal(undefined);
    const out = withValue(answers, ['child', 'iin'], '200821501076');
    expect(out).to.deep.equal({ child: { name: 'A', iin: '200821501076' }, school: 'X' });
    expect(answers).to.deep.equal({ child: { name: 'A' }, school: 'X' });
    expect(withValue(answers, ['school'], undefined)).to.deep.equal({ child: { name: 'A' } });
    expect(withValue({}, ['a', 'b'], 1)).to.deep.equal({ a: { b: 1 } });
  });
});
