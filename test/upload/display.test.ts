// Display rules every view calls: a document's state with "k of N", the budget level, short names.
import { expect } from '@open-wc/testing';
import { budgetLevel, documentStatus, overBudget, shortenName } from '../../src/upload/display.js';

describe('upload/display', () => {
  it('documentStatus: one of two photos is partial, never "provided", and says 1 of 2', () => {
    const photo = { state: 'required' as const, count: 2 };
    expect(documentStatus(photo, 0)).to.deep.equal({ state: 'missing', attached: 0, total: 2, partial: false });
    expect(documentStatus(photo, 1)).to.deep.equal({ state: 'missing', attached: 1, total: 2, partial: true });
    expect(documentStatus(photo, 2).state).to.equal('provided');
    expect(documentStatus({ state: 'optional', count: 1 }, 0).state).to.equal('optional');
    expect(documentStatus({ state: 'registry', count: 1 }, 0).state).to.equal('registry');
    expect(documentStatus({ state: 'registry', count: 1 }, 1).state).to.equal('provided');
  });

  it('budgetLevel: one set of thresholds (80 %, 95 %, over)', () => {
    expect(budgetLevel(0, 100)).to.equal('ok');
    expect(budgetLevel(79, 100)).to.equal('ok');
    expect(budgetLevel(80, 100)).to.equal('high');
    expect(budgetLevel(95, 100)).to.equal('full');
    expect(budgetLevel(100, 100)).to.equal('full');
    expect(budgetLevel(101, 100)).to.equal('over');
  });

  it('overBudget: the plan while busy, the real total once done', () => {
    expect(overBudget({ overBy: 0 }, 120, 100, true)).to.equal(0);
    expect(overBudget({ overBy: 0 }, 120, 100, false)).to.equal(20);
    expect(overBudget({ overBy: 50 }, 10, 100, false)).to.equal(50);
  });

  it('shortenName keeps the extension and the start', () => {
    expect(shortenName('a.pdf')).to.equal('a.pdf');
    const s = shortenName('Свидетельство-о-рождении-ребёнка-2019-скан.pdf', 24);
    expect([...s].length).to.be.at.most(24);
    expect(s.endsWith('.pdf')).to.equal(true);
    expect(s.startsWith('Свидетельств')).to.equal(true);
    expect(s).to.contain('…');
    expect([...shortenName('x'.repeat(60), 20)].length).to.be.at.most(20);
  });
});
