// `npm run bench`: builds the kit if needed, serves it and browser-image-compression locally, runs
// bench/page.js in headless Chromium, prints the report and writes bench/results/latest.json.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

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

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic', '--js-flags=--expose-gc'],
});
const external = [];
try {
  const page = await browser.newPage();
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) external.push(r.url());
  });
  if (process.env.BENCH_DEBUG) page.on('console', (m) => console.log('page:', m.text()));
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${origin}/bench/page.html`);
  await page.waitForFunction(() => window.benchReady === true);
  const documents = Number(process.env.BENCH_DOCUMENTS ?? 6);
  const portraits = Number(process.env.BENCH_PORTRAITS ?? 1);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  console.log(`generating ${documents} document photos (4000×3000) and ${portraits} portrait (3000×4000) in the page, then running…`);
  // Cold first, each in a fresh page (no worker started, nothing compressed yet).
  const cold = [];
  for (let r = 0; r < runs; r++) {
    const fresh = await browser.newPage();
    fresh.on('pageerror', (e) => console.error('page error:', e.message));
    fresh.on('request', (q) => {
      if (!q.url().startsWith(origin) && !q.url().startsWith('blob:') && !q.url().startsWith('data:')) external.push(q.url());
    });
    await fresh.goto(`${origin}/bench/page.html`);
    await fresh.waitForFunction(() => window.benchReady === true);
    cold.push(await fresh.evaluate((o) => window.runCold(o), { documents, portraits }));
    await fresh.close();
  }
  const report = await page.evaluate((o) => window.runBench(o), { documents, portraits, runs });
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  report.cold = { runs: cold, kitMs: med(cold.map((c) => c.kitMs)), floorMs: med(cold.map((c) => c.floorMs)), workers: cold[0]?.workers };
  report.externalRequests = external;

  const [kit, bic, floor] = report.results;
  const mb = (b) => (b / 1e6).toFixed(2);
  console.log(`\n${report.userAgent}\n${report.hardwareConcurrency} logical CPUs; budget ${report.budget} bytes`);
  console.log(`${report.runs} runs per strategy, interleaved; the median-time run is reported. Wall times (ms): ${JSON.stringify(report.walls)}`);
  console.log(`Longest main-thread task per run (ms): ${JSON.stringify(report.longestTasks)}`);
  console.log(`inputs: ${report.inputs.length} photos, ${mb(report.inputs.reduce((s, i) => s + i.bytes, 0))} MB in total\n`);
  const rows = [['strategy', 'wall (s)', 'total (MB)', 'median SSIM', 'min long edge', 'longest main-thread task (ms)']]; // the longtask API reports tasks of 50 ms or more
  for (const r of report.results) rows.push([r.strategy, (r.wallMs / 1000).toFixed(2), mb(r.totalBytes), r.medianSsim.toFixed(4), String(r.minLongEdge), r.longestTaskMs === 0 ? 'none ≥ 50' : String(r.longestTaskMs)]);
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
  console.log(`  ${kitLongest <= 50 ? 'met ' : 'MISSED'}  no main-thread task over 50 ms (kit, all runs): ${kitLongest === 0 ? 'none of 50 ms or more' : `longest ${kitLongest} ms`}`);
  console.log(`  ${kit.totalBytes <= report.budget ? 'met ' : 'MISSED'}  kit total within the budget: ${kit.totalBytes} bytes`);
  console.log(`  requests outside the local server: ${external.length}`);
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(join(root, 'bench', 'results', 'latest.json'), JSON.stringify(report, null, 2));
  console.log('\nfull report: bench/results/latest.json');
} finally {
  await browser.close();
  server.close();
}
