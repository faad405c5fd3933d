// Where the worker path is unavailable (no OffscreenCanvas, as in Safari before 16.4), photos are
// compressed by browser-image-compression on the main thread, loaded only then. This page deletes
// OffscreenCanvas before the uploader is loaded, as such a browser lacks it.
import { expect } from '@open-wc/testing';
import { workerPathAvailable } from '../../src/upload/compress.js';
import { hasJpegMetadata, readImageInfo } from '../../src/upload/image-info.js';
import { PREFERRED_LONG_EDGE } from '../../src/upload/plan.js';
import type { DocUploader } from '../../src/elements/doc-uploader/doc-uploader.js';
import { expectAccessible } from '../support/a11y.js';
import * as f from '../fixtures/files.js';

const loaded = () => performance.getEntriesByType('resource').map((e) => e.name);

describe('compression fallback: feature detection', () => {
  const complete = () => ({
    Worker: function Worker() {},
    createImageBitmap: () => {},
    OffscreenCanvas: Object.assign(function OffscreenCanvas() {}, { prototype: { convertToBlob() {} } }),
  });

  it('takes the worker path where the engine has everything', () => {
    expect(workerPathAvailable(complete() as unknown as typeof globalThis)).to.equal(true);
  });

  for (const missing of ['Worker', 'createImageBitmap', 'OffscreenCanvas'] as const) {
    it(`falls back without ${missing}`, () => {
      const scope = complete() as Record<string, unknown>;
      delete scope[missing];
      expect(workerPathAvailable(scope as unknown as typeof globalThis)).to.equal(false);
    });
  }

  it('falls back when OffscreenCanvas cannot encode (no convertToBlob)', () => {
    const scope = complete();
    scope.OffscreenCanvas.prototype = {} as { convertToBlob(): void };
    expect(workerPathAvailable(scope as unknown as typeof globalThis)).to.equal(false);
  });
});

describe('compression fallback: an uploader in a browser without OffscreenCanvas', () => {
  let workersMade = 0;
  // Made before OffscreenCanvas goes (the fixtures draw with it).
  let photos: File[];
  let rotated: File;
  let truncated: File;
  let fine: File;

  before(async () => {
    photos = await Promise.all([1, 2, 3].map((i) => f.jpegFile(3000, 2250, `page-${i}.jpg`, i)));
    rotated = await f.rotatedJpegFile(300, 200);
    truncated = await f.truncatedJpegFile();
    fine = await f.jpegFile(400, 300, 'fine.jpg');
    // What an older browser lacks, removed before the kit loads.
    delete (window as unknown as Record<string, unknown>).OffscreenCanvas;
    const RealWorker = window.Worker;
    window.Worker = class extends RealWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        workersMade++;
        super(url, options);
      }
    };
    expect(workerPathAvailable()).to.equal(false);
    expect(loaded().some((n) => n.includes('browser-image-compression'))).to.equal(false);
    await import('../../src/define/doc-uploader.js');
  });

  async function uploader(budget: number): Promise<DocUploader> {
    const el = document.createElement('doc-uploader');
    el.setAttribute('lang', 'en');
    el.setAttribute('multiple', '');
    el.setAttribute('budget', String(budget));
    document.body.append(el);
    await el.updateComplete;
    return el;
  }

  it('compresses photos on the main thread within the budget, with no worker and no metadata', async () => {
    const el = await uploader(900_000);
    const original = photos.reduce((n, p) => n + p.size, 0);
    const result = await el.addFiles(photos);
    expect(result.rejected).to.deep.equal([]);
    expect(el.files.length).to.equal(3);
    // The contract: the budget, JPEG out, the long edge within the plan's, nothing of the EXIF left.
    expect(el.totalBytes).to.be.at.most(900_000);
    expect(el.totalBytes).to.be.below(original);
    for (const file of el.files) {
      expect(file.type).to.equal('image/jpeg');
      const bytes = new Uint8Array(await file.arrayBuffer());
      const info = readImageInfo('jpeg', bytes)!;
      expect(Math.max(info.width, info.height)).to.be.at.most(PREFERRED_LONG_EDGE);
      expect(Math.max(info.width, info.height)).to.be.at.least(640);
      expect(hasJpegMetadata(bytes)).to.equal(false);
    }
    expect(workersMade, 'workers started').to.equal(0);
    expect(loaded().some((n) => n.includes('browser-image-compression')), 'library loaded on this path').to.equal(true);
    await expectAccessible(el);
    el.remove();
  });

  it('keeps an EXIF-rotated photo upright', async () => {
    const el = await uploader(5_000_000);
    // Stored 300 × 200 with orientation 6: shown (and sent) 200 wide, 300 high.
    await el.addFiles([rotated]);
    expect(el.files.length).to.equal(1);
    const info = readImageInfo('jpeg', new Uint8Array(await el.files[0].arrayBuffer()))!;
    expect([info.width, info.height]).to.deep.equal([200, 300]);
    // The stored left half is black: upright, that is the top half.
    const bitmap = await createImageBitmap(el.files[0]);
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const grey = (x: number, y: number) => ctx.getImageData(x, y, 1, 1).data[0];
    expect(grey(100, 60), 'top').to.be.below(64);
    expect(grey(100, 240), 'bottom').to.be.above(192);
    el.remove();
  });

  it('still refuses a broken photo alone, with its code', async () => {
    const el = await uploader(5_000_000);
    const result = await el.addFiles([truncated, fine]);
    expect(result.rejected.map((r) => r.code)).to.deep.equal(['file-unreadable']);
    expect(el.files.length).to.equal(1);
    el.remove();
  });
});
