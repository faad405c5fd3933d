// Profiles the pieces of the kit's image pipeline in this engine: worker start (module and classic),
// decode with resize at each quality, decode then draw, and JPEG encode from each kind of canvas.
import { documentPhoto } from './photos.js';

async function startWorker(url, options) {
  const t = performance.now();
  const w = new Worker(url, options);
  await new Promise((resolve) => {
    w.onmessage = resolve;
    w.postMessage({ ping: true });
  });
  const ms = performance.now() - t;
  w.terminate();
  return Math.round(ms);
}

window.runProfile = async ({ photos = 2, variants: chosen, poolVariants = 'bitmaprenderer' } = {}) => {
  const start = {
    'worker start (module), first': await startWorker('/bench/echo.worker.js', { type: 'module' }),
    'worker start (module), again': await startWorker('/bench/echo.worker.js', { type: 'module' }),
    'worker start (classic)': await startWorker('/bench/echo.worker.js'),
  };
  const variants = (chosen || 'bitmaprenderer,2d,2d-medium,full-2d').split(',');
  const files = [];
  for (let i = 1; i <= photos; i++) files.push(await documentPhoto(i));
  const w = new Worker('/bench/profile.worker.js');
  const run = (file, variant) =>
    new Promise((resolve) => {
      w.onmessage = (e) => resolve(e.data);
      w.postMessage({ file, width: 2339, height: 1754, variant });
    });
  await run(files[0], 'bitmaprenderer'); // warm
  const results = Object.fromEntries(variants.map((v) => [v, []]));
  // Interleaved, so the machine's load hits every variant alike.
  for (let round = 0; round < 2; round++) for (const file of files) for (const v of variants) results[v].push(await run(file, v));
  w.terminate();
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const sum = {};
  for (const v of variants) {
    sum[`${v}: decode/draw`] = Math.round(median(results[v].map((r) => r.decodeMs)));
    sum[`${v}: encode`] = Math.round(median(results[v].map((r) => r.encodeMs)));
    sum[`${v}: total`] = Math.round(median(results[v].map((r) => r.totalMs)));
  }
  // The whole set through one worker, or two at once (what a second worker would buy).
  const pool = async (n, variant) => {
    const workers = Array.from({ length: n }, () => new Worker('/bench/profile.worker.js'));
    const ask = (w, file) =>
      new Promise((resolve) => {
        w.onmessage = (e) => resolve(e.data);
        w.postMessage({ file, width: 2339, height: 1754, variant });
      });
    await Promise.all(workers.map((w) => ask(w, files[0]))); // started and warm
    const t = performance.now();
    let next = 0;
    await Promise.all(workers.map(async (w) => {
      while (next < files.length) await ask(w, files[next++]);
    }));
    const ms = performance.now() - t;
    workers.forEach((w) => w.terminate());
    return ms;
  };
  const sets = {};
  for (let round = 0; round < 2; round++) {
    for (const v of poolVariants.split(',')) {
      for (const n of [1, 2]) (sets[`set, ${n} worker${n > 1 ? 's' : ''}, ${v}`] ??= []).push(await pool(n, v));
    }
  }
  for (const [k, v] of Object.entries(sets)) sum[`${k} (${files.length} photos)`] = Math.round(Math.min(...v));
  return { userAgent: navigator.userAgent, start, perPhotoMeanMs: sum };
};

window.profileReady = true;

// One variant on the set through `workers` workers, timed as a whole (bench/cpu.mjs reads the CPU
// time the engine's processes spent meanwhile, which the machine's other load changes little).
let cachedFiles;
window.runVariant = async ({ variant, photos = 3, workers = 1, repeat = 2 }) => {
  cachedFiles ??= await Promise.all(Array.from({ length: photos }, (_, i) => documentPhoto(i + 1)));
  const pool = Array.from({ length: workers }, () => new Worker('/bench/profile.worker.js'));
  const ask = (w, file) =>
    new Promise((resolve) => {
      w.onmessage = (e) => resolve(e.data);
      w.postMessage({ file, width: 2339, height: 1754, variant });
    });
  await Promise.all(pool.map((w) => ask(w, cachedFiles[0]))); // started and warm
  return pool;
};
window.runSet = async ({ variant, workers = 1, repeat = 2 }) => {
  const pool = window.currentPool;
  const ask = (w, file) =>
    new Promise((resolve) => {
      w.onmessage = (e) => resolve(e.data);
      w.postMessage({ file, width: 2339, height: 1754, variant });
    });
  const t = performance.now();
  const jobs = [];
  for (let r = 0; r < repeat; r++) jobs.push(...cachedFiles);
  let next = 0;
  await Promise.all(pool.map(async (w) => {
    while (next < jobs.length) await ask(w, jobs[next++]);
  }));
  return { ms: performance.now() - t, images: jobs.length };
};
window.prepare = async (o) => {
  window.currentPool?.forEach((w) => w.terminate());
  window.currentPool = await window.runVariant(o);
  return true;
};
