// The page's side of compression: a small pool of the kit's own module workers (bounded for phones),
// a queue, and cancellation that really frees the memory (the worker is terminated).
import type { CompressJob, CompressResult, FailureCode, WorkerRequest, WorkerResponse } from './protocol.js';

export type { CompressJob, CompressResult, FailureCode } from './protocol.js';

export class CompressError extends Error {
  constructor(
    readonly code: FailureCode | 'cancelled',
    detail: string = code,
  ) {
    super(detail);
  }
}

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): { createScriptURL(input: string): unknown };
}

let policy: { createScriptURL(input: string): unknown } | undefined;

/**
 * Under `require-trusted-types-for 'script'` a worker needs a TrustedScriptURL. The `egov-forms`
 * policy only ever vouches for the kit's own worker file, resolved against the kit's own URL.
 */
function trusted(url: URL): string | unknown {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return url.href;
  policy ??= tt.createPolicy('egov-forms', {
    createScriptURL(input: string) {
      const asked = new URL(input, import.meta.url);
      if (asked.origin !== new URL(import.meta.url).origin || !/compress\.worker[^/]*\.(js|ts)$/.test(asked.pathname)) {
        throw new TypeError(`egov-forms: refusing worker URL ${input}`);
      }
      return asked.href;
    },
  });
  return policy.createScriptURL(url.href);
}

/**
 * `new Worker(new URL('./compress.worker.ts', import.meta.url), …)` is the pattern the bundler
 * recognises to emit the worker as its own file beside the kit; this local `Worker` passes the
 * rewritten URL through the Trusted Types policy before the real constructor sees it.
 */
const Worker = class {
  constructor(url: URL, options: WorkerOptions) {
    return new globalThis.Worker(trusted(url) as string, options);
  }
} as unknown as new (url: URL, options: WorkerOptions) => globalThis.Worker;

function spawn(): globalThis.Worker {
  return new Worker(new URL('./compress.worker.ts', import.meta.url), { type: 'module', name: 'egov-forms-compress' });
}

/** A job, or a function giving it when a worker is free (so a queued image uses the newest plan). */
export type JobSource = Omit<CompressJob, 'id'> | (() => Omit<CompressJob, 'id'>);

interface Pending {
  source: JobSource;
  job: CompressJob;
  onProgress: (fraction: number) => void;
  resolve: (result: CompressResult) => void;
  reject: (error: Error) => void;
  worker?: globalThis.Worker;
  /** When the job was handed to a worker (performance.now()). */
  startedAt?: number;
}

/**
 * Each image compressed in a worker leaves a User Timing entry, `egov-forms:compress`, from the
 * moment it was handed to a worker to its result, with `detail` { encodes, decodeMs, encodeMs }:
 * what `npm run bench` reports as the kit's own split, and what a host's real-user monitoring can read
 * (`performance.getEntriesByName('egov-forms:compress')`). Never fails the image.
 */
function timing(pending: Pending, result: CompressResult): void {
  try {
    performance.measure('egov-forms:compress', {
      start: pending.startedAt ?? performance.now(),
      detail: { encodes: result.encodes, decodeMs: result.decodeMs, encodeMs: result.encodeMs },
    });
  } catch {
    // User Timing Level 3 missing (older engines): no entry, nothing else changes.
  }
}

/**
 * Whether the kit's worker path can run here (a module worker with `createImageBitmap` and
 * `OffscreenCanvas.convertToBlob`; Safari 16.4 brought OffscreenCanvas to pages and workers
 * together). Where it cannot, images go through browser-image-compression on the main thread,
 * loaded only then. Feature detection, never the user agent; `scope` is for tests.
 */
export function workerPathAvailable(scope: typeof globalThis = globalThis): boolean {
  const g = scope as unknown as Record<string, any>;
  return (
    typeof g.Worker === 'function' &&
    typeof g.createImageBitmap === 'function' &&
    typeof g.OffscreenCanvas === 'function' &&
    typeof g.OffscreenCanvas.prototype?.convertToBlob === 'function'
  );
}

