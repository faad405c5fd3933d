// Runs in each engine: makes the photos, then runs each strategy on the same files and measures
// wall time, bytes, SSIM, long edges and the longest main-thread task.
import { documentPhoto, portraitPhoto } from './photos.js';

const BUDGET = 5_000_000;
let longest = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
}).observe({ type: 'longtask' });

async function measure(run) {
  // Collect the previous run's garbage now, so a major GC does not land inside this run's window.
  globalThis.gc?.();
  await new Promise((r) => setTimeout(r, 300));
  longest = 0;
  const start = performance.now();
  const outputs = await run();
  const wall = performance.now() - start;
  await new Promise((r) => setTimeout(r, 100)); // long-task entries arrive a little later
  return { wall, outputs, longestTask: longest };
}

/** The kit: a real <doc-uploader> with the default 5 MB budget. */
async function kit(files) {
  const el = document.createElement('doc-uploader');
  el.setAttribute('multiple', '');
  el.setAttribute('lang', 'en');
  document.body.append(el);
  await el.updateComplete;
  try {
    performance.clearMeasures('egov-forms:compress');
    const run = await measure(async () => {
      const result = await el.addFiles(files);
      if (result.rejected.length) throw new Error(`kit refused ${JSON.stringify(result.rejected.map((r) => r.code))}`);
      return el.files;
    });
    return { ...run, timings: kitTimings() };
  } finally {
    el.remove();
  }
}

/**
 * The kit's own split, from its `egov-forms:compress` User Timing entries: per image, the time from
 * being handed to a worker to its result (`inWorkerMs`, summed), and within it the decode with resize
 * and the encodes (summed), so the rest (reading, checks, thumbnail, hashing, messages) shows as the gap.
 */
function kitTimings() {
  const entries = performance.getEntriesByName('egov-forms:compress');
  const sum = (f) => Math.round(entries.reduce((s, e) => s + f(e), 0));
  return {
    images: entries.length,
    encodes: sum((e) => e.detail?.encodes ?? 0),
    inWorkerMs: sum((e) => e.duration),
    decodeMs: sum((e) => e.detail?.decodeMs ?? 0),
    encodeMs: sum((e) => e.detail?.encodeMs ?? 0),
  };
}

/** A frame without OffscreenCanvas (bench/fallback.html), where the kit takes its main-thread fallback. */
let fallbackFrame;
async function fallbackWindow() {
  if (!fallbackFrame) {
    fallbackFrame = document.createElement('iframe');
    fallbackFrame.title = 'fallback path';
    fallbackFrame.width = '600';
    fallbackFrame.height = '400';
    const loaded = new Promise((r) => fallbackFrame.addEventListener('load', r, { once: true }));
    fallbackFrame.src = '/bench/fallback.html';
    document.body.append(fallbackFrame);
    await loaded;
    await fallbackFrame.contentWindow.customElements.whenDefined('doc-uploader');
    // The fallback's work runs in this frame: its long tasks count too.
    if (fallbackFrame.contentWindow.PerformanceObserver?.supportedEntryTypes?.includes('longtask')) {
      new fallbackFrame.contentWindow.PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
      }).observe({ type: 'longtask' });
    }
  }
  return fallbackFrame.contentWindow;
}

/** The kit where the worker path is unavailable: a real <doc-uploader> in that frame. */
async function fallback(files) {
  const win = await fallbackWindow();
  const own = files.map((f) => new win.File([f], f.name, { type: f.type }));
  const el = win.document.createElement('doc-uploader');
  el.setAttribute('multiple', '');
  el.setAttribute('lang', 'en');
  win.document.body.append(el);
  await el.updateComplete;
  try {
    return await measure(async () => {
      const result = await el.addFiles(own);
      if (result.rejected.length) throw new Error(`fallback refused ${JSON.stringify(result.rejected.map((r) => r.code))}`);
      return el.files;
    });
  } finally {
    el.remove();
  }
}

/** browser-image-compression as its README shows it: maxSizeMB = the equal share, in its own web worker. */
async function bic(files) {
  const share = BUDGET / files.length / 1024 / 1024; // it counts a MB as 1024 × 1024 bytes
  const libURL = new URL('/bic/browser-image-compression.js', location.href).href;
  return measure(async () => {
    const out = [];
    for (const file of files) out.push(await window.imageCompression(file, { maxSizeMB: share, useWebWorker: true, libURL }));
    return out;
  });
}

