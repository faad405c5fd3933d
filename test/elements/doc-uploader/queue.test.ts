// The uploader's file queue on its own (no element): entries in order, replace and remove, a reset's
// generation, what the planner sees, what the payload gets, a restored file kept byte for byte.
import { expect } from '@open-wc/testing';
import { BudgetPool } from '../../../src/context/budget.js';
import { admitFile, type AdmittedFile } from '../../../src/upload/admit.js';
import { sha256Hex } from '../../../src/upload/digest.js';
import { FileQueue, type QueueHost } from '../../../src/elements/doc-uploader/queue.js';
import type { Entry } from '../../../src/elements/doc-uploader/types.js';
import { jpegFile, pdfFile } from '../../fixtures/files.js';

function host(pool = new BudgetPool()) {
  const seen = { updates: 0, settled: [] as Entry[], refused: [] as string[] };
  const h: QueueHost = {
    pool: () => pool,
    update: () => seen.updates++,
    refuse: (entry, code) => {
      seen.refused.push(`${entry.source.name}:${code}`);
      return { file: entry.source, name: entry.source.name, code, message: code };
    },
    settled: (entry) => {
      seen.settled.push(entry);
      entry.settle();
    },
  };
  return { h, seen };
}

async function admitted(file: File): Promise<AdmittedFile> {
  const outcome = await admitFile(file, { budget: 5_000_000 });
  if ('code' in outcome) throw new Error(outcome.code);
  return outcome;
}

describe('doc-uploader/FileQueue', () => {
  it('lists entries in order, swaps one in place and removes one, settling whoever waits', async () => {
    const { h, seen } = host();
    const queue = new FileQueue(h);
    const a = queue.create(await admitted(pdfFile('a.pdf')));
    const b = queue.create(await admitted(pdfFile('b.pdf')));
    expect(a.id).to.not.equal(b.id);
    expect(a.status).to.equal('queued');
    queue.push(a);
    queue.push(b);
    expect(queue.entries).to.deep.equal([a, b]);
    const c = queue.create(await admitted(pdfFile('c.pdf')));
    expect(queue.swap(a, c)).to.equal(true);
    expect(queue.entries).to.deep.equal([c, b]);
    expect(await a.settled, 'the replaced entry settles with no refusal').to.equal(undefined);
    expect(queue.swap(a, c), 'a is no longer listed').to.equal(false);
    const rejection = { file: b.source, name: 'b.pdf', code: 'file-unreadable' as const, message: 'x' };
    queue.remove(b, rejection);
    expect(await b.settled).to.equal(rejection);
    expect(queue.entries).to.deep.equal([c]);
    expect(seen.updates).to.be.greaterThan(0);
  });

  it('a reset clears every entry and counts a new generation', async () => {
    const { h } = host();
    const queue = new FileQueue(h);
    const a = queue.create(await admitted(pdfFile('a.pdf')));
    queue.push(a);
    const generation = queue.generation;
    queue.clear();
    expect(queue.entries).to.deep.equal([]);
    expect(queue.generation).to.equal(generation + 1);
    expect(await a.settled).to.equal(undefined);
  });

  it('a PDF is checked and hashed, then done: in files and fileInfo, no originalFile', async () => {
    const { h, seen } = host();
    const queue = new FileQueue(h);
    const pdf = pdfFile('form.pdf');
    const entry = queue.create(await admitted(pdf));
    queue.push(entry);
    expect(queue.working).to.equal(true);
    queue.start([entry]);
    await entry.settled;
    expect(seen.settled).to.deep.equal([entry]);
    expect(queue.working).to.equal(false);
    expect(queue.files).to.have.length(1);
    const [info] = queue.fileInfo;
    expect(info.sha256).to.equal(await sha256Hex(queue.files[0]));
    expect(info.original).to.include({ name: 'form.pdf', size: pdf.size });
    expect(info.originalFile).to.equal(undefined);
  });

  it('the planner sees a PDF as fixed bytes and an image by its size, with its result once done', async () => {
    const { h } = host();
    const queue = new FileQueue(h);
    const pdf = queue.create(await admitted(pdfFile('a.pdf', 2000)));
    const photo = queue.create(await admitted(await jpegFile(640, 480, 'p.jpg')));
    queue.push(pdf);
    queue.push(photo);
    const [fixed, image] = queue.planItems();
    expect(fixed).to.deep.include({ id: pdf.id, kind: 'fixed', name: 'a.pdf' });
    expect(image).to.deep.include({ id: photo.id, kind: 'image', width: 640, height: 480, hasOriginal: true, current: undefined });
    expect((image as { sourceBytes?: number }).sourceBytes, 'a JPEG never needs more than it came with').to.equal(photo.source.size);
  });

  it('a restored file is done at once, byte for byte, with its original kept to plan from', async () => {
    const { h } = host();
    const queue = new FileQueue(h);
    const processed = await jpegFile(320, 240, 'birth.jpg', 3);
    const original = await jpegFile(1280, 960, 'IMG_1.jpg', 3);
    const item = { file: processed, width: 320, height: 240, original: { name: 'IMG_1.jpg', size: original.size, type: 'image/jpeg' } };
    const entry = await queue.restored(item, await admitted(processed), await admitted(original));
    queue.push(entry);
    expect(entry.status).to.equal('done');
    expect(entry.madeFor).to.equal(processed.size);
    expect(entry.thumbnail, 'its thumbnail is made from the processed file').to.not.equal(undefined);
    const [info] = queue.fileInfo;
    expect(info.file).to.equal(processed);
    expect(info.sha256).to.equal(await sha256Hex(processed));
    expect(info.originalFile).to.equal(original);
    expect(queue.planItems()[0]).to.deep.include({ hasOriginal: true, width: 1280, height: 960 });

    // Without its original, it is never planned up from the reduced file.
    const alone = await queue.restored({ file: processed }, await admitted(processed));
    queue.push(alone);
    expect(queue.planItems()[1]).to.deep.include({ hasOriginal: false });
    expect(queue.fileInfo[1].originalFile).to.equal(undefined);
    queue.clear();
  });

  it('a plan that leaves a processed image its share changes nothing', async () => {
    const { h } = host();
    const queue = new FileQueue(h);
    const processed = await jpegFile(320, 240, 'p.jpg');
    const entry = await queue.restored({ file: processed }, await admitted(processed));
    queue.push(entry);
    queue.applyPlan({ images: { [entry.id]: { maxBytes: processed.size * 2, longEdge: 320, minLongEdge: 320, belowMinEdge: false, recompress: false } } } as never);
    expect(entry.working).to.not.equal(true);
    expect(entry.status).to.equal('done');
    queue.clear();
  });
});
