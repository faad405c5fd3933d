// Runs inside a CSP page: signs through <sign-panel> from the built kit with EDS (the fake NCALayer over WSS) and eGov Mobile (a fake broker), records violations and console errors, reports to the parent frame.
import '/dist/egov-forms.js';
import { EgovMobileSigner, NcaLayerSigner } from '/dist/signers.js';

const violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
});
const consoleErrors = [];
const originalError = console.error;
console.error = (...args) => {
  consoleErrors.push(args.map(String).join(' '));
  originalError.apply(console, args);
};

const data = new TextEncoder().encode('{"service":"school-enrollment","answers":{"a":"ә"}}');

/** Chooses a method in a fresh panel as a parent would (a click) and waits for the outcome. */
async function signWith(method, signers, drive) {
  const panel = document.createElement('sign-panel');
  panel.setAttribute('lang', 'en');
  panel.setAttribute('device', 'desktop');
  panel.signers = signers;
  panel.data = data;
  document.querySelector('main').append(panel);
  await panel.updateComplete;
  const outcome = new Promise((resolve) => {
    panel.addEventListener('signed', (e) => resolve({ event: 'signed', type: e.detail.signature.type }), { once: true });
    panel.addEventListener('sign-error', (e) => resolve({ event: 'sign-error', code: e.detail.code, id: e.detail.id }), { once: true });
  });
  panel.shadowRoot.querySelector(`[part~="method-button"][data-method="${method}"]`).click();
  await drive?.(panel);
  const result = await outcome;
  await panel.updateComplete;
  result.shown = panel.shadowRoot.querySelector('[part~="error-message"]')?.textContent.trim();
  panel.remove();
  return result;
}

const qrChunkLoaded = () => performance.getEntriesByType('resource').some((e) => /\/dist\/(chunks\/)?qr-[^/]*\.js$/.test(new URL(e.name).pathname));

/** eGov Mobile with a broker in the page: the QR chunk loads only now, the QR is drawn under Trusted Types, then signed. */
async function mobile() {
  const before = qrChunkLoaded();
  let polls = 0;
  let done = false;
  const signer = new EgovMobileSigner({
    register: async () => ({ url: 'mobileSign:https://broker.example.kz/api/egovQr/csp', expiresAt: Date.now() + 120_000 }),
    poll: async () => {
      polls += 1;
      return done ? { status: 'signed', cms: 'MAMCAQE=' } : { status: 'pending' };
    },
    pollInterval: 50,
  });
  const seen = {};
  const result = await signWith('mobile', { mobile: signer }, async (panel) => {
    for (let i = 0; i < 100 && !panel.shadowRoot.querySelector('svg[part~="qr"] path'); i++) await new Promise((r) => setTimeout(r, 50));
    seen.qr = Boolean(panel.shadowRoot.querySelector('svg[part~="qr"] path')?.getAttribute('d'));
    seen.link = panel.shadowRoot.querySelector('[part~="app-link"]')?.getAttribute('href');
    done = true;
  });
  return { ...result, ...seen, qrChunkBefore: before, qrChunkAfter: qrChunkLoaded(), polled: polls > 0 };
}

async function report() {
  const params = new URLSearchParams(location.search);
  const urls = JSON.parse(params.get('urls') ?? '{}');
  const eds = {};
  for (const [behaviour, url] of Object.entries(urls)) {
    eds[behaviour] = await signWith('eds', { eds: new NcaLayerSigner({ url, permissionState: async () => 'granted' }) });
  }
  const out = { type: 'csp-report', eds, violations, consoleErrors, trustedTypes: typeof window.trustedTypes !== 'undefined' };
  if (params.has('mobile')) out.mobile = await mobile();
  await new Promise((r) => setTimeout(r, 200)); // late violation events
  parent.postMessage(out, '*');
}

report().catch((error) => parent.postMessage({ type: 'csp-report', error: String(error?.stack ?? error), violations }, '*'));
