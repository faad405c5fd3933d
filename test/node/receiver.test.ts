// The reference receiver end to end: the built demo (dist/demo) signed in headless Chromium as a parent would,
// POSTed by the demo page → stored once; the same POST again → refused; forged POSTs → refused, nothing stored.
import { expect } from 'chai';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { canonicalJson, digestCanonical, utf8 } from '../../src/signing/canonical.js';
import { signDetachedJws } from '../../src/signing/jws.js';
import { makeKey } from './support/sign.js';

const root = new URL('../../', import.meta.url).pathname;
const demo = join(root, 'dist', 'demo');

// The receiver is plain JavaScript over dist/: imported as a host's server would run it.
type Storage = { count(): Promise<number>; close(): void };
type DemoServer = { server: import('node:http').Server; storage: Storage };
const { createDemoServer } = (await import(join(root, 'receiver', 'serve.mjs'))) as {
  createDemoServer(options: { root: string; dataDir: string; log?: (entry: object) => void }): DemoServer;
};

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic', '--disable-dev-shm-usage'];

describe('reference receiver (npm start): the built demo, signed in Chromium, POSTed', function () {
  this.timeout(120_000);
  let dataDir: string;
  let demoServer: DemoServer;
  let base: string;
  let browser: Browser;
  const logs: Array<Record<string, unknown>> = [];

  before(async function () {
    if (!existsSync(join(demo, 'index.html'))) throw new Error('dist/demo is missing: run `npm run build` first (npm test does)');
    dataDir = mkdtempSync(join(tmpdir(), 'receiver-'));
    demoServer = createDemoServer({ root: demo, dataDir, log: (entry) => logs.push(entry as Record<string, unknown>) });
    await new Promise<void>((resolve) => demoServer.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(demoServer.server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: chromiumArgs });
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => demoServer?.server.close(resolve));
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  /** A JPEG of a drawn page, made by the browser (what a phone camera hands the uploader). */
  async function photo(page: Page, seed: number): Promise<Buffer> {
    const base64 = await page.evaluate(async (s) => {
      const canvas = new OffscreenCanvas(300, 400);
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#f4f1ea';
      ctx.fillRect(0, 0, 300, 400);
      ctx.fillStyle = `hsl(${s * 40}, 40%, 30%)`;
      for (let y = 20; y < 380; y += 18) ctx.fillRect(20, y, 120 + ((y * s) % 140), 8);
      const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 })).arrayBuffer());
      let text = '';
      for (const b of bytes) text += String.fromCharCode(b);
      return btoa(text);
    }, seed);
    return Buffer.from(base64, 'base64');
  }

  /** The demo page, from the first field to the receiver's answer, as a parent (and the host page's controls) would. */
  type Sent = { detail: string; files: Array<{ name: string; type: string; base64: string }> };
  async function applyThroughTheDemo(): Promise<{ answer: string; request: Sent; violations: string[]; errors: string[] }> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      // A refusal is an HTTP 4xx the browser logs; the answer on the page is checked instead.
      if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) errors.push(message.text());
    });
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    // What the demo page sends, kept so the test can send it again and forge from it.
    await page.addInitScript(() => {
      const send = window.fetch.bind(window);
      window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
        if (init?.body instanceof FormData) {
          const files = await Promise.all(
            (init.body.getAll('files') as File[]).map(async (f) => {
              let text = '';
              for (const b of new Uint8Array(await f.arrayBuffer())) text += String.fromCharCode(b);
              return { name: f.name, type: f.type, base64: btoa(text) };
            }),
          );
          (window as unknown as { sent: unknown }).sent = { detail: init.body.get('detail'), files };
        }
        return send(input, init);
      };
    });
    await page.goto(base);
    await page.waitForFunction(() => !!customElements.get('school-enroll-form'));
    // The host page's control: the civil registry holds the birth (so no birth certificate is asked).
    await page.locator('details.developer > summary').click(); // the host's demo settings are tucked away
    await page.locator('input[name="civilRegistry"]').check();
    const form = page.locator('school-enroll-form');
    await form.locator('#field-child-iin').fill('200821501076');
    await form.locator('#field-child-birthDate').fill('2020-08-21');
    await form.locator('#field-child-lastName').fill('Сейтқали');
    await form.locator('#field-child-firstName').fill('Әлихан');
    await form.locator('#field-school').fill('№ 12 мектеп-гимназия, Астана');
    await form.locator('#continue').click();
    await form.locator('input[name="field-residency"][value="citizen"]').check();
    for (const question of ['specialNeeds', 'homeEducation', 'bornAbroad']) await form.locator(`input[name="field-${question}"][value="no"]`).check();
    await form.locator('#continue').click();
    // Documents: two photos through the uploader's file input.
    const input = form.locator('doc-uploader[doc="child-photo"] input[type=file]');
    await input.setInputFiles([
      { name: 'photo-1.jpg', mimeType: 'image/jpeg', buffer: await photo(page, 1) },
      { name: 'photo-2.jpg', mimeType: 'image/jpeg', buffer: await photo(page, 2) },
    ]);
    await page.waitForFunction(() => {
      const f = document.querySelector('school-enroll-form')!.shadowRoot!;
      const u = f.querySelector('doc-uploader[doc="child-photo"]') as HTMLElement & { files: File[]; busy: boolean };
      return u && !u.busy && u.files.length === 2;
    });
    await form.locator('#continue').click(); // → review
    await form.locator('#continue').click(); // → sign
    await form.locator('sign-panel [part="method-button"][data-method="webcrypto"]').click();
    // The demo gives the form the receiver as its `submit`: the form shows the receipt with the
    // receiver's reference, or why it was refused (with the receiver's codes) and "Send again".
    await page.waitForFunction(
      () => !!document.querySelector('school-enroll-form')!.shadowRoot!.querySelector('[data-reference], [data-submission="failed"]'),
      undefined,
      { timeout: 60_000 },
    );
    const answer = await page.evaluate(() => {
      const shadow = document.querySelector('school-enroll-form')!.shadowRoot!;
      const reference = shadow.querySelector('[data-reference]')?.textContent;
      if (reference) return `Received. Reference: ${reference}`;
      const failed = shadow.querySelector<HTMLElement>('[data-submission="failed"]')!;
      const codes = [...failed.querySelectorAll<HTMLElement>('[data-host-code]')].map((e) => e.dataset.hostCode).join(', ');
      return `Refused (${failed.dataset.code}): ${codes}`;
    });
    const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    const captured = await page.evaluate(() => (window as unknown as { sent?: Sent }).sent);
    await context.close();
    if (!captured) throw new Error('the demo page sent nothing');
    return { answer, request: captured, violations, errors };
  }

  const post = (body: Uint8Array | FormData, type?: string) =>
    fetch(`${base}/api/applications/school-enrollment`, { method: 'POST', body: body as BodyInit, headers: type ? { 'content-type': type } : {} });
  /** The request the page sent, as multipart again. */
  const resend = (sent: Sent) => {
    const body = new FormData();
    body.append('detail', sent.detail);
    for (const f of sent.files) body.append('files', new File([Buffer.from(f.base64, 'base64')], f.name, { type: f.type }), f.name);
    return body;
  };

  let first: Awaited<ReturnType<typeof applyThroughTheDemo>>;

  it('a detail signed by the built form is stored once, and the page shows the reference', async () => {
    first = await applyThroughTheDemo();
    expect(first.violations, 'CSP violations').to.deep.equal([]);
    expect(first.errors, 'page errors').to.deep.equal([]);
    expect(first.answer).to.match(/^Received\. Reference: EDU-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(await demoServer.storage.count()).to.equal(1);
    const stored = readdirSync(join(dataDir, 'files')).filter((name) => !name.endsWith('.tmp'));
    expect(stored).to.have.length(2);
    for (const name of stored) expect(name).to.match(/^[A-Za-z0-9_-]{43}$/);
    const entry = logs.at(-1)!;
    expect(entry.status).to.equal(201);
    expect(JSON.stringify(entry)).not.to.contain('200821501076'); // the log names no child
  });

  it('the same POST again is refused (409, already-applied), nothing more stored', async () => {
    const again = await post(resend(first.request));
    expect(again.status).to.equal(409);
    expect(await again.json()).to.deep.equal({ ok: false, codes: ['already-applied'] });
    expect(await demoServer.storage.count()).to.equal(1);
  });

  it('a second application made again in the browser is refused on the page', async () => {
    const second = await applyThroughTheDemo();
    expect(second.answer).to.equal('Refused (submit-rejected): already-applied');
    expect(await demoServer.storage.count()).to.equal(1);
  });

  describe('forged POSTs are refused with their codes, nothing stored', () => {
    async function original(): Promise<{ detail: Record<string, unknown> & { payload: Record<string, unknown>; canonical: string }; files: File[] }> {
      const form = resend(first.request);
      return { detail: JSON.parse(form.get('detail') as string), files: form.getAll('files') as File[] };
    }
    const send = async (detail: unknown, files: File[]) => {
      const body = new FormData();
      body.append('detail', JSON.stringify(detail));
      for (const file of files) body.append('files', file, file.name);
      const response = await post(body);
      return { status: response.status, body: (await response.json()) as { ok: boolean; codes: string[] } };
    };
    const storedFiles = () => readdirSync(join(dataDir, 'files')).length;

    it("a new child's application signed with the attacker's own key", async () => {
      const { detail, files } = await original();
      const answers = detail.payload.answers as { child: { iin: string } };
      answers.child.iin = '191205602019';
      const key = await makeKey();
      detail.canonical = canonicalJson(detail.payload);
      detail.digest = await digestCanonical(detail.canonical);
      detail.signature = { type: 'webcrypto', value: await signDetachedJws(utf8(detail.canonical), key.privateKey, key.jwk), certificate: key.jwk };
      const before = storedFiles();
      const { status, body } = await send(detail, files);
      expect(status).to.equal(422);
      expect(body.codes).to.include('signature-key-untrusted');
      expect(await demoServer.storage.count()).to.equal(1);
      expect(storedFiles()).to.equal(before);
    });

    it('a file swapped after signing, an SMS "token", a missing file, garbage', async () => {
      const { detail, files } = await original();
      const flipped = new Uint8Array(await files[1].arrayBuffer());
      flipped[flipped.length - 10] ^= 1;
      expect((await send(detail, [files[0], new File([flipped], files[1].name, { type: files[1].type })])).body.codes).to.deep.equal(['sha256-mismatch']);
      expect((await send({ ...detail, signature: { type: 'sms', value: 'x' } }, files)).body.codes).to.deep.equal(['signature-type-not-accepted']);
      expect((await send(detail, files.slice(0, 1))).body.codes).to.deep.equal(['file-missing']);
      const garbage = await post(new TextEncoder().encode('--x\r\n\r\n'), 'multipart/form-data; boundary=x');
      expect(garbage.status).to.equal(400);
      const notMultipart = await post(new TextEncoder().encode('{}'), 'application/json');
      expect(notMultipart.status).to.equal(415);
      const tooBig = await fetch(`${base}/api/applications/school-enrollment`, { method: 'POST', body: new Uint8Array(6_000_000), headers: { 'content-type': 'multipart/form-data; boundary=x' } });
      expect(tooBig.status).to.equal(413);
      expect((await fetch(`${base}/api/applications/passport`, { method: 'POST' })).status).to.equal(404);
      expect((await fetch(`${base}/api/applications/school-enrollment`)).status).to.equal(405);
      expect(await demoServer.storage.count()).to.equal(1);
    });

    it('another service\'s endpoint refuses this detail (service-mismatch)', async () => {
      const { detail, files } = await original();
      const body = new FormData();
      body.append('detail', JSON.stringify(detail));
      for (const file of files) body.append('files', file, file.name);
      const response = await fetch(`${base}/api/applications/meal-subsidy`, { method: 'POST', body });
      expect(response.status).to.equal(422);
      expect(((await response.json()) as { codes: string[] }).codes).to.include('service-mismatch');
    });
  });

  it('serves only the built demo: nothing outside dist/demo, with the strict CSP', async () => {
    const page = await fetch(`${base}/`);
    expect(page.headers.get('content-security-policy')).to.contain("default-src 'self'");
    expect(await page.text()).to.contain('/assets/');
    expect((await fetch(`${base}/%2e%2e/package.json`)).status).to.equal(404);
    expect((await fetch(`${base}/src/index.ts`)).status).to.equal(404);
  });
});
