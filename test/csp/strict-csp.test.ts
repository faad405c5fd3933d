// Loads the built dist/egov-forms.js in a page served with a strict CSP and Trusted Types; any violation fails.
// Signing: EDS through the fake NCALayer over WSS under the README's policy (strict + connect-src for the socket), each answer; eGov Mobile's QR.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { translate, type Locale } from '../../src/i18n/localize.js';

interface CspReport {
  type: 'csp-report';
  violations: { directive: string; blocked: string; sample: string }[];
  items?: number;
  extraItems?: number;
  trustedTypes?: boolean;
  upload?: { workers: string[] };
  form?: { steps: string[]; service: string; documents: string[]; verified: boolean };
  shown?: { tag: string; lang: string; text: string | null }[];
  error?: string;
  eds?: Record<string, { event: string; code?: string; id?: string; type?: string; shown?: string }>;
  consoleErrors?: string[];
  mobile?: { event: string; type?: string; qr: boolean; link: string; qrChunkBefore: boolean; qrChunkAfter: boolean; polled: boolean };
}

async function fakeNcaLayer(behaviour: string): Promise<string> {
  return (await executeServerCommand<{ url: string }, unknown>('fake-ncalayer', { behaviour })).url;
}

function loadProbe(src: string): Promise<CspReport> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.title = 'CSP probe';
    const timer = setTimeout(() => reject(new Error('the CSP probe page never reported')), 30000);
    window.addEventListener('message', function onMessage(event: MessageEvent) {
      if (event.source !== frame.contentWindow || event.data?.type !== 'csp-report') return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      resolve(event.data as CspReport);
    });
    frame.src = src;
    document.body.append(frame);
  });
}

describe('strict Content-Security-Policy', () => {
  it('the probe page is really served with the strict policy', async () => {
    const response = await fetch('/test/csp/strict.html');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("default-src 'self'");
    expect(policy).to.contain("require-trusted-types-for 'script'");
  });

  it('dist/egov-forms.js defines and renders its elements with no violation', async () => {
    const report = await loadProbe('/test/csp/strict.html');
    expect(report.error, report.error).to.equal(undefined);
    expect(report.trustedTypes).to.equal(true);
    expect(report.violations, JSON.stringify(report.violations)).to.deep.equal([]);
    expect(report.items).to.be.greaterThan(0);
    expect(report.extraItems).to.be.greaterThan(0);
    expect(report.upload!.workers.length).to.be.greaterThan(0);
  });

  it('a whole <school-enroll-form>, drafts on, is filled, signed and verified with no violation', async () => {
    const report = await loadProbe('/test/csp/strict.html');
    expect(report.error, report.error).to.equal(undefined);
    expect(report.violations, JSON.stringify(report.violations)).to.deep.equal([]);
    expect(report.form).to.deep.equal({
      steps: ['child', 'circumstances', 'documents', 'review', 'sign'],
      service: 'school-enrollment',
      documents: ['child-photo', 'child-photo'],
      verified: true,
    });
  });

  it('one element\'s entry (dist/school-enroll-form.js) loads a language and its parts on demand with no violation', async () => {
    const report = (await loadProbe('/test/csp/entry.html')) as CspReport & { russian?: boolean; defined?: string[] };
    expect(report.error, report.error).to.equal(undefined);
    expect(report.violations, JSON.stringify(report.violations)).to.deep.equal([]);
    expect(report.russian).to.equal(true);
    expect(report.defined).to.deep.equal(['doc-checklist', 'doc-uploader', 'sign-panel']);
  });

  it('below the browser floor, the built kit says so in each element\'s language, with no violation', async () => {
    const report = await loadProbe('/test/csp/too-old.html');
    expect(report.error, report.error).to.equal(undefined);
    expect(report.violations, JSON.stringify(report.violations)).to.deep.equal([]);
    expect(report.shown!.length).to.equal(3);
    for (const { tag, lang, text } of report.shown!) expect(text, tag).to.equal(translate(lang as Locale, 'ui.browserTooOld'));
  });

  it('detects a violation when one happens (the probe is not blind)', async () => {
    const report = await loadProbe('/test/csp/violation.html');
    expect(report.violations.length).to.be.greaterThan(0);
  });

  it('<sign-panel> signs with EDS through NCALayer over WSS under the README policy, each NCALayer answer, with no violation', async () => {
    const behaviours = ['success', 'array', 'module-not-found', 'cancel', 'socket-closed', 'not-running'];
    const urls: Record<string, string> = {};
    for (const b of behaviours) urls[b] = await fakeNcaLayer(b);
    const policy = (await fetch('/test/csp/ncalayer-allowed.html')).headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("default-src 'self'");
    expect(policy).to.match(/connect-src 'self' wss:\/\/127\.0\.0\.1:\d+/);
    const report = await loadProbe(`/test/csp/ncalayer-allowed.html?mobile&urls=${encodeURIComponent(JSON.stringify(urls))}`);
    expect(report.error, report.error).to.equal(undefined);
    expect(report.violations, JSON.stringify(report.violations)).to.deep.equal([]);
    expect(report.trustedTypes).to.equal(true);
    const eds = report.eds!;
    expect(eds.success).to.deep.include({ event: 'signed', type: 'ncalayer' });
    expect(eds.array).to.deep.include({ event: 'signed', type: 'ncalayer' });
    expect(eds['module-not-found']).to.deep.include({ event: 'sign-error', code: 'unavailable', id: 'ncalayer-outdated' });
    expect(eds.cancel).to.deep.include({ event: 'sign-error', code: 'cancelled', id: 'signing-cancelled' });
    expect(eds['socket-closed']).to.deep.include({ event: 'sign-error', code: 'failed', id: 'ncalayer-closed' });
    expect(eds['not-running']).to.deep.include({ event: 'sign-error', code: 'unavailable', id: 'ncalayer-unavailable' });
    expect(eds['not-running'].shown).to.match(/start NCALayer/);
    expect(report.consoleErrors!.filter((m) => m.includes('egov-forms'))).to.deep.equal([]);
    expect(report.mobile).to.deep.include({ event: 'signed', type: 'egov-mobile', qr: true, polled: true, qrChunkBefore: false, qrChunkAfter: true });
    expect(report.mobile!.link).to.equal('mobileSign:https://broker.example.kz/api/egovQr/csp');
  });

  it('a page whose CSP does not allow the socket: `ncalayer-csp-blocked` for the parent, the connect-src to add for the developer', async () => {
    const url = await fakeNcaLayer('success');
    const report = await loadProbe(`/test/csp/ncalayer-blocked.html?urls=${encodeURIComponent(JSON.stringify({ success: url }))}`);
    expect(report.error, report.error).to.equal(undefined);
    expect(report.eds!.success).to.deep.include({ event: 'sign-error', code: 'unavailable', id: 'ncalayer-csp-blocked' });
    expect(report.violations.some((v) => v.directive === 'connect-src')).to.equal(true);
    const port = new URL(url.replace('wss:', 'https:')).port;
    const hint = report.consoleErrors!.find((m) => m.includes('Content-Security-Policy'));
    expect(hint, JSON.stringify(report.consoleErrors)).to.contain(`connect-src 'self' wss://127.0.0.1:${port}`);
  });
});
