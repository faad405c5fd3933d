// `npm run bench:profile`: where each engine spends an image's time (worker start, decode with
// resize, encode), to compare WebKit with Chromium and Firefox. BENCH_ENGINES picks engines.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { engines } from './engines.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bench = join(root, 'bench');
const types = { '.js': 'text/javascript', '.html': 'text/html' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = path.startsWith('/bench/') && normalize(join(bench, path.slice('/bench/'.length)));
  if (!file || !file.startsWith(bench) || !existsSync(file) || statSync(file).isDirectory()) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const photos = Number(process.env.BENCH_DOCUMENTS ?? 2);
try {
  for (const name of (process.env.BENCH_ENGINES || 'chromium,firefox,webkit').split(',')) {
    const browser = await engines[name](() => {});
    try {
      await browser.goto(`${origin}/bench/profile.html`);
      for (let i = 0; i < 600 && !(await browser.evaluate(() => window.profileReady === true)); i++) await new Promise((r) => setTimeout(r, 100));
      const report = await browser.evaluate((o) => window.runProfile(o), { photos, variants: process.env.PROFILE_VARIANTS, poolVariants: process.env.PROFILE_POOL });
      console.log(`\n=== ${name}: ${report.userAgent}`);
      for (const [k, v] of Object.entries(report.start)) console.log(`  ${k.padEnd(40)} ${String(v).padStart(6)} ms`);
      console.log(`  per 12 MP photo to 2339 × 1754 (median of ${photos * 2}, variants interleaved):`);
      for (const [k, v] of Object.entries(report.perPhotoMeanMs)) console.log(`  ${k.padEnd(40)} ${String(v).padStart(6)} ms`);
    } finally {
      await browser.close();
    }
  }
} finally {
  server.close();
}
