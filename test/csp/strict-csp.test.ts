// Loads the built dist/egov-forms.js in a page served with a strict CSP and Trusted Types; any violation fails.
import { expect } from '@open-wc/testing';
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
}

function loadProbe(src: string): Promise<CspReport> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.title = 'CSP probe';
    const timer = setTimeout(() => reject(new Error('the CSP probe page never reported')), 15000);
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
});
