// A service form's signing step with the signers a host imports: eGov Mobile through a fake broker (QR, signed payload, a fake verifyCms), and per device only what works.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/school-enroll-form.js';
import type { SchoolEnrollForm } from '../../src/elements/school-enroll-form/school-enroll-form.js';
import type { SignPanel } from '../../src/elements/sign-panel/sign-panel.js';
import { EgovMobileSigner, NcaLayerSigner, SmsCodeSigner, utf8, type SignedDetail } from '../../src/signing/index.js';
import { attach, settle } from '../support/form-driver.js';
import { expectAccessible } from '../support/a11y.js';
import { fakeBroker, fakeVerifyCms } from '../support/fake-broker.js';
import { verifySigned } from '../support/verify-signed.js';

const answers = {
  child: { lastName: 'Seitkali', firstName: 'Aruzhan', iin: '200821501076', birthDate: '2020-08-21' },
  school: 'School-lyceum No. 12, Astana',
  residency: 'citizen',
  statuses: [],
  specialNeeds: false,
  homeEducation: false,
  bornAbroad: false,
  schoolYear: 2027,
};

/** A school-enroll-form filled and on its sign step, with these signers. */
async function atSign(signers: SchoolEnrollForm['signers']): Promise<{ form: SchoolEnrollForm; panel: SignPanel }> {
  const form = await fixture<SchoolEnrollForm>(html`<school-enroll-form
    lang="en"
    school-year="2027"
    no-draft
    .registry=${{ civilRegistry: true }}
    .now=${() => new Date('2027-06-10T06:00:00Z')}
    .signers=${signers}
  ></school-enroll-form>`);
  form.answers = answers;
  await settle(form);
  const steps = form.steps.map((s) => s.id);
  for (let i = 1; i < steps.length; i++) {
    await form.goTo(i);
    if (steps[i] === 'documents') await attach(form, 'child-photo');
  }
  expect(form.currentStep).to.equal('sign');
  const panel = form.shadowRoot!.querySelector<SignPanel>('sign-panel')!;
  await panel.updateComplete;
  return { form, panel };
}

const methods = (panel: SignPanel) => [...panel.shadowRoot!.querySelectorAll<HTMLElement>('[part~="method-button"]')].map((b) => b.dataset.method);
const sms = () => new SmsCodeSigner({ requestCode: async () => undefined, confirmCode: async () => false });

describe('service form signing with the host\'s signers', () => {
  it('eGov Mobile: the broker gets the canonical bytes and the payload digest; the CMS comes back as the signature', async () => {
    const broker = fakeBroker();
    const { form, panel } = await atSign({ eds: new NcaLayerSigner(), mobile: new EgovMobileSigner({ ...broker.callbacks, pollInterval: 50 }), sms: sms() });
    expect(methods(panel)).to.deep.equal(['eds', 'mobile', 'sms']); // a desktop: EDS first
    const signed = new Promise<SignedDetail>((resolve) => form.addEventListener('signed-payload', (e) => resolve((e as CustomEvent<SignedDetail>).detail), { once: true }));
    panel.shadowRoot!.querySelector<HTMLElement>('[data-method="mobile"]')!.click();
    await waitUntil(() => panel.shadowRoot!.querySelector('svg[part~="qr"]'), 'the QR code is drawn', { timeout: 15000 }); // the QR encoder loads on demand: slow on a loaded machine
    expect(panel.shadowRoot!.querySelector('[part~="app-link"]')!.getAttribute('href')).to.equal(broker.url);
    await expectAccessible(form);
    broker.complete('signed');
    const detail = await signed;
    expect(detail.signature).to.deep.equal({ type: 'egov-mobile', value: broker.cms });
    const [registration] = broker.registrations;
    expect(registration.digest).to.equal(detail.digest);
    expect(new TextDecoder().decode(registration.data)).to.equal(detail.canonical);
    expect(await fakeVerifyCms(detail.signature.value, utf8(detail.canonical))).to.equal(true);
    // The host's server (egov-forms/server) accepts it through its verifyCms, over exactly the canonical bytes…
    const verifyCms = async (cms: string, content: Uint8Array) => ({ ok: await fakeVerifyCms(cms, content), iin: '800101300011' });
    const verified = await verifySigned(detail, detail.files, { acceptSignatures: ['egov-mobile'], verifyCms });
    expect(verified.mismatches).to.deep.equal([]);
    expect(verified.ok).to.equal(true);
    expect(verified.signer).to.deep.equal({ type: 'egov-mobile', iin: '800101300011' });
    // …and refuses it when the CMS does not cover those bytes.
    const refused = await verifySigned(detail, detail.files, { acceptSignatures: ['egov-mobile'], verifyCms: async () => ({ ok: false }) });
    expect(refused.ok).to.equal(false);
    expect(refused.signatureVerified).to.equal(false);
  });

  describe('on a phone', () => {
    // The page sees an iPhone's user agent (an own property shadowing Navigator's getter: works in every engine).
    const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';
    before(() => Object.defineProperty(navigator, 'userAgent', { configurable: true, get: () => iphone }));
    after(() => delete (navigator as { userAgent?: string }).userAgent);

    it('offers eGov Mobile first and no EDS, with the app link leading', async () => {
      expect(navigator.userAgent).to.contain('iPhone');
      const broker = fakeBroker();
      const { panel } = await atSign({ eds: new NcaLayerSigner(), mobile: new EgovMobileSigner({ ...broker.callbacks, pollInterval: 50 }), sms: sms() });
      expect(panel.device).to.equal('mobile');
      expect(methods(panel)).to.deep.equal(['mobile', 'sms']);
      expect(await new NcaLayerSigner().isAvailable()).to.equal(false);
      panel.shadowRoot!.querySelector<HTMLElement>('[data-method="mobile"]')!.click();
      await waitUntil(() => panel.shadowRoot!.querySelector('[part~="app-link"]'), 'the app link is shown', { timeout: 15000 });
      const link = panel.shadowRoot!.querySelector<HTMLElement>('[part~="app-link"]')!;
      expect(link.classList.contains('primary')).to.equal(true);
      panel.cancel();
    });
  });
});
