// The worker pool on its own: the kit's worker file, bounded concurrency, real cancellation.
import { expect } from '@open-wc/testing';
import { CompressorPool } from '../../src/upload/compress.js';
import { readImageInfo } from '../../src/upload/image-info.js';
import * as f from '../fixtures/files.js';

async function job(file: File, maxBytes = 200_000, longEdge = 2339) {
  const info = readImageInfo('jpeg', await f.bytesOf(file))!;
  return { file, kind: 'jpeg' as const, ...info, maxBytes, longEdge, minLongEdge: 200, thumbnail: 0 };
}

describe('upload/compress', () => {
  it('compresses to the share it is given, lowering quality then resolution', async () => {
    const pool = new CompressorPool(1);
    const source = await f.jpegFile(1600, 1200, 'a.jpg', 3, 1);
    const roomy = await pool.compress(await job(source, 1_000_000));
    const tight = await pool.compress(await job(source, 40_000));
    expect(roomy.blob.size).to.be.at.most(1_000_000);
    expect(tight.blob.size).to.be.at.most(40_000);
    expect(tight.quality).to.be.at.most(roomy.quality);
    expect([roomy.width, roomy.height]).to.deep.equal([1600, 1200]);
    expect(tight.sha256).to.match(/^[0-9a-f]{64}$/);
    pool.dispose();
  });

  it('runs at most `concurrency` images at once', async () => {
    const pool = new CompressorPool(2);
    let peak = 0;
    // The pool's own count of images in workers, read each time one starts.
    const running = () => (pool as unknown as { running: Set<unknown> }).running.size;
    const files = await Promise.all([1, 2, 3, 4, 5].map((i) => f.jpegFile(600, 400, `${i}.jpg`, i)));
    await Promise.all(
      files.map(async (file) => {
        const spec = await job(file);
        return pool.compress(() => {
          peak = Math.max(peak, running());
          return spec;
        });
      }),
    );
    expect(peak).to.be.at.most(2);
    pool.dispose();
  });

  it('cancels with an AbortSignal: the promise rejects with `cancelled` and the pool carries on', async () => {
    const pool = new CompressorPool(1);
    const abort = new AbortController();
    const big = pool.compress(await job(await f.jpegFile(2400, 1800)), undefined, abort.signal);
    abort.abort();
    let code = '';
    await big.catch((e) => (code = e.code));
    expect(code).to.equal('cancelled');
    const next = await pool.compress(await job(await f.jpegFile(200, 100)));
    expect(next.blob.size).to.be.greaterThan(0);
    pool.dispose();
  });

  it('fails one image with its own code and keeps working', async () => {
    const pool = new CompressorPool(1);
    const bad = await job(await f.jpegFile(200, 100));
    let code = '';
    await pool.compress({ ...bad, file: await f.corruptJpegFile() }).catch((e) => (code = e.code));
    expect(code).to.equal('file-unreadable');
    expect((await pool.compress(bad)).blob.size).to.be.greaterThan(0);
    pool.dispose();
  });
});
