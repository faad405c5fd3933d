// Browser tests in the three engines parents use, all from Debian's packages (test tools cannot
// download browsers here): Chromium (/usr/bin/chromium), Firefox ESR (/usr/bin/firefox-esr, over
// WebDriver BiDi through puppeteer) and WebKitGTK (MiniBrowser driven by WebKitWebDriver; it needs a
// display, so `npm run test:browser` runs under `xvfb-run -a`).
//
// ENGINES=chromium,firefox,webkit (the default: all three, in parallel) picks engines, e.g.
// `ENGINES=webkit npx wtr --files test/upload/compress.test.ts`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { fakeNcaLayerOrigins, fakeNcaLayerPlugin } from './test/support/fake-ncalayer.mjs';
import getPort from 'get-port';

const ENGINES = (process.env.ENGINES || 'chromium,firefox,webkit')
  .split(',')
  .map((e) => e.trim())
  .filter(Boolean);
for (const e of ENGINES) {
  if (!['chromium', 'firefox', 'webkit'].includes(e)) throw new Error(`ENGINES: unknown engine "${e}"`);
}

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
const MINIBROWSER =
  process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
  // Test files run in parallel tabs: a background tab's timers must not be throttled.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  // The fake NCALayer serves WSS with a self-signed certificate made at start (as NCALayer's own is
  // trusted only through its installer).
  '--ignore-certificate-errors',
];

/** Pages under /test/csp/ are served with the strict policy a government site would set. */
const STRICT_CSP =
  "default-src 'self'; require-trusted-types-for 'script'; object-src 'none'; base-uri 'none'";

/** A loopback port nobody listens on (get-port binds one, then releases it). */
const freePort = () => getPort({ host: '127.0.0.1' });

/** Starts WebKitWebDriver on a free port for this run; it ends with the runner. */
async function startWebKitDriver() {
  if (!existsSync(WEBKIT_DRIVER)) {
    throw new Error(`${WEBKIT_DRIVER} is missing: apt-get install -y webkit2gtk-driver (or leave webkit out of ENGINES)`);
  }
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error('WebKitGTK needs a display: run the tests under `xvfb-run -a` (npm run test:browser does)');
  }
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore' });
  const stop = () => {
    if (driver.exitCode === null) driver.kill();
  };
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      stop();
      process.exit(1);
    });
  }
  // Wait until it answers.
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return port;
}

const browsers = [];
if (ENGINES.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: chromiumArgs,
      },
      // Each test file in its own browser context (its own window), so parallel files are never
      // hidden tabs whose requestAnimationFrame is paused.
      async createPage({ browser }) {
        const context = await browser.createBrowserContext();
        return context.newPage();
      },
    }),
  );
}
if (ENGINES.includes('firefox')) {
  browsers.push(
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: FIREFOX,
        headless: true,
        // The fake NCALayer's self-signed WSS certificate (see chromiumArgs).
        acceptInsecureCerts: true,
        extraPrefsFirefox: {
          // A page headless Firefox counts as in the background must not have its timers throttled.
          'dom.min_background_timeout_value': 4,
          'dom.timeout.enable_budget_timer_throttling': false,
          'dom.suspend_inactive.enabled': false,
          'layout.throttled_frame_rate': 60,
        },
      },
      // One test file at a time, in its own window: Firefox gives keyboard focus to one window only,
      // and a typed date or a blur in a second window at the same time goes astray (and a background
      // tab's timers are throttled).
      concurrency: 1,
      async createPage({ browser }) {
        const context = await browser.createBrowserContext();
        return context.newPage({ type: 'window' });
      },
    }),
  );
}
if (ENGINES.includes('webkit')) {
  const port = await startWebKitDriver();
  const webkit = webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      'wdio:enforceWebDriverClassic': true,
      // The fake NCALayer's self-signed WSS certificate (see chromiumArgs).
      acceptInsecureCerts: true,
    },
  });
  // One test file at a time, each in the one window (not in iframes): focus and keys behave as
  // they do for a person. The launcher picks its window manager from the config's concurrency, the
  // scheduler from the launcher's own.
  webkit.concurrency = 1;
  const initialize = webkit.initialize.bind(webkit);
  webkit.initialize = (config, testFiles) => initialize({ ...config, concurrency: 1 }, testFiles);
  // WebKitWebDriver drops keys sent as one chord in a single action: one key per action, as a
  // person types them; a newline is the Enter key, as on a keyboard.
  const sendKeys = webkit.sendKeys.bind(webkit);
  webkit.sendKeys = async (sessionId, keys) => {
    for (const key of keys) await sendKeys(sessionId, [key === '\n' ? '\uE007' : key]);
  };
  browsers.push(webkit);
}

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  concurrency: 2,
  concurrentBrowsers: 3,
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 240000,
  // A hang guard, not a speed check (speed is measured in npm run bench): with three engines sharing
  // two cores, WebKit's slow JPEG encoder needs more than 20 s for a test of several photos.
  testFramework: { config: { timeout: 60000 } },
  browsers,
  // Tests render in every language at once: all three catalogues are loaded before a test file
  // runs (an element entry alone loads only the page's language; test/define/entries.test.ts checks that).
  testRunnerHtml: (testFramework) =>
    `<html><head></head><body><script type="module" src="/src/i18n/index.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), fakeNcaLayerPlugin()],
  middleware: [
    function strictCsp(ctx, next) {
      if (ctx.path.startsWith('/test/csp/') && ctx.path.endsWith('.html')) {
        return next().then(() => {
          // The README's policy for EDS: the strict one plus the NCALayer socket (here the fake's ports).
          const ncalayer = ctx.path.startsWith('/test/csp/ncalayer-allowed');
          ctx.set('Content-Security-Policy', ncalayer ? `${STRICT_CSP}; connect-src 'self' ${fakeNcaLayerOrigins().join(' ')}` : STRICT_CSP);
        });
      }
      return next();
    },
  ],
};
