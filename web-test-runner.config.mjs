// Browser tests in Debian's headless Chromium (/usr/bin/chromium); test tools cannot download browsers here.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fakeNcaLayerOrigins, fakeNcaLayerPlugin } from './test/support/fake-ncalayer.mjs';

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

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  concurrency: 2,
  testsFinishTimeout: 240000,
  testFramework: { config: { timeout: 20000 } },
  browsers: [
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
  ],
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
