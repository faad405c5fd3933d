// `npm run size`: for each entry, a page with that one element (and `lang="kk"` on <html>) is opened
// in headless Chromium from the built dist/; every script, JSON and CSS response the page receives
// until the network is idle is gzipped on its own (zlib default level, as a web server would) and
// summed. Prints a table, writes bench/results/size.json, and exits 1 when an entry is over its
// budget in bench/size-budgets.json (CI runs it, .ci/run).
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const budgets = JSON.parse(readFileSync(join(root, 'bench', 'size-budgets.json'), 'utf8'));
const entries = Object.keys(budgets).filter((k) => !k.startsWith('$'));
if (!existsSync(join(dist, 'egov-forms.js'))) {
  console.error('dist/ is missing: run npm run build first');
  process.exit(1);
}

const types = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.map': 'application/json', '.html': 'text/html' };
const pages = new Map();
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (pages.has(path)) {
    res.writeHead(200, { 'content-type': 'text/html' }).end(pages.get(path));
    return;
  }
  const file = path.startsWith('/dist/') && normalize(join(dist, path.slice('/dist/'.length)));
  if (!file || !file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) {
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
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
});
const rows = [];
let failed = false;
try {
  for (const entry of entries) {
    const tag = entry === 'egov-forms' ? 'school-enroll-form' : entry;
    pages.set(`/${entry}.html`, `<!doctype html><html lang="kk"><head><meta charset="utf-8"><title>${entry}</title><script type="module" src="/dist/${entry}.js"></script></head><body><${tag}></${tag}></body></html>`);
    const page = await browser.newPage();
    const responses = [];
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r) => responses.push(r));
    await page.goto(`${origin}/${entry}.html`, { waitUntil: 'networkidle' });
    const defined = await page.evaluate((t) => customElements.whenDefined(t).then(() => true), tag);
    await page.waitForLoadState('networkidle');
    let raw = 0;
    let gzip = 0;
    const files = [];
    for (const r of responses) {
      const type = r.request().resourceType();
      const url = new URL(r.url());
      const counted = ['script', 'stylesheet', 'fetch', 'xhr'].includes(type) || /\.(m?js|json|css)$/.test(url.pathname);
      if (!counted || r.status() !== 200) continue;
      const body = await r.body();
      raw += body.length;
      const g = gzipSync(body).length;
      gzip += g;
      files.push([url.pathname.replace('/dist/', ''), g]);
    }
    // A form: the parent's first focus loads its later steps (documents, review, signing: form-engine.ts);
    // shown beside the budgeted figure, not budgeted (the compression code still waits for an image).
    let started;
    if (tag.endsWith('-form')) {
      const before = responses.length;
      await page.evaluate((t) => document.querySelector(t).shadowRoot.querySelector('input, select, button')?.focus(), tag);
      await page.waitForFunction(() => customElements.get('doc-uploader') && customElements.get('sign-panel'), undefined, { timeout: 20000 });
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      started = gzip;
      for (const r of responses.slice(before)) {
        const type = r.request().resourceType();
        if (r.status() !== 200 || !(['script', 'stylesheet', 'fetch', 'xhr'].includes(type) || /\.(m?js|json|css)$/.test(new URL(r.url()).pathname))) continue;
        started += gzipSync(await r.body()).length;
      }
    }
    await page.close();
    const budget = budgets[entry];
    const over = gzip > budget;
    if (over || errors.length || !defined) failed = true;
    rows.push({ entry, requests: files.length, raw, gzip, budget, over, errors, files, started });
  }
} finally {
  await browser.close();
  server.close();
}

const kb = (n) => (n / 1000).toFixed(1);
const table = [['entry', 'requests', 'raw KB', 'gzip KB', 'budget KB', 'after first focus KB', '']];
for (const r of rows) table.push([r.entry, String(r.requests), kb(r.raw), kb(r.gzip), kb(r.budget), r.started === undefined ? '' : kb(r.started), r.over ? 'OVER BUDGET' : r.errors.length ? `page error: ${r.errors[0]}` : 'ok']);
const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
console.log('What a page with one entry receives on load, before any image (budgeted), and once the parent first focuses a form (its later steps: uploader, checklist, signing code and their text; not budgeted). Each response gzipped:\n');
for (const row of table) console.log(row.map((cell, c) => (c > 0 && c < 6 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  '));
if (process.env.SIZE_DETAIL) for (const r of rows) console.log(`\n${r.entry}:`, r.files.map(([f, g]) => `${f} ${kb(g)}`).join(', '));
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'size.json'), JSON.stringify(rows, null, 2));
if (failed) {
  console.error('\nsize check failed: an entry is over its budget in bench/size-budgets.json, or its page had an error');
  process.exit(1);
}
