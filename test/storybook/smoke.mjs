// `npm run test:storybook`: the built Storybook (storybook-static/, from npm run build-storybook)
// served locally; every story opened in headless Chromium as a designer would open it, waited
// for, and checked with axe-core (WCAG 2.x A/AA, shadow DOM included). Fails on a story that does
// not render, throws, or has an axe violation. CI runs it after the Storybook build (.ci/run).
// STORY_FILTER=errors,documents-missing opens only the stories whose id contains one of those parts.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = join(root, 'storybook-static');
if (!existsSync(join(dir, 'index.json'))) {
  console.error('storybook-static/ is missing: run npm run build-storybook first');
  process.exit(1);
}
const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png' };
const server = createServer((req, res) => {
  let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(dir, path));
  if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const only = process.env.STORY_FILTER;
const selected = only ? stories.filter((s) => only.split(',').some((part) => s.id.includes(part))) : stories;
const axeSource = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
});
const failures = [];
try {
  const context = await browser.newContext();
  for (const story of selected) {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'load' });
      // Rendered: the root has an element with a shadow root (the kit's element) or content.
      await page.waitForFunction(() => {
        const rootEl = document.querySelector('#storybook-root');
        return rootEl && rootEl.querySelector('*') && !document.body.classList.contains('sb-show-preparing-story');
      }, undefined, { timeout: 30000 });
      // States apply asynchronously (files processed, steps taken): wait until the page is quiet.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        // Storybook's a11y addon runs axe in the same page after each render: wait for its turn.
        for (let attempt = 0; ; attempt++) {
          try {
            const result = await window.axe.run(document.querySelector('#storybook-root'), {
              runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
            });
            return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' > ')).slice(0, 3).join(', ')}`);
          } catch (error) {
            if (attempt >= 20 || !String(error).includes('already running')) throw error;
            await new Promise((r) => setTimeout(r, 250));
          }
        }
      });
      if (violations.length || errors.length) failures.push({ id: story.id, violations, errors });
      process.stdout.write(violations.length || errors.length ? 'F' : '.');
    } catch (error) {
      failures.push({ id: story.id, violations: [], errors: [String(error)] });
      process.stdout.write('E');
    } finally {
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`\n${selected.length} stories opened, ${failures.length} failed`);
for (const f of failures) console.log(`  ${f.id}\n    ${[...f.violations, ...f.errors].join('\n    ')}`);
process.exit(failures.length ? 1 : 0);