/** The kit's worker count (its pool: as many as help, two at most; one on a device with ≤ 2 GB). */
const KIT_WORKERS = (navigator.deviceMemory ?? 4) <= 2 ? 1 : Math.max(1, Math.min(2, navigator.hardwareConcurrency ?? 2));

/**
 * The floor: one resize in the decode and one encode per image, at the kit's output sizes, in as
 * many workers as the kit uses. Cold: the workers are started inside the timing (as the kit's are
 * on a first visit); warm: before it.
 */
async function floor(files, sizes, { workers = KIT_WORKERS, cold = false } = {}) {
  let pool = [];
  const start = () => (pool = Array.from({ length: workers }, () => new Worker('/bench/floor.worker.js')));
  const once = (worker, message) =>
    new Promise((resolve) => {
      worker.onmessage = (e) => resolve(e.data);
      worker.postMessage(message);
    });
  const timings = { workerStartMs: 0, decodeMs: 0, encodeMs: 0 };
  if (!cold) {
    const started = performance.now();
    start();
    await Promise.all(pool.map((w) => once(w, { file: files[0], width: 64, height: 48, quality: 0.8 })));
    timings.workerStartMs = Math.round(performance.now() - started);
  }
  try {
    const run = await measure(async () => {
      if (cold) start();
      const out = new Array(files.length);
      let next = 0;
      await Promise.all(
        pool.map(async (w) => {
          while (next < files.length) {
            const i = next++;
            const r = await once(w, { file: files[i], ...sizes[i], quality: 0.85 });
            timings.decodeMs += r.decodeMs;
            timings.encodeMs += r.encodeMs;
            out[i] = r.blob;
          }
        }),
      );
      return out;
    });
    timings.decodeMs = Math.round(timings.decodeMs);
    timings.encodeMs = Math.round(timings.encodeMs);
    return { ...run, timings };
  } finally {
    for (const w of pool) w.terminate();
  }
}

/** The images' planned sizes, as the kit made them (the floor encodes at the same sizes). */
async function sizesOf(outputs) {
  return Promise.all(
    outputs.map(async (f) => {
      const b = await createImageBitmap(f);
      const size = { width: b.width, height: b.height };
      b.close();
      return size;
    }),
  );
}

async function makeFiles(documents, portraits) {
  const files = [];
  for (let i = 1; i <= documents; i++) files.push(await documentPhoto(i));
  for (let i = 1; i <= portraits; i++) files.push(await portraitPhoto(100 + i));
  return files;
}

/**
 * Cold, in a page that has not compressed anything yet: the timing starts at the first intent (the
 * picker is focused, which starts the workers) and the photos are given at once, so the start-up is
 * paid inside it. Then the floor, cold too, with the same worker count.
 */
window.runCold = async ({ documents = 6, portraits = 1 } = {}) => {
  await customElements.whenDefined('doc-uploader');
  const files = await makeFiles(documents, portraits);
  const el = document.createElement('doc-uploader');
  el.setAttribute('multiple', '');
  el.setAttribute('lang', 'en');
  document.body.append(el);
  await el.updateComplete;
  let kitRun;
  try {
    kitRun = await measure(async () => {
      el.shadowRoot.querySelector('[part="button"]').focus();
      const result = await el.addFiles(files);
      if (result.rejected.length) throw new Error(`kit refused ${JSON.stringify(result.rejected.map((r) => r.code))}`);
      return el.files;
    });
  } finally {
    el.remove();
  }
  const floorRun = await floor(files, await sizesOf(kitRun.outputs), { cold: true });
  return { kitMs: Math.round(kitRun.wall), floorMs: Math.round(floorRun.wall), workers: KIT_WORKERS };
};