/** How many images are decoded at once: a decoded 12 MP photo is ~48 MB, and cheap phones have little memory. */
export function defaultConcurrency(): number {
  // On the main thread, one at a time: two would only interleave on the page's one thread.
  if (!workerPathAvailable()) return 1;
  const nav = globalThis.navigator as Navigator & { deviceMemory?: number };
  if ((nav?.deviceMemory ?? 4) <= 2) return 1;
  // As many as help, two at most: measured by the benchmark, two workers on two cores finish six
  // photos in about half the time of one (decoding waits on I/O and the GPU-less rasteriser), and the
  // page's own work runs between the workers' slices. More than two adds memory, not speed.
  return Math.max(1, Math.min(2, nav?.hardwareConcurrency ?? 2));
}

export class CompressorPool {
  private readonly idle: globalThis.Worker[] = [];
  private readonly queue: Pending[] = [];
  private readonly running = new Set<Pending>();
  private nextId = 1;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Idle workers are ended after `idleTimeoutMs` without work: their memory goes back to the page,
   * yet a second batch of photos a moment later does not pay for starting them again.
   */
  constructor(
    readonly concurrency = defaultConcurrency(),
    readonly idleTimeoutMs = 30_000,
    /** False where the worker path cannot run: browser-image-compression on the main thread instead. */
    readonly useWorker = workerPathAvailable(),
  ) {}

  /**
   * The fallback path: the same job through browser-image-compression on the main thread (its
   * module is loaded on the first such image only). Cancelling cannot stop it; its result is dropped.
   */
  private startOnMainThread(pending: Pending): void {
    const settle = (fn: () => void) => {
      if (!this.running.delete(pending)) return; // cancelled meanwhile: already rejected
      fn();
      this.pump();
    };
    try {
      const spec = typeof pending.source === 'function' ? pending.source() : pending.source;
      pending.job = { ...spec, id: pending.job.id };
    } catch (error) {
      return settle(() => pending.reject(error instanceof Error ? error : new Error(String(error))));
    }
    const progress = (fraction: number) => {
      try {
        pending.onProgress(fraction);
      } catch {
        // A progress listener's failure is not the image's.
      }
    };
    import('./compress-fallback.js')
      .then((m) => m.compressOnMainThread(pending.job, progress))
      .then(
        (result) => settle(() => pending.resolve(result)),
        (error: unknown) => {
          const code = (error as { code?: FailureCode }).code;
          settle(() => pending.reject(new CompressError(code ?? 'file-unreadable', String(error))));
        },
      );
  }

