// The signing step (sign-step.ts): the sign panel, or the closed window's sentence; "Sending…"; the
// failure with "Send again" and Back (which forgets the failure).
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../../src/i18n/index.js';
import { renderSign, type SignView } from '../../../src/elements/service-form/sign-step.js';
import type { SignedDetail } from '../../../src/signing/payload.js';
import { translate } from '../../../src/i18n/localize.js';
import { expectAccessible } from '../../support/a11y.js';

const t = (key: string, params?: Record<string, string | number>) => translate('en', key, params);
const detail = { service: 'school-enrollment' } as unknown as SignedDetail;

function view(seen: string[], over: Partial<SignView> = {}): SignView {
  return {
    t,
    locale: 'en',
    submission: { status: 'idle' },
    signers: () => {
      seen.push('signers');
      return {};
    },
    prepareBytes: async () => new Uint8Array(),
    onSigned: () => seen.push('signed'),
    onRetry: () => seen.push('retry'),
    onBack: () => seen.push('back'),
    onBackFromFailure: () => seen.push('back-from-failure'),
    ...over,
  };
}

describe('service-form/sign-step', () => {
  it('the panel with the signers and the bytes to sign; Back', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    const seen: string[] = [];
    const v = view(seen);
    render(renderSign(v), el);
    const panel = el.querySelector('sign-panel') as HTMLElement & { data: unknown };
    expect(panel.getAttribute('heading-level')).to.equal('3');
    expect(panel.data).to.equal(v.prepareBytes);
    expect(el.querySelector('.intro')!.textContent).to.equal(t('form.signIntro'));
    el.querySelector<HTMLButtonElement>('.nav button')!.click();
    panel.dispatchEvent(new CustomEvent('signed', { detail: {} }));
    expect(seen).to.deep.equal(['signers', 'back', 'signed']);
  });

  it('a closed window: its sentence, no panel (and no signer made)', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    const seen: string[] = [];
    render(renderSign(view(seen, { closedText: 'Applications are closed.' })), el);
    expect(el.querySelector('sign-panel')).to.equal(null);
    expect(el.querySelector('.notice-closed')!.textContent).to.equal('Applications are closed.');
    expect(seen).to.deep.equal([]);
    await expectAccessible(el);
  });

  it('sending: a status; failed: why, Send again and Back', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    const seen: string[] = [];
    render(renderSign(view(seen, { submission: { status: 'sending', detail } })), el);
    expect(el.querySelector('[data-submission="sending"]')!.getAttribute('role')).to.equal('status');
    expect(el.querySelector('.nav')).to.equal(null);
    render(renderSign(view(seen, { submission: { status: 'failed', detail, code: 'submit-offline', hostCodes: [] } })), el);
    expect(el.querySelector('[data-code="submit-offline"]')!.textContent).to.contain(t('error.submit-offline'));
    el.querySelector<HTMLButtonElement>('#retry')!.click();
    el.querySelector<HTMLButtonElement>('.nav button')!.click();
    expect(seen).to.deep.equal(['retry', 'back-from-failure']);
    await expectAccessible(el);
  });
});
