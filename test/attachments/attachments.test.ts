// The attachments model: per document id, sources register, the engine reads counts, files, states.
import { expect } from '@open-wc/testing';
import { Attachments, type AttachmentFile, type AttachmentSource } from '../../src/attachments/attachments.js';
import { BudgetPool } from '../../src/context/budget.js';

function source(doc: string, names: string[], busy = false): AttachmentSource & { info: AttachmentFile[] } {
  const info = names.map((name) => ({ file: new File(['x'], name), original: { name, size: 1, type: 'image/jpeg' } }));
  return {
    doc,
    info,
    get fileInfo() {
      return info;
    },
    busy,
    restoreFiles: async () => undefined,
  };
}

describe('attachments/Attachments', () => {
  it('owns files per document id: counts, files in checklist order, the "k of N" state', () => {
    const model = new Attachments();
    const photo = source('child-photo', ['a.jpg']);
    const birth = source('birth-certificate', ['b.pdf']);
    model.register(photo);
    model.register(birth);
    expect(model.counts()).to.deep.equal({ 'child-photo': 1, 'birth-certificate': 1 });
    expect(model.all(['birth-certificate', 'child-photo']).map((x) => x.doc)).to.deep.equal(['birth-certificate', 'child-photo']);
    const status = model.status({ doc: 'child-photo', state: 'required', count: 2 });
    expect(status).to.deep.equal({ state: 'missing', attached: 1, total: 2, partial: true });
    photo.info.push({ file: new File(['y'], 'c.jpg'), original: { name: 'c.jpg', size: 1, type: 'image/jpeg' } });
    expect(model.status({ doc: 'child-photo', state: 'required', count: 2 }).state).to.equal('provided');
  });

  it('fires change on register, change and unregister; a source without doc is ignored', () => {
    const model = new Attachments();
    const seen: (string | undefined)[] = [];
    model.addEventListener('change', (e) => seen.push((e as CustomEvent).detail.doc));
    const s = source('health-063', []);
    model.register(s);
    model.changed('health-063');
    model.unregister(s);
    model.register(source(undefined as unknown as string, []));
    expect(seen).to.deep.equal(['health-063', 'health-063', 'health-063']);
    expect(model.docs).to.deep.equal([]);
    expect(model.files('health-063')).to.deep.equal([]);
  });

  it('reads the budget from its pool: used, level, over; busy from its sources', () => {
    const pool = new BudgetPool(100);
    const model = new Attachments(pool);
    pool.join({ planItems: () => [{ id: 'p', kind: 'fixed', bytes: 90 }], usedBytes: () => 90, isBusy: () => false, applyPlan: () => {} });
    expect(model.budget).to.deep.equal({ used: 90, budget: 100, level: 'high', over: 0 });
    model.register(source('x', [], true));
    expect(model.busy).to.equal(true);
  });
});
