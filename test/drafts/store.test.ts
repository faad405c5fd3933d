// DraftStore against the browser's real IndexedDB: round trip of answers and bytes, expiry, clearing, failures.
import { expect } from 'chai';
import { DraftConflictError, DraftStore, DraftStorageError, draftKey, toStorageError, type DraftFileInput } from '../../src/drafts/index.js';
import { sha256Hex } from '../../src/upload/digest.js';
import { jpegFile, pdfFile } from '../fixtures/files.js';
import { quotaFactory } from './memory-store.js';

const DAY = 86_400_000;
let dbCount = 0;

function deleteDb(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

describe('drafts/store', () => {
  let name: string;
  let clock: number;
  let store: DraftStore;

  beforeEach(() => {
    name = `drafts-test-${Date.now()}-${++dbCount}`;
    clock = Date.UTC(2027, 5, 1, 6);
    store = new DraftStore({ dbName: name, now: () => clock });
  });

  afterEach(async () => {
    await store.close();
    await deleteDb(name);
  });

  it('draftKey: service and host key, else service and page path', () => {
    expect(draftKey('school-enrollment', 'child-2', { pathname: '/apply' })).to.equal('school-enrollment:child-2');
    expect(draftKey('school-enrollment', undefined, { pathname: '/apply' })).to.equal('school-enrollment:/apply');
    expect(draftKey('meal-subsidy', '', { pathname: '/x/y' })).to.equal('meal-subsidy:/x/y');
  });

  it('keeps answers and files byte for byte, with their metadata', async () => {
    const photo = await jpegFile(300, 200, 'birth.jpg', 3);
    const pdf = pdfFile('address.pdf');
    const files: DraftFileInput[] = [
      { doc: 'birth-certificate', file: photo, sha256: await sha256Hex(photo), width: 300, height: 200, original: { name: 'IMG_1.HEIC', size: 4_000_000, type: 'image/heic', width: 4032, height: 3024 } },
      { doc: 'address-proof', file: pdf },
    ];
    const answers = { child: { iin: '200101500012', name: 'Айгерім' }, residency: 'citizen' };
    const saved = await store.save('k', { answers, files, step: 'documents' });
    expect(saved.missing).to.deep.equal([]);

    // A new store (as after a reload) reads it back.
    const other = new DraftStore({ dbName: name, now: () => clock + 1000 });
    const draft = (await other.load('k'))!;
    await other.close();
    expect(draft.answers).to.deep.equal(answers);
    expect(draft.step).to.equal('documents');
    expect(draft.savedAt.getTime()).to.equal(clock);
    expect(draft.expiresAt.getTime()).to.equal(clock + 7 * DAY);
    expect(draft.files.map((f) => [f.doc, f.file.name, f.file.type, f.file.lastModified, f.file.size])).to.deep.equal([
      ['birth-certificate', 'birth.jpg', 'image/jpeg', photo.lastModified, photo.size],
      ['address-proof', 'address.pdf', pdf.type, pdf.lastModified, pdf.size],
    ]);
    expect(await sha256Hex(draft.files[0].file)).to.equal(await sha256Hex(photo));
    expect(await sha256Hex(draft.files[1].file)).to.equal(await sha256Hex(pdf));
    expect(draft.files[0].original).to.deep.equal(files[0].original);
    expect(draft.files[0].sha256).to.equal(files[0].sha256);
  });

  it('keeps the original beside a processed photo (to re-plan from it after a reload), and drops it with the file', async () => {
    const original = await jpegFile(1200, 900, 'IMG_2.jpg', 5);
    const photo = await jpegFile(300, 225, 'IMG_2.jpg', 5);
    await store.save('k', { answers: {}, files: [{ doc: 'child-photo', file: photo, originalFile: original }] });
    const other = new DraftStore({ dbName: name, now: () => clock + 1000 });
    const draft = (await other.load('k'))!;
    expect(draft.files).to.have.length(1);
    expect(await sha256Hex(draft.files[0].file)).to.equal(await sha256Hex(photo));
    expect(draft.files[0].originalFile, 'original kept').to.not.equal(undefined);
    expect(await sha256Hex(draft.files[0].originalFile!)).to.equal(await sha256Hex(original));
    expect(draft.files[0].originalFile!.name).to.equal('IMG_2.jpg');
    // Saved without it (the photo was removed): its bytes go too.
    await other.save('k', { answers: {}, files: [] });
    const again = (await other.load('k'))!;
    await other.close();
    expect(again.files).to.deep.equal([]);
  });

  it('separate keys keep separate drafts; clear removes one', async () => {
    await store.save('a', { answers: { n: 1 }, files: [{ doc: 'x', file: pdfFile('a.pdf') }] });
    await store.save('b', { answers: { n: 2 }, files: [] });
    expect((await store.load('a'))!.answers).to.deep.equal({ n: 1 });
    expect((await store.load('b'))!.answers).to.deep.equal({ n: 2 });
    await store.clear('a');
    expect(await store.load('a')).to.equal(null);
    expect((await store.load('b'))!.answers).to.deep.equal({ n: 2 });
  });

  it('drops removed files and writes unchanged ones only once', async () => {
    const a = pdfFile('a.pdf');
    const b = pdfFile('b.pdf');
    await store.save('k', { answers: {}, files: [{ doc: 'x', file: a }, { doc: 'x', file: b }] });
    const spy = IDBObjectStore.prototype.put;
    let fileWrites = 0;
    IDBObjectStore.prototype.put = function (value: { bytes?: unknown }, key?: IDBValidKey) {
      if (value?.bytes) fileWrites++;
      return spy.call(this, value, key);
    };
    try {
      await store.save('k', { answers: { typed: 'more' }, files: [{ doc: 'x', file: b }] });
    } finally {
      IDBObjectStore.prototype.put = spy;
    }
    expect(fileWrites).to.equal(0);
    const draft = (await store.load('k'))!;
    expect(draft.files.map((f) => f.file.name)).to.deep.equal(['b.pdf']);
    expect(draft.answers).to.deep.equal({ typed: 'more' });
  });

  it('two tabs (two stores, one database): a save whose cached bytes another tab deleted writes them again', async () => {
    const other = new DraftStore({ dbName: name, now: () => clock });
    try {
      const mine = pdfFile('mine.pdf', 30_000);
      const theirs = pdfFile('theirs.pdf', 20_000);
      const first = await store.save('k', { answers: { v: 1 }, files: [{ doc: 'x', file: mine }] });
      // The other tab's save does not list this tab's file: its bytes go.
      const second = await other.save('k', { answers: { v: 2 }, files: [{ doc: 'y', file: theirs }] }, { baseRevision: first.revision });
      expect(second.revision).to.equal(first.revision! + 1);
      // This tab's cache still says `mine` is stored; the save checks before relying on it.
      const third = await store.save('k', { answers: { v: 3 }, files: [{ doc: 'x', file: mine }] }, { baseRevision: first.revision });
      expect(third.missing).to.deep.equal([]);
      expect(third.revision).to.equal(second.revision! + 1);
      const reader = new DraftStore({ dbName: name, now: () => clock });
      const draft = (await reader.load('k'))!;
      await reader.close();
      expect(draft.answers).to.deep.equal({ v: 3 });
      expect(draft.missing).to.deep.equal([]);
      expect(draft.files.map((f) => f.file.name)).to.deep.equal(['mine.pdf']);
      expect(await sha256Hex(draft.files[0].file)).to.equal(await sha256Hex(mine));
      expect(draft.revision).to.equal(third.revision);
    } finally {
      await other.close();
    }
  });

  it('cleared after signing: a tab that knew the draft is refused, a tab that found none starts a new one', async () => {
    const saved = await store.save('k', { answers: { v: 1 }, files: [{ doc: 'x', file: pdfFile('a.pdf') }] });
    const other = new DraftStore({ dbName: name, now: () => clock });
    try {
      await other.clear('k', { reason: 'signed' });
      expect(await store.load('k')).to.equal(null, 'nothing to restore');
      let refused: unknown;
      try {
        await store.save('k', { answers: { v: 2 }, files: [{ doc: 'x', file: pdfFile('b.pdf') }] }, { baseRevision: saved.revision });
      } catch (error) {
        refused = error;
      }
      expect(refused).to.be.instanceOf(DraftConflictError);
      expect(await store.load('k')).to.equal(null, 'the signed draft did not come back');
      // A form opened afterwards found no draft (no base): its draft is a new one.
      await store.save('k', { answers: { v: 3 }, files: [] });
      expect((await store.load('k'))!.answers).to.deep.equal({ v: 3 });
      // The mark expires like a draft; a plain clear (start over) leaves none.
      await other.clear('k', { reason: 'signed', ttlDays: 1 });
      clock += DAY;
      expect(await store.purgeExpired()).to.equal(1);
      await store.save('k', { answers: { v: 4 }, files: [] }, { baseRevision: 5 });
      await store.clear('k');
      await store.save('k', { answers: { v: 5 }, files: [] }, { baseRevision: 6 });
      expect((await store.load('k'))!.answers).to.deep.equal({ v: 5 });
    } finally {
      await other.close();
    }
  });

  it('expires after 7 days by default, or the TTL given', async () => {
    await store.save('k', { answers: { a: 1 }, files: [] });
    clock += 7 * DAY - 1;
    expect(await store.load('k')).to.not.equal(null);
    expect(await store.load('k', { ttlDays: 3 })).to.equal(null, 'a shorter TTL set since wins');
    await store.save('k', { answers: { a: 1 }, files: [] }, { ttlDays: 1 });
    clock += DAY;
    expect(await store.load('k')).to.equal(null);
    // Expired drafts are deleted, not just hidden.
    clock -= DAY;
    expect(await store.load('k')).to.equal(null);
  });

  it('purgeExpired deletes every expired draft', async () => {
    await store.save('old', { answers: {}, files: [{ doc: 'x', file: pdfFile() }] }, { ttlDays: 1 });
    await store.save('new', { answers: {}, files: [] }, { ttlDays: 30 });
    clock += 2 * DAY;
    expect(await store.purgeExpired()).to.equal(1);
    clock -= 2 * DAY;
    expect(await store.load('old')).to.equal(null);
    expect(await store.load('new')).to.not.equal(null);
  });

  it('a full disk costs the files that did not fit, never the answers; they are listed', async () => {
    await store.close();
    store = new DraftStore({ dbName: name, now: () => clock, indexedDB: quotaFactory(50_000) });
    const small = pdfFile('small.pdf', 10_000);
    const big = pdfFile('big.pdf', 200_000);
    const result = await store.save('k', { answers: { a: 1 }, files: [{ doc: 'x', file: small }, { doc: 'y', file: big }] });
    expect(result.missing).to.deep.equal([{ doc: 'y', name: 'big.pdf' }]);
    const draft = (await store.load('k'))!;
    expect(draft.answers).to.deep.equal({ a: 1 });
    expect(draft.files.map((f) => f.file.name)).to.deep.equal(['small.pdf']);
    expect(draft.missing).to.deep.equal([{ doc: 'y', name: 'big.pdf' }]);
  });

  it('no IndexedDB (private browsing, blocked storage) is a typed `unavailable` error', async () => {
    const broken = {
      open() {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const s = new DraftStore({ dbName: name, indexedDB: broken });
    const error = await s.load('k').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(DraftStorageError);
    expect((error as DraftStorageError).code).to.equal('unavailable');
    const error2 = await s.save('k', { answers: {}, files: [] }).catch((e: unknown) => e);
    expect((error2 as DraftStorageError).code).to.equal('unavailable');
  });

  it('maps error names to codes', () => {
    expect(toStorageError(new DOMException('x', 'QuotaExceededError')).code).to.equal('quota');
    expect(toStorageError(new DOMException('x', 'InvalidStateError')).code).to.equal('unavailable');
    expect(toStorageError(new Error('x')).code).to.equal('unavailable');
  });
});
