// `npm run bench`: builds the kit if needed, serves it and browser-image-compression locally, runs
// bench/page.js in each engine (Chromium, Firefox ESR, WebKitGTK; BENCH_ENGINES picks), prints the
// reports and writes bench/results/latest.json.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { engines } from './engines.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist', 'egov-forms.js');

function newest(dir) {
  let t = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, name.name);
    t = Math.max(t, name.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

if (!existsSync(dist) || statSync(dist).mtimeMs < newest(join(root, 'src'))) {
  console.log('building the kit (vite build, both passes)…');
  for (const args of [['vite', 'build'], ['vite', 'build', '--mode', 'rules']]) {
    const build = spawnSync('npx', args, { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
}

const routes = {
  '/dist/': join(root, 'dist'),
  '/bic/': join(root, 'node_modules', 'browser-image-compression', 'dist'),
  '/bench/': join(root, 'bench'),
};
const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html', '.map': 'application/json' };

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const prefix = Object.keys(routes).find((p) => path.startsWith(p));
  const file = prefix && normalize(join(routes[prefix], path.slice(prefix.length)));
  if (!file || !file.startsWith(routes[prefix]) || !existsSync(file) || statSync(file).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const names = (process.env.BENCH_ENGINES || 'chromium,firefox,webkit').split(',').map((e) => e.trim()).filter(Boolean);
const documents = Number(process.env.BENCH_DOCUMENTS ?? 6);
const portraits = Number(process.env.BENCH_PORTRAITS ?? 1);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const mb = (b) => (b / 1e6).toFixed(2);
const reports = {};

try {
  for (const name of names) {
    if (!engines[name]) throw new Error(`BENCH_ENGINES: unknown engine ${name}`);
    const external = [];
    const browser = await engines[name]((url) => {
      if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) external.push(url);
    });
    try {
      await browser.goto(`${origin}/bench/page.html`);
      for (let i = 0; i < 600 && !(await browser.evaluate(() => window.benchReady === true)); i++) await new Promise((r) => setTimeout(r, 100));
      console.log(`\n=== ${name}: generating ${documents} document photos (4000×3000) and ${portraits} portrait (3000×4000) in the page, then running…`);
      // Cold: each run in a freshly loaded page (no worker started, nothing compressed yet).
      const cold = [];
      for (let r = 0; r < runs; r++) {
        cold.push(await browser.evaluate((o) => window.runCold(o), { documents, portraits }));
        await browser.goto(`${origin}/bench/page.html`);
        for (let i = 0; i < 600 && !(await browser.evaluate(() => window.benchReady === true)); i++) await new Promise((r) => setTimeout(r, 100));
      }
      const report = await browser.evaluate((o) => window.runBench(o), { documents, portraits, runs });
      const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
      report.cold = { runs: cold, kitMs: med(cold.map((c) => c.kitMs)), floorMs: med(cold.map((c) => c.floorMs)), workers: cold[0]?.workers };
      report.externalRequests = external;
      reports[name] = report;
      print(report, external);
    } finally {
      await browser.close();
    }
  }
  if (Object.keys(reports).length > 1) summary(reports);
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(join(root, 'bench', 'results', 'latest.json'), JSON.stringify(reports, null, 2));
  console.log('\nfull report: bench/results/latest.json');
} finally {
  server.close();
}

function print(report, external) {
  const [kit, bic, floor, fallback] = report.results;
  console.log(`${report.userAgent}\n${report.hardwareConcurrency} logical CPUs; budget ${report.budget} bytes`);
  console.log(`${report.runs} runs per strategy, interleaved; the median-time run is reported. Wall times (ms): ${JSON.stringify(report.walls)}`);
  console.log(`Longest main-thread task per run (ms): ${JSON.stringify(report.longestTasks)}`);
  if (report.kitTimings) console.log(`The kit, where the time went (its egov-forms:compress entries, median run; in worker = from hand-over to result, summed over the set): ${JSON.stringify(report.kitTimings)}`);
  console.log(`Floor worker, where the time went (start-up; decode with resize and encode summed over the set, median run): ${JSON.stringify(report.floorTimings)}`);
  console.log(`inputs: ${report.inputs.length} photos, ${mb(report.inputs.reduce((s, i) => s + i.bytes, 0))} MB in total\n`);
  const rows = [['strategy', 'wall (s)', 'total (MB)', 'median SSIM', 'min long edge', 'longest main-thread task (ms)']]; // the longtask API reports tasks of 50 ms or more
  const task = (ms) => (!report.longtaskSupported ? 'not measured here' : ms === 0 ? 'none ≥ 50' : String(ms));
  for (const r of report.results) rows.push([r.strategy, (r.wallMs / 1000).toFixed(2), mb(r.totalBytes), r.medianSsim.toFixed(4), String(r.minLongEdge), task(r.longestTaskMs)]);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c])).join('  '));
  const c = report.cold;
  console.log(`\ncold (fresh page; timing from the first intent, workers started inside it; median of ${c.runs.length}): kit ${(c.kitMs / 1000).toFixed(2)} s, floor with ${c.workers} workers ${(c.floorMs / 1000).toFixed(2)} s → ${(c.kitMs / c.floorMs).toFixed(2)}×`);
  console.log(`warm (workers running): kit ${(kit.wallMs / 1000).toFixed(2)} s, floor with ${report.workers} workers ${(floor.wallMs / 1000).toFixed(2)} s → ${(kit.wallMs / floor.wallMs).toFixed(2)}×; browser-image-compression ${(bic.wallMs / 1000).toFixed(2)} s → kit ${(kit.wallMs / bic.wallMs).toFixed(2)}×`);
  const targets = [
    [`kit wall ≤ 0.4 × browser-image-compression (warm)`, kit.wallMs / bic.wallMs, 0.4],
    [`kit wall ≤ 1.3 × floor, cold (same worker count)`, c.kitMs / c.floorMs, 1.3],
    [`kit wall ≤ 1.3 × floor, warm (same worker count)`, kit.wallMs / floor.wallMs, 1.3],
  ];
  console.log('\ntargets:');
  for (const [label, ratio, limit] of targets) console.log(`  ${ratio <= limit ? 'met ' : 'MISSED'}  ${label}: ${ratio.toFixed(2)}×`);
  console.log(`  ${kit.medianSsim >= bic.medianSsim ? 'met ' : 'MISSED'}  kit median SSIM ≥ browser-image-compression's: ${kit.medianSsim.toFixed(4)} vs ${bic.medianSsim.toFixed(4)}`);
  const kitLongest = Math.max(...report.longestTasks.kit);
  if (!report.longtaskSupported) console.log('  (this engine reports no long tasks: main-thread tasks not measured)');
  else console.log(`  ${kitLongest <= 50 ? 'met ' : 'MISSED'}  no main-thread task over 50 ms (kit, all runs): ${kitLongest === 0 ? 'none of 50 ms or more' : `longest ${kitLongest} ms`}`);
  console.log(`  ${kit.totalBytes <= report.budget ? 'met ' : 'MISSED'}  kit total within the budget: ${kit.totalBytes} bytes`);
  if (fallback) console.log(`  ${fallback.totalBytes <= report.budget ? 'met ' : 'MISSED'}  fallback (no OffscreenCanvas) total within the budget: ${fallback.totalBytes} bytes`);
  console.log(`  requests outside the local server: ${external.length}`);
}

/** The kit's time for the set in each engine, against Chromium's (target: WebKit within 1.5×). */
function summary(all) {
  const base = all.chromium?.results[0].wallMs;
  console.log('\n=== per engine: the kit on the same set (wall, median run)');
  for (const [name, report] of Object.entries(all)) {
    const [kit, , floor, fallback] = report.results;
    const ratio = base ? ` = ${(kit.wallMs / base).toFixed(2)}× Chromium` : '';
    console.log(`  ${name.padEnd(9)} kit ${(kit.wallMs / 1000).toFixed(2)} s${ratio}; floor ${(floor.wallMs / 1000).toFixed(2)} s; fallback ${fallback ? `${(fallback.wallMs / 1000).toFixed(2)} s` : '–'}`);
  }
  if (base && all.webkit) {
    const r = all.webkit.results[0].wallMs / base;
    console.log(`  ${r <= 1.5 ? 'met ' : 'MISSED'}  WebKit within 1.5× Chromium: ${r.toFixed(2)}×`);
  }
}
