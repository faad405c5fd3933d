// How one entry is made, on a fake queue (and a fake compressor pool for images): a PDF checked and
// hashed or refused, a restored file kept byte for byte, an image's job built from the newest plan and
// its result applied, and each way compressing it can end (failed, cancelled, superseded, removed).
import { expect } from '@open-wc/testing';
import { admitFile, type AdmittedFile, type UploadErrorCode } from '../../../src/upload/admit.js';
import { CompressError, type CompressorPool, type CompressResult, type JobSource } from '../../../src/upload/compress.js';
import { sha256Hex } from '../../../src/upload/digest.js';
import type { ImageTarget } from '../../../src/upload/plan.js';
import { makeImage, makePdf, makeRestored, THUMBNAIL_EDGE, type Maker } from '../../../src/elements/doc-uploader/processing.js';
import type { Entry, Params } from '../../../src/elements/doc-uploader/types.js';
import { encryptedPdfFile, jpegFile, pdfFile } from '../../fixtures/files.js';

async function entryOf(file: File): Promise<Entry> {
  const outcome = await admitFile(file, { budget: 5_000_000 });
  if ('code' in outcome) throw new Error(outcome.code);
  return entryFrom(outcome);
}

function entryFrom(admitted: AdmittedFile): Entry {
  let settle!: (r?: undefined) => void;
  const settled = new Promise<undefined>((resolve) => (settle = resolve));
  return { ...admitted, id: 'e1', status: 'queued', progress: 0, settled, settle } as Entry;
}

const target = (over: Partial<ImageTarget> = {}): ImageTarget =>
  ({ maxBytes: 40_000, longEdge: 320, minLongEdge: 320, belowMinEdge: false, recompress: false, upgrade: false, ...over }) as ImageTarget;

function maker(plan: ImageTarget | null = target()) {
  const seen = { listed: true, updates: 0, settled: 0, failed: [] as string[] };
  const m: Maker = {
    has: () => seen.listed,
    update: () => seen.updates++,
    settled: () => seen.settled++,
    fail: (_entry, code: UploadErrorCode, params?: Params) => seen.failed.push(`${code}${params?.megapixels !== undefined ? `:${params.megapixels}` : ''}`),
    target: () => plan ?? undefined,
  };
  return { m, seen };
}

/** A pool that asks for the job as a worker would, reports progress, then ends as `end` says. */
function pool(end: (job: unknown) => CompressResult | Error) {
  const jobs: unknown[] = [];
  const p = {
    async compress(source: JobSource, onProgress: (f: number) => void) {
      const job = typeof source === 'function' ? source() : source;
      jobs.push(job);
      onProgress(0.5);
      const out = end(job);
      if (out instanceof Error) throw out;
      return out;
    },
  } as unknown as CompressorPool;
  return { p, jobs };
}

const result = (width: number, height: number): CompressResult => ({
  blob: new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], { type: 'image/jpeg' }),
  width,
  height,
  quality: 0.8,
  sha256: 'ab'.repeat(32),
  unconstrained: false,
  encodes: 1,
  decodeMs: 1,
  encodeMs: 1,
});