async function gray(source, width, height) {
  const bitmap = await createImageBitmap(source, width ? { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' } : undefined);
  const w = bitmap.width;
  const h = bitmap.height;
  const ctx = new OffscreenCanvas(w, h).getContext('2d', { willReadFrequently: true });
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  const rgba = ctx.getImageData(0, 0, w, h).data;
  const out = new Float32Array(w * h);
  for (let i = 0, j = 0; j < out.length; i += 4, j++) out[j] = 0.299 * rgba[i] + 0.587 * rgba[i + 1] + 0.114 * rgba[i + 2];
  return { data: out, width: w, height: h };
}

/** Mean SSIM on luma over 8 × 8 windows with stride 4 (Wang et al. 2004 constants). */
function ssim(a, b) {
  const C1 = (0.01 * 255) ** 2;
  const C2 = (0.03 * 255) ** 2;
  const { width: w, height: h } = a;
  let total = 0;
  let count = 0;
  for (let y = 0; y + 8 <= h; y += 4) {
    for (let x = 0; x + 8 <= w; x += 4) {
      let sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
      for (let dy = 0; dy < 8; dy++) {
        let i = (y + dy) * w + x;
        for (let dx = 0; dx < 8; dx++, i++) {
          const p = a.data[i];
          const q = b.data[i];
          sa += p; sb += q; saa += p * p; sbb += q * q; sab += p * q;
        }
      }
      const ma = sa / 64, mb = sb / 64;
      const va = saa / 64 - ma * ma, vb = sbb / 64 - mb * mb, cov = sab / 64 - ma * mb;
      total += ((2 * ma * mb + C1) * (2 * cov + C2)) / ((ma * ma + mb * mb + C1) * (va + vb + C2));
      count++;
    }
  }
  return total / count;
}

const median = (values) => {
  const s = [...values].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function describe(name, originals, run) {
  const scores = [];
  const edges = [];
  for (let i = 0; i < originals.length; i++) {
    const out = await gray(run.outputs[i]);
    const ref = await gray(originals[i], out.width, out.height);
    scores.push(ssim(ref, out));
    edges.push(Math.max(out.width, out.height));
  }
  return {
    strategy: name,
    wallMs: Math.round(run.wall),
    totalBytes: run.outputs.reduce((s, f) => s + f.size, 0),
    medianSsim: Number(median(scores).toFixed(4)),
    minLongEdge: Math.min(...edges),
    longestTaskMs: Math.round(run.longestTask),
    perFile: run.outputs.map((f, i) => ({ bytes: f.size, ssim: Number(scores[i].toFixed(4)), longEdge: edges[i] })),
  };
}

window.runBench = async ({ documents = 6, portraits = 1, runs = 3, withFallbackRow = true } = {}) => {
  window.benchFallback = withFallbackRow;
  await customElements.whenDefined('doc-uploader');
  const files = await makeFiles(documents, portraits);
  const inputs = files.map((f) => ({ name: f.name, bytes: f.size }));

  // Warm every strategy once on a small photo (module and worker start-up are not the subject).
  const warm = [await documentPhoto(99, 800, 600)];
  await kit(warm);
  await bic(warm);

  // Each strategy `runs` times, interleaved, so drift in the machine's load hits all of them alike;
  // the run with the median wall time is the one reported.
  const all = { kit: [], bic: [], floor: [], fallback: [] };
  const withFallback = !/^(0|false|no)$/i.test(String(window.benchFallback ?? ''));
  if (withFallback) await fallback(warm);
  let sizes;
  for (let r = 0; r < runs; r++) {
    const k = await kit(files);
    sizes ??= await sizesOf(k.outputs);
    all.kit.push(k);
    all.bic.push(await bic(files));
    all.floor.push(await floor(files, sizes));
    if (withFallback) all.fallback.push(await fallback(files));
  }
  if (!withFallback) delete all.fallback;
  const pick = (list) => [...list].sort((a, b) => a.wall - b.wall)[Math.floor((list.length - 1) / 2)];
  const kitRun = pick(all.kit);
  const bicRun = pick(all.bic);
  const floorRun = pick(all.floor);
  const walls = Object.fromEntries(Object.entries(all).map(([k, v]) => [k, v.map((x) => Math.round(x.wall))]));
  const longestTasks = Object.fromEntries(Object.entries(all).map(([k, v]) => [k, v.map((x) => Math.round(x.longestTask))]));

  return {
    userAgent: navigator.userAgent,
    /** Firefox and WebKit have no longtask entries: there the longest task is not measured. */
    longtaskSupported: PerformanceObserver.supportedEntryTypes?.includes('longtask') ?? false,
    hardwareConcurrency: navigator.hardwareConcurrency,
    workers: KIT_WORKERS,
    budget: BUDGET,
    runs,
    walls,
    longestTasks,
    inputs,
    results: [
      await describe('egov-forms <doc-uploader>', files, kitRun),
      await describe('browser-image-compression', files, bicRun),
      await describe(`floor (1 resize + 1 encode, ${KIT_WORKERS} workers)`, files, floorRun),
      ...(withFallback ? [await describe('kit, fallback: no OffscreenCanvas (main thread)', files, pick(all.fallback))] : []),
    ],
    /** The floor's worker: start-up, then decode-with-resize and encode summed over the set (median run). */
    floorTimings: floorRun.timings,
    /** The kit's own split, from its User Timing entries (median run): see kitTimings. */
    kitTimings: kitRun.timings,
  };
};
window.benchReady = true;
