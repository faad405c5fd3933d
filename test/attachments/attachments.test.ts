// The attachments model: per document id, sources register, the engine reads counts, files, states.
import { expect } from '@open-wc/testing';
import { Attachments, type AttachmentFile, type AttachmentRestore, type AttachmentSource, type AttachmentsChange } from '../../src/attachments/attachments.js';
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

/** A source that keeps what is put back, as an uploader does (files it is told to refuse are refused). */
function keeper(doc: string, refuse: string[] = []) {
  const s = source(doc, []);
  const calls: string[][] = [];
  const removed: File[] = [];
  return Object.assign(s, {
    calls,
    removed,
    restoreFiles: async (files: Iterable<AttachmentRestore>) => {
      const list = [...files];
      calls.push(list.map((f) => f.file.name));
      const kept = list.filter((f) => !refuse.includes(f.file.name));
      for (const f of kept) s.info.push({ file: f.file, original: f.original ?? { name: f.file.name, size: f.file.size, type: f.file.type } });
      return { accepted: kept.map((f) => f.file), rejected: list.filter((f) => refuse.includes(f.file.name)).map((f) => ({ name: f.file.name })) };
    },
    removeFile: (file: File) => {
      removed.push(file);
      s.info.splice(s.info.findIndex((i) => i.file === file), 1);
    },
  });
}

const restored = (name: string): AttachmentRestore => ({ file: new File(['z'], name, { type: 'image/jpeg' }) });

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
    model.changed('health-063', true);
    expect(seen).to.deep.equal(['health-063', 'health-063', 'health-063', 'health-063']);
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

  it("says whether a change is of the document's files (what a draft records) or only of its progress", () => {
    const model = new Attachments();
    const seen: AttachmentsChange[] = [];
    model.addEventListener('change', (e) => seen.push((e as CustomEvent<AttachmentsChange>).detail));
    model.changed('child-photo');
    model.changed('child-photo', true);
    expect(seen).to.deep.equal([
      { doc: 'child-photo', files: false },
      { doc: 'child-photo', files: true },
    ]);
  });

  it('holds files to put back until their document registers, then hands them over once', async () => {
    const model = new Attachments();
    const done = model.restore('birth-certificate', [restored('birth.jpg')]);
    expect(model.waiting).to.equal(true);
    model.handOver();
    expect(model.waiting, 'no source yet: they wait').to.equal(true);
    const uploader = keeper('birth-certificate');
    model.register(uploader);
    expect(model.waiting).to.equal(false);
    const result = await done;
    expect(result?.accepted.map((f) => f.name)).to.deep.equal(['birth.jpg']);
    expect(uploader.calls).to.deep.equal([['birth.jpg']]);
    expect(model.files('birth-certificate').map((i) => i.file.name)).to.deep.equal(['birth.jpg']);
    // Registering again (a second connect) hands over nothing more.
    model.register(uploader);
    expect(uploader.calls).to.have.length(1);
  });

  it('a registered source gets them at the next handOver (its host updated), not while the answers are still being restored', async () => {
    const model = new Attachments();
    const uploader = keeper('health-063', ['bad.jpg']);
    model.register(uploader);
    const done = model.restore('health-063', [restored('good.jpg'), restored('bad.jpg')]);
    expect(uploader.calls, 'not yet').to.deep.equal([]);
    model.handOver();
    const result = await done;
    expect(result).to.deep.equal({ accepted: [result!.accepted[0]], rejected: [{ name: 'bad.jpg' }] });
    expect(result!.accepted[0].name).to.equal('good.jpg');
  });

  it('a document that already has files is not given the restored ones (undefined)', async () => {
    const model = new Attachments();
    const uploader = keeper('child-photo');
    uploader.info.push({ file: new File(['p'], 'mine.jpg'), original: { name: 'mine.jpg', size: 1, type: 'image/jpeg' } });
    model.register(uploader);
    const done = model.restore('child-photo', [restored('draft.jpg')]);
    model.handOver();
    expect(await done).to.equal(undefined);
    expect(uploader.calls).to.deep.equal([]);
  });

  it('dropRestores forgets what waits (a draft deleted): nothing is handed over later', async () => {
    const model = new Attachments();
    const done = model.restore('child-photo', [restored('a.jpg')]);
    model.dropRestores();
    expect(model.waiting).to.equal(false);
    expect(await done).to.equal(undefined);
    const uploader = keeper('child-photo');
    model.register(uploader);
    expect(uploader.calls).to.deep.equal([]);
  });

  it('remove takes a file out of its document through its source', async () => {
    const model = new Attachments();
    const uploader = keeper('child-photo');
    model.register(uploader);
    const done = model.restore('child-photo', [restored('a.jpg'), restored('b.jpg')]);
    model.handOver();
    const result = await done;
    model.remove('child-photo', result!.accepted[0]);
    expect(uploader.removed).to.deep.equal([result!.accepted[0]]);
    expect(model.files('child-photo').map((i) => i.file.name)).to.deep.equal(['b.jpg']);
    model.remove('no-such-doc', result!.accepted[1]);
  });
});