describe('doc-uploader/processing', () => {
  it('a PDF is checked and hashed, then done; an encrypted one is refused; one removed meanwhile is left alone', async () => {
    const { m, seen } = maker();
    const pdf = await entryOf(pdfFile('form.pdf'));
    await makePdf(m, pdf);
    expect(pdf).to.include({ status: 'done', progress: 1 });
    expect(pdf.sha256).to.equal(await sha256Hex(pdf.result!));
    expect(seen.settled).to.equal(1);

    const locked = await entryOf(encryptedPdfFile());
    await makePdf(m, locked);
    expect(seen.failed).to.deep.equal(['pdf-encrypted']);
    expect(locked.result).to.equal(undefined);

    seen.listed = false;
    const gone = await entryOf(pdfFile('gone.pdf'));
    await makePdf(m, gone);
    expect(gone.status).to.equal('queued');
    expect(seen.settled).to.equal(1);
  });

  it('a restored file is done byte for byte, with a thumbnail no larger than the edge', async () => {
    const processed = await jpegFile(320, 240, 'birth.jpg', 3);
    const admitted = await admitFile(processed, { budget: 5_000_000 });
    if ('code' in admitted) throw new Error(admitted.code);
    const entry = entryFrom(admitted);
    await makeRestored(entry, { file: processed, original: { name: 'IMG_1.jpg', size: 900_000, type: 'image/jpeg' } }, admitted, false);
    expect(entry).to.include({ status: 'done', progress: 1, result: processed, hasOriginal: false, madeFor: processed.size, outWidth: 320, outHeight: 240 });
    expect(entry.sha256).to.equal(await sha256Hex(processed));
    expect(entry.original).to.include({ name: 'IMG_1.jpg' });
    expect(Math.max(entry.thumbnail!.width, entry.thumbnail!.height)).to.equal(THUMBNAIL_EDGE);
  });

  it('an image: its job takes the newest plan, progress is shown, the result applied (under A4 said)', async () => {
    const { m, seen } = maker(target({ maxBytes: 30_000, longEdge: 200, minLongEdge: 100 }));
    const entry = await entryOf(await jpegFile(400, 300, 'photo.png'));
    const abort = new AbortController();
    entry.abort = abort;
    const { p, jobs } = pool(() => result(200, 150));
    await makeImage(m, entry, p, abort, 300);
    expect(jobs[0]).to.deep.include({ kind: 'jpeg', width: 400, height: 300, maxBytes: 30_000, longEdge: 200, minLongEdge: 100, thumbnail: THUMBNAIL_EDGE });
    expect(entry.madeFor).to.equal(30_000);
    expect(seen.updates).to.be.greaterThanOrEqual(2);
    expect(entry).to.include({ status: 'done', working: false, progress: 1, outWidth: 200, outHeight: 150, belowMinEdge: true });
    expect(entry.result!.name, 'sent under the name from its content').to.equal('photo.jpg');
    expect(entry.result!.type).to.equal('image/jpeg');
    expect(seen.settled).to.equal(1);

    // Not under A4 when the photo itself is smaller than A4 at 150 dpi and kept whole.
    const small = await entryOf(await jpegFile(200, 150));
    small.abort = abort;
    await makeImage(maker().m, small, pool(() => result(200, 150)).p, abort, 300);
    expect(small.belowMinEdge).to.equal(false);
  });

  it('a failed first pass refuses the file (with its megapixels); a failed second pass keeps the first result', async () => {
    const { m, seen } = maker();
    const entry = await entryOf(await jpegFile(2000, 1000));
    const abort = new AbortController();
    entry.abort = abort;
    await makeImage(m, entry, pool(() => new CompressError('image-too-large')).p, abort, 1754);
    expect(seen.failed).to.deep.equal(['image-too-large:2']);

    const first = new File(['x'], 'photo.jpg', { type: 'image/jpeg' });
    entry.result = first;
    await makeImage(m, entry, pool(() => new CompressError('file-unreadable')).p, abort, 1754);
    expect(entry.result).to.equal(first);
    expect(seen.settled).to.equal(1);
    expect(seen.failed).to.have.length(1);
  });

  it('cancelled, superseded or removed: nothing is applied, and a removed entry settles', async () => {
    const { m, seen } = maker();
    const entry = await entryOf(await jpegFile());
    const abort = new AbortController();
    entry.abort = abort;
    await makeImage(m, entry, pool(() => new CompressError('cancelled')).p, abort, 1754);
    expect(seen.settled + seen.failed.length).to.equal(0);

    entry.abort = new AbortController(); // a newer pass started meanwhile
    await makeImage(m, entry, pool(() => result(320, 240)).p, abort, 1754);
    expect(entry.result, 'a superseded pass is dropped').to.equal(undefined);

    seen.listed = false;
    entry.abort = abort;
    await makeImage(m, entry, pool(() => result(320, 240)).p, abort, 1754);
    expect(entry.result).to.equal(undefined);
    expect(await entry.settled).to.equal(undefined);
    expect(seen.settled).to.equal(0);
  });

  it('an image no longer planned is not compressed', async () => {
    const { m, seen } = maker(null);
    const entry = await entryOf(await jpegFile());
    const abort = new AbortController();
    entry.abort = abort;
    await makeImage(m, entry, pool(() => result(320, 240)).p, abort, 1754);
    expect(entry.result).to.equal(undefined);
    expect(seen.failed).to.deep.equal(['file-unreadable:0']);
  });
});