  /** Queues an image; the promise rejects with code `cancelled` when `signal` aborts. */
  compress(
    source: JobSource,
    onProgress: (fraction: number) => void = () => {},
    signal?: AbortSignal,
  ): Promise<CompressResult> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      const pending: Pending = { source, job: { id } as CompressJob, onProgress, resolve, reject };
      if (signal?.aborted) return reject(new CompressError('cancelled'));
      signal?.addEventListener('abort', () => this.cancel(pending), { once: true });
      this.queue.push(pending);
      this.pump();
    });
  }

  /**
   * Starts the workers before any image (on first intent: focus or hover on the picker), so the
   * first photo does not pay their start-up. Resolves when they are ready; idempotent.
   */
  warm(): Promise<void> {
    // The main-thread fallback has no workers to start (its module loads with the first image).
    if (!this.useWorker) return Promise.resolve();
    const starting: Promise<void>[] = [];
    while (this.idle.length + this.running.size < this.concurrency) {
      let worker: globalThis.Worker;
      try {
        worker = spawn();
      } catch {
        break;
      }
      this.idle.push(worker);
      starting.push(
        new Promise<void>((resolve) => {
          const done = () => {
            worker.removeEventListener('message', onMessage);
            worker.removeEventListener('error', done);
            resolve();
          };
          const onMessage = (event: MessageEvent<WorkerResponse>) => {
            if (event.data.type === 'warm') done();
          };
          worker.addEventListener('message', onMessage);
          worker.addEventListener('error', done);
          worker.postMessage({ type: 'warm' } satisfies WorkerRequest);
        }),
      );
    }
    this.warming ??= Promise.all(starting).then(() => {
      this.warming = undefined;
    });
    if (this.running.size === 0) {
      clearTimeout(this.idleTimer);
      this.idleTimer = setTimeout(() => this.releaseIdle(), this.idleTimeoutMs);
    }
    return this.warming ?? Promise.resolve();
  }

  private warming: Promise<void> | undefined;

  /** How many workers are started (idle or busy): for tests and the benchmark. */
  get workerCount(): number {
    return this.idle.length + this.running.size;
  }

  /** Ends idle workers (their memory goes back to the page); busy ones finish their image. */
  releaseIdle(): void {
    for (const w of this.idle.splice(0)) w.terminate();
  }

  /** Ends every worker (an element calls this when it leaves the page). */
  dispose(): void {
    for (const p of [...this.queue, ...this.running]) this.cancel(p);
    for (const w of this.idle.splice(0)) w.terminate();
  }

  private cancel(pending: Pending): void {
    const queued = this.queue.indexOf(pending);
    if (queued !== -1) this.queue.splice(queued, 1);
    if (this.running.delete(pending)) {
      // Terminating is the only way to stop a decode already under way; a fresh worker replaces it later.
      pending.worker?.terminate();
    }
    pending.reject(new CompressError('cancelled'));
    this.pump();
  }

  private pump(): void {
    clearTimeout(this.idleTimer);
    while (this.running.size < this.concurrency && this.queue.length > 0) {
      const pending = this.queue.shift()!;
      this.running.add(pending);
      this.start(pending);
    }
    if (this.running.size === 0 && this.idle.length > 0) {
      this.idleTimer = setTimeout(() => this.releaseIdle(), this.idleTimeoutMs);
    }
  }

  /**
   * Hands one image to a worker. Whatever throws here (the job's source, a worker that cannot be
   * made, a message that cannot be sent) fails this image alone: its slot is given back and its
   * promise rejects, so one bad job never stalls the images queued after it (the pool is shared).
   */
  private start(pending: Pending): void {
    let worker: globalThis.Worker | undefined;
    const detach = () => {
      worker?.removeEventListener('message', onMessage);
      worker?.removeEventListener('error', onError);
    };
    // Settles the job first (that never throws), then frees the slot and starts the next one.
    const finish = (keep: boolean, settle: () => void) => {
      detach();
      this.running.delete(pending);
      if (keep) this.idle.push(worker!);
      else worker!.terminate();
      settle();
      this.pump();
    };
    const onMessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.type === 'warm' || message.id !== pending.job.id) return;
      if (message.type === 'progress') {
        try {
          pending.onProgress(message.fraction);
        } catch {
          // A progress listener's failure is not the image's.
        }
      } else if (message.type === 'done') {
        timing(pending, message.result);
        finish(true, () => pending.resolve(message.result));
      }
      else finish(true, () => pending.reject(new CompressError(message.code, message.detail)));
    };
    // A worker that dies (failed to load, ran out of memory) fails this image only.
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      finish(false, () => pending.reject(new CompressError('file-unreadable', event.message || 'worker error')));
    };
    if (!this.useWorker) return this.startOnMainThread(pending);
    try {
      const spec = typeof pending.source === 'function' ? pending.source() : pending.source;
      pending.job = { ...spec, id: pending.job.id };
      worker = this.idle.pop() ?? spawn();
      pending.worker = worker;
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      const request: WorkerRequest = { type: 'process', job: pending.job };
      pending.startedAt = performance.now();
      worker.postMessage(request);
    } catch (error) {
      detach();
      // The worker itself is fine (nothing was sent to it): it stays for the next image.
      if (worker) this.idle.push(worker);
      pending.worker = undefined;
      this.running.delete(pending);
      pending.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
