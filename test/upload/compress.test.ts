// The worker pool on its own: the kit's worker file, bounded concurrency, real cancellation.
import { expect } from '@open-wc/testing';
import { CompressorPool } from '../../src/upload/compress.js';
import { readImageInfo } from '../../src/upload/image-info.js';
import * as f from '../fixtures/files.js';

async function job(file: File, maxBytes = 200_000, longEdge = 2339) {
  const info = readImageInfo('jpeg', await f.bytesOf(file))!;
  return { file, kind: 'jpeg' as const, ...info, maxBytes, longEdge, minLongEdge: 200, thumbnail: 0 };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resolves with `promise`, or rejects after `ms` (a stalled pool fails the test instead of hanging it). */
function within<T>(promise: Promise<T>, ms = 10_000): Promise<T> {
  return Promise.race([promise, sleep(ms).then(() => Promise.reject(new Error(`nothing after ${ms} ms`)))]);
}

/**
 * Watches the workers the pool makes while `run` runs: how many images were in workers at once
 * (from the moment one is sent to a worker until its answer or the worker's end), and how many
 * workers were ended.
 */
type WorkerStats = { started: number; peak: number; terminated: number };
async function watchWorkers(run: (stats: WorkerStats) => Promise<void>): Promise<WorkerStats> {
  const Real = globalThis.Worker;
  const stats = { started: 0, peak: 0, terminated: 0 };
  let busy = 0;
  class Watched extends Real {
    private working = false;
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      // Added before the pool's own listener, so it sees an answer before the pool starts the next image.
      this.addEventListener('message', (event: MessageEvent<{ type: string }>) => {
        if (event.data.type !== 'progress' && this.working) {
          this.working = false;
          busy--;
        }
      });
    }
    override postMessage(message: unknown, options?: Transferable[] | StructuredSerializeOptions): void {
      if ((message as { type?: string }).type === 'process') {
        this.working = true;
        stats.started++;
        stats.peak = Math.max(stats.peak, ++busy);
      }
      super.postMessage(message, options as StructuredSerializeOptions);
    }
    override terminate(): void {
      stats.terminated++;
      if (this.working) busy--;
      this.working = false;
      super.terminate();
    }
  }
  (globalThis as { Worker: typeof Worker }).Worker = Watched;
  try {
    await run(stats);
  } finally {
    (globalThis as { Worker: typeof Worker }).Worker = Real;
  }
  return stats;
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

  it('leaves one egov-forms:compress User Timing entry per image, with its encodes and the decode and encode times', async () => {
    performance.clearMeasures('egov-forms:compress');
    const pool = new CompressorPool(1);
    try {
      const result = await within(pool.compress(await job(await f.jpegFile(1600, 1200, 'timed.jpg', 4))));
      const entries = performance.getEntriesByName('egov-forms:compress') as PerformanceMeasure[];
      expect(entries).to.have.length(1);
      const detail = entries[0].detail as { encodes: number; decodeMs: number; encodeMs: number };
      expect(detail.encodes).to.equal(result.encodes).and.to.be.at.least(1);
      expect(detail.decodeMs).to.equal(result.decodeMs);
      expect(detail.encodeMs).to.equal(result.encodeMs);
      // From the hand-over to the result: it holds the decode and the encodes.
      expect(entries[0].duration).to.be.at.least(detail.decodeMs + detail.encodeMs - 1);
    } finally {
      pool.dispose();
    }
  });

  it('runs at most `concurrency` images at once (counted in the workers themselves)', async () => {
    const specs = await Promise.all([1, 2, 3, 4, 5].map(async (i) => job(await f.jpegFile(600, 400, `${i}.jpg`, i))));
    for (const concurrency of [1, 2]) {
      const stats = await watchWorkers(async () => {
        const pool = new CompressorPool(concurrency);
        await Promise.all(specs.map((spec) => pool.compress(spec)));
        pool.dispose();
      });
      expect(stats.started).to.equal(5);
      expect(stats.peak, `concurrency ${concurrency}`).to.equal(concurrency);
    }
  });

  it('cancels with an AbortSignal: the promise rejects with `cancelled`, its worker is ended, and the pool carries on', async () => {
    const big = await job(await f.jpegFile(2400, 1800));
    const small = await job(await f.jpegFile(200, 100));
    const stats = await watchWorkers(async (seen) => {
      const pool = new CompressorPool(1);
      const abort = new AbortController();
      let started = false;
      const compressing = pool.compress(() => ((started = true), big), undefined, abort.signal);
      expect(started, 'in a worker').to.equal(true);
      abort.abort();
      let code = '';
      await compressing.catch((e) => (code = e.code));
      expect(code).to.equal('cancelled');
      expect(seen.terminated, 'workers ended').to.equal(1);
      const next = await within(pool.compress(small));
      expect(next.blob.size).to.be.greaterThan(0);
      expect(seen.terminated, 'workers ended').to.equal(1);
      pool.dispose();
    });
    expect(stats.started).to.equal(2);
  });

  it('a job whose source throws fails alone: its place is given back and the next image runs', async () => {
    const pool = new CompressorPool(1);
    let error: unknown;
    await pool.compress(() => {
      throw new TypeError('no plan for this image');
    }).catch((e) => (error = e));
    expect(String(error)).to.contain('no plan for this image');
    const next = await within(pool.compress(await job(await f.jpegFile(200, 100))));
    expect(next.blob.size).to.be.greaterThan(0);
    pool.dispose();
  });

  it('a throw while the next job starts (as one finishes) leaves neither unresolved', async () => {
    const pool = new CompressorPool(1);
    const spec = await job(await f.jpegFile(300, 200));
    const first = pool.compress(spec);
    const failing = pool.compress(() => {
      throw new TypeError('gone');
    });
    const last = pool.compress(spec);
    expect((await within(first)).blob.size).to.be.greaterThan(0);
    let error: unknown;
    await within(failing.catch((e) => (error = e)));
    expect(String(error)).to.contain('gone');
    expect((await within(last)).blob.size).to.be.greaterThan(0);
    pool.dispose();
  });

  it('takes a Motion Photo: a JPEG over 1 MB with a video after its end (no FF D9 in the last 64 KB)', async () => {
    const pool = new CompressorPool(1);
    const result = await pool.compress(await job(await f.motionPhotoFile()));
    expect([result.width, result.height]).to.deep.equal([800, 600]);
    pool.dispose();
  });

  it('a whole JPEG that cannot be decoded fails with file-unreadable from the decoder, small or over 1 MB', async () => {
    const pool = new CompressorPool(1);
    for (const large of [false, true]) {
      const file = await f.undecodableJpegFile(large);
      expect(file.size > 1_000_000).to.equal(large);
      let error: { code?: string; message?: string } = {};
      await pool.compress(await job(file)).catch((e) => (error = e));
      expect(error.code).to.equal('file-unreadable');
      // Not the completeness check ("truncated"): the decode itself failed.
      expect(error.message).to.not.equal('truncated');
    }
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

  it('warm() starts the pool\'s workers before any image, once; the first image uses one of them', async () => {
    const { CompressorPool } = await import('../../src/upload/compress.js');
    const pool = new CompressorPool(2, 60_000);
    try {
      await pool.warm();
      expect(pool.workerCount).to.equal(2);
      await pool.warm();
      expect(pool.workerCount).to.equal(2);
    } finally {
      pool.dispose();
    }
  });

  it('defaultConcurrency: as many as help, two on two cores, one with little memory', async () => {
    const { defaultConcurrency } = await import('../../src/upload/compress.js');
    const n = defaultConcurrency();
    expect(n).to.be.within(1, 2);
    if ((navigator.hardwareConcurrency ?? 1) >= 2 && ((navigator as Navigator & { deviceMemory?: number }).deviceMemory ?? 4) > 2) expect(n).to.equal(2);
  });
});
