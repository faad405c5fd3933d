// The three engines the benchmark runs in, all from Debian: each gives { name, goto, evaluate, close }.
// Chromium through playwright-core, Firefox ESR through puppeteer-core (WebDriver BiDi), WebKitGTK's
// MiniBrowser through webdriverio and WebKitWebDriver (it needs a display: `npm run bench` runs
// under xvfb-run).
import { spawn } from 'node:child_process';
import getPort from 'get-port';

const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** A loopback port nobody listens on (get-port binds one, then releases it). */
const freePort = () => getPort({ host: '127.0.0.1' });

async function chromium(onExternal) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic', '--js-flags=--expose-gc'],
  });
  const page = await browser.newPage();
  page.on('request', (r) => onExternal(r.url()));
  if (process.env.BENCH_DEBUG) page.on('console', (m) => console.log('page:', m.text()));
  page.on('pageerror', (e) => console.error('page error:', e.message));
  return {
    name: 'chromium',
    goto: (url) => page.goto(url),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    close: () => browser.close(),
  };
}

async function firefox(onExternal) {
  const puppeteer = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
    headless: true,
    // A whole strategy runs inside one evaluate: on a busy machine that takes longer than puppeteer's 180 s default.
    protocolTimeout: 0,
  });
  const page = await browser.newPage();
  page.setDefaultTimeout(0);
  await page.setRequestInterception?.(false);
  page.on('request', (r) => onExternal(r.url()));
  if (process.env.BENCH_DEBUG) page.on('console', (m) => console.log('page:', m.text()));
  page.on('pageerror', (e) => console.error('page error:', e.message));
  return {
    name: 'firefox',
    goto: (url) => page.goto(url),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    close: () => browser.close(),
  };
}

async function webkit() {
  if (!process.env.DISPLAY) throw new Error('WebKitGTK needs a display: run under xvfb-run -a (npm run bench does)');
  const { remote } = await import('webdriverio');
  const port = await freePort();
  const driver = spawn(process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const browser = await remote({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    connectionRetryTimeout: 900_000,
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      'wdio:enforceWebDriverClassic': true,
      timeouts: { script: 900_000, pageLoad: 60_000, implicit: 0 },
    },
  });
  return {
    name: 'webkit',
    goto: (url) => browser.url(url),
    // WebDriver classic awaits a promise the script returns.
    evaluate: (fn, arg) => browser.execute(fn, arg),
    close: async () => {
      try {
        await browser.deleteSession();
      } finally {
        driver.kill();
      }
    },
  };
}

export const engines = { chromium, firefox, webkit };
