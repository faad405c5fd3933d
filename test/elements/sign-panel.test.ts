// <sign-panel>: every state accessible and localized; EDS against the fake NCALayer; the SMS code flow; cancel; errors.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define/sign-panel.js';
import type { SignedEventDetail, SignErrorEventDetail, SignPanel } from '../../src/elements/sign-panel/sign-panel.js';
import { locales, translate, type Locale } from '../../src/i18n/localize.js';
import { NcaLayerSigner, SmsCodeSigner, utf8 } from '../../src/signing/index.js';
import { expectAccessible, expectFocused } from '../support/a11y.js';
import { signersFor, signPanelStates, waitingSigner, type SignPanelState } from '../../stories/states/sign-panel.states.js';

const data = utf8('{"service":"school-enrollment"}');

async function renderState(state: SignPanelState, lang: Locale): Promise<SignPanel> {
  return fixture<SignPanel>(html`<sign-panel
    lang=${lang}
    .signers=${signersFor(state.offered)}
    .data=${data}
    status=${state.status ?? 'choose'}
    method=${state.method ?? ''}
    error=${state.error ?? ''}
    .smsState=${state.smsState}
  ></sign-panel>`);
}

const part = (el: SignPanel, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: SignPanel, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const text = (el: SignPanel) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

async function fakeNcaLayer(behaviour: string): Promise<string> {
  return (await executeServerCommand<{ url: string }, unknown>('fake-ncalayer', { behaviour })).url;
}

describe('<sign-panel>', () => {
  for (const [name, state] of Object.entries(signPanelStates) as [string, SignPanelState][]) {
    for (const lang of locales) {
      it(`state "${name}" in ${lang}: accessible and localized`, async () => {
        const el = await renderState(state, lang);
        await expectAccessible(el);
        expect(text(el)).not.to.match(/\b(signing|error)\.[a-zA-Z-]+/); // no raw key
        if (state.error) expect(part(el, 'error-message')!.textContent!.trim()).to.equal(translate(lang, `error.${state.error}`));
        if ((state.status ?? 'choose') === 'choose') {
          expect(parts(el, 'method-button').map((b) => b.dataset.method)).to.deep.equal(state.offered);
        }
        if (state.smsState) {
          expect(part(el, 'code-hint')!.textContent).to.contain(translate(lang, 'signing.attemptsLeft', { n: state.smsState.attemptsLeft }));
          const resend = part(el, 'resend-button') as HTMLButtonElement;
          expect(resend.disabled).to.equal(state.smsState.cooldown > 0 || state.smsState.phase === 'confirming');
        }
      });
    }
  }

  it('signs with EDS through NCALayer and fires `signed`', async () => {
    const el = await fixture<SignPanel>(html`<sign-panel lang="ru" .signers=${{ eds: new NcaLayerSigner({ url: await fakeNcaLayer('success') }) }} .data=${data}></sign-panel>`);
    const signed = oneEvent(el, 'signed');
    part(el, 'method-button')!.click();
    await el.updateComplete;
    expect(el.status).to.equal('signing');
    expect(part(el, 'status')!.textContent!.trim()).to.equal(translate('ru', 'signing.ncalayerWait'));
    const { detail } = (await signed) as CustomEvent<SignedEventDetail>;
    expect(detail.method).to.equal('eds');
    expect(detail.signature.type).to.equal('ncalayer');
    await el.updateComplete;
    expect(el.status).to.equal('signed');
    expect(part(el, 'status')!.textContent!.trim()).to.equal(translate('ru', 'signing.signed'));
  });

  it('tells the parent to start NCALayer when it is not running', async () => {
    const el = await fixture<SignPanel>(html`<sign-panel lang="kk" .signers=${{ eds: new NcaLayerSigner({ url: await fakeNcaLayer('not-running') }) }} .data=${data}></sign-panel>`);
    const failed = oneEvent(el, 'sign-error');
    part(el, 'method-button')!.click();
    const { detail } = (await failed) as CustomEvent<SignErrorEventDetail>;
    expect(detail).to.deep.include({ method: 'eds', code: 'unavailable', id: 'ncalayer-unavailable' });
    await el.updateComplete;
    expect(part(el, 'error-message')!.getAttribute('role')).to.equal('alert');
    expect(part(el, 'error-message')!.textContent!.trim()).to.equal(translate('kk', 'error.ncalayer-unavailable'));
    expectFocused(el.shadowRoot!, part(el, 'retry-button'));
    part(el, 'retry-button')!.click();
    await el.updateComplete;
    expect(el.status).to.equal('choose');
  });

  it('cancel stops a signer that waits and says so', async () => {
    const el = await fixture<SignPanel>(html`<sign-panel lang="en" .signers=${{ eds: waitingSigner('ncalayer') }} .data=${data}></sign-panel>`);
    part(el, 'method-button')!.click();
    await el.updateComplete;
    const failed = oneEvent(el, 'sign-error');
    part(el, 'cancel-button')!.click();
    expect(((await failed) as CustomEvent<SignErrorEventDetail>).detail.code).to.equal('cancelled');
    await el.updateComplete;
    expect(part(el, 'error-message')!.textContent!.trim()).to.equal(translate('en', 'error.signing-cancelled'));
  });

  it('asks for the data lazily when `data` is a function', async () => {
    let asked = 0;
    const el = await fixture<SignPanel>(html`<sign-panel .signers=${{ eds: new NcaLayerSigner({ url: await fakeNcaLayer('success') }) }} .data=${async () => (asked++, data)}></sign-panel>`);
    const signed = oneEvent(el, 'signed');
    part(el, 'method-button')!.click();
    await signed;
    expect(asked).to.equal(1);
  });

  it('runs the SMS code flow: format, wrong code, cooldown, right code', async () => {
    const confirmed: string[] = [];
    const sms = new SmsCodeSigner({
      cooldownSeconds: 60,
      requestCode: async () => undefined,
      confirmCode: async (code) => (confirmed.push(code), code === '246810' ? 'host-token' : false),
    });
    const el = await fixture<SignPanel>(html`<sign-panel lang="en" .signers=${{ eds: waitingSigner('ncalayer'), sms }} .data=${data}></sign-panel>`);
    const signed = oneEvent(el, 'signed');
    parts(el, 'method-button').find((b) => b.dataset.method === 'sms')!.click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    const input = part(el, 'code-input') as HTMLInputElement;
    expectFocused(el.shadowRoot!, input);
    expect(input.getAttribute('autocomplete')).to.equal('one-time-code');
    expect((part(el, 'resend-button') as HTMLButtonElement).disabled).to.equal(true);
    expect(text(el)).to.contain(translate('en', 'signing.resendIn', { seconds: 60 }));

    const type = async (value: string) => {
      input.value = value;
      input.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      const confirm = part(el, 'confirm-button') as HTMLButtonElement;
      confirm.focus(); // as a parent who tabbed to the button
      confirm.click();
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
    };
    await type('12');
    expect(part(el, 'error-message')!.textContent!.trim()).to.equal(translate('en', 'error.sms-code-format'));
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(confirmed).to.deep.equal([]);

    await type('111111');
    expect(part(el, 'error-message')!.textContent!.trim()).to.equal(translate('en', 'error.sms-code-wrong'));
    expect(part(el, 'code-hint')!.textContent).to.contain(translate('en', 'signing.attemptsLeft', { n: 2 }));
    expectFocused(el.shadowRoot!, input); // back to the code, not lost to <body> while the button was busy

    await type('246-810'); // non-digits are dropped as typed
    const { detail } = (await signed) as CustomEvent<SignedEventDetail>;
    expect(detail).to.deep.equal({ method: 'sms', signature: { type: 'sms', value: 'host-token' } });
    expect(confirmed).to.deep.equal(['111111', '246810']);
  });
});
