// `xvfb-run -a node bench/cpu.mjs`: the CPU time each engine's processes spend per photo for each
// variant of the image pipeline (bench/profile.worker.js), next to the wall time. CPU time changes
// little with the machine's other load, so variants can be compared on a busy machine; wall time
// with two workers shows what runs in parallel. BENCH_ENGINES and PROFILE_VARIANTS pick.
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { engines } from './engines.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bench = join(root, 'bench');
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = path.startsWith('/bench/') && normalize(join(bench, path.slice('/bench/'.length)));
  if (!file || !file.startsWith(bench) || !existsSync(file) || statSync(file).isDirectory()) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': extname(file) === '.html' ? 'text/html' : 'text/javascript', 'cache-control': 'no-store' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const TICK_MS = 10; // USER_HZ = 100

/** CPU ms (user + system, all threads) of every descendant of this process. */
function treeCpuMs() {
  const stats = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const s = readFileSync(`/proc/${name}/stat`, 'utf8');
      const rest = s.slice(s.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(name), { ppid: Number(rest[1]), cpu: (Number(rest[11]) + Number(rest[12])) * TICK_MS });
    } catch {
      // gone
    }
  }
  const mine = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, { ppid }] of stats) if (!mine.has(pid) && mine.has(ppid)) (mine.add(pid), (grew = true));
  }
  mine.delete(process.pid);
  let total = 0;
  for (const pid of mine) total += stats.get(pid).cpu;
  return total;
}

const variants = (process.env.PROFILE_VARIANTS || 'bitmaprenderer,2d,2d-cpu,2d-cpu-medium').split(',');
try {
  for (const name of (process.env.BENCH_ENGINES || 'chromium,webkit').split(',')) {
    const browser = await engines[name](() => {});
    try {
      await browser.goto(`${origin}/bench/profile.html`);
      for (let i = 0; i < 600 && !(await browser.evaluate(() => window.profileReady === true)); i++) await new Promise((r) => setTimeout(r, 100));
      console.log(`\n=== ${name}`);
      const rows = {};
      for (let round = 0; round < 2; round++) {
        for (const variant of variants) {
          for (const workers of [1, 2]) {
            await browser.evaluate((o) => window.prepare(o), { variant, workers });
            const c0 = treeCpuMs();
            const { ms, images } = await browser.evaluate((o) => window.runSet(o), { variant, workers, repeat: 2 });
            const cpu = treeCpuMs() - c0;
            (rows[`${variant}, ${workers} worker(s)`] ??= []).push({ wall: ms / images, cpu: cpu / images });
          }
        }
      }
      for (const [k, v] of Object.entries(rows)) {
        const min = (f) => Math.round(Math.min(...v.map(f)));
        console.log(`  ${k.padEnd(32)} CPU ${String(min((r) => r.cpu)).padStart(5)} ms/photo   wall ${String(min((r) => r.wall)).padStart(5)} ms/photo`);
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  server.close();
}
