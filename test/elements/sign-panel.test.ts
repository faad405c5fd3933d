// <sign-panel>: every state accessible and localized; EDS against the fake NCALayer (WSS); eGov Mobile with a fake broker (QR decoded back); the SMS code flow; cancel; errors.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/define/sign-panel.js';
import { methodsFor, type SignedEventDetail, type SignErrorEventDetail, type SignPanel } from '../../src/elements/sign-panel/sign-panel.js';
import { locales, translate, type Locale } from '../../src/i18n/localize.js';
import { EgovMobileSigner, NcaLayerSigner, SmsCodeSigner, utf8 } from '../../src/signing/index.js';
import { expectAccessible, expectFocused } from '../support/a11y.js';
import { fakeBroker, fakeVerifyCms } from '../support/fake-broker.js';
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
    .mobileState=${state.mobileState}
    device=${ifDefined(state.device)}
  ></sign-panel>`);
}

/** The QR code drawn in the panel, read back with jsQR from the pixels of a canvas it is painted on. */
async function decodeQr(svgElement: SVGSVGElement): Promise<string | undefined> {
  const jsQR = await loadJsQr();
  const markup = new XMLSerializer().serializeToString(svgElement);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  const side = 480;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = side;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, side, side);
  ctx.drawImage(image, 0, 0, side, side);
  const pixels = ctx.getImageData(0, 0, side, side);
  return jsQR(pixels.data, side, side)?.data;
}

type JsQr = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
/** jsqr ships a UMD bundle: loaded as a classic script, it sets `window.jsQR`. */
async function loadJsQr(): Promise<JsQr> {
  const w = window as unknown as { jsQR?: JsQr };
  if (!w.jsQR) {
    const script = document.createElement('script');
    script.src = '/node_modules/jsqr/dist/jsQR.js';
    document.head.append(script);
    await new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
  }
  return w.jsQR!;
}

const qrOf = (el: SignPanel) => el.shadowRoot!.querySelector<SVGSVGElement>('svg[part~="qr"]');

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
        if (state.mobileState?.url) await waitUntil(() => qrOf(el), 'the QR code is drawn', { timeout: 15000 });
        await expectAccessible(el);
        expect(text(el)).not.to.match(/\b(signing|error)\.[a-zA-Z-]+/); // no raw key
        const n = state.smsState?.codeLength ?? 6;
        if (state.error) expect(part(el, 'error-message')!.textContent!.trim()).to.equal(translate(lang, `error.${state.error}`, { n }));
        if ((state.status ?? 'choose') === 'choose') {
          expect(parts(el, 'method-button').map((b) => b.dataset.method)).to.deep.equal(methodsFor(state.device ?? 'desktop', state.offered));
        }
        if (state.smsState?.codeLength) {
          const input = part(el, 'code-input') as HTMLInputElement;
          expect(input.maxLength).to.equal(n);
          expect(input.pattern).to.equal(`[0-9]{${n}}`);
          expect(part(el, 'code-hint')!.textContent).to.contain(translate(lang, 'signing.codeHint', { n }));
        }
        if (state.status === 'mobile' && state.mobileState?.url) {
          expect(part(el, 'app-link')!.getAttribute('href')).to.equal(state.mobileState.url);
          expect(part(el, 'countdown')!.textContent).to.match(/\d:\d\d/);
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
    // The code is asked of the host, then the cooldown starts (slower on a busy machine: wait, don't sleep).
    await waitUntil(() => (part(el, 'resend-button') as HTMLButtonElement | null)?.disabled === true, 'the code was asked and the resend cooldown runs', { timeout: 5000 });
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
    expect(part(el, 'error-message')!.textContent!.trim()).to.equal(translate('en', 'error.sms-code-format', { n: 6 }));
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

  it('offers per device only what can work: EDS first on a desktop, no EDS and eGov Mobile first on a phone', async () => {
    const signers = signersFor(['eds', 'mobile', 'sms', 'webcrypto']);
    const desktop = await fixture<SignPanel>(html`<sign-panel device="desktop" .signers=${signers}></sign-panel>`);
    expect(parts(desktop, 'method-button').map((b) => b.dataset.method)).to.deep.equal(['eds', 'mobile', 'sms', 'webcrypto']);
    const phone = await fixture<SignPanel>(html`<sign-panel device="mobile" .signers=${signers}></sign-panel>`);
    const buttons = parts(phone, 'method-button');
    expect(buttons.map((b) => b.dataset.method)).to.deep.equal(['mobile', 'sms', 'webcrypto']);
    expect(buttons[0].classList.contains('primary')).to.equal(true);
    const edsOnly = await fixture<SignPanel>(html`<sign-panel lang="ru" device="mobile" .signers=${signersFor(['eds'])}></sign-panel>`);
    expect(parts(edsOnly, 'method-button')).to.deep.equal([]);
    expect(part(edsOnly, 'hint')!.textContent!.trim()).to.equal(translate('ru', 'signing.noMethodHere'));
    // Without `device`, the panel detects it: headless Chromium on Linux is a desktop.
    const detected = await fixture<SignPanel>(html`<sign-panel .signers=${signers}></sign-panel>`);
    expect(detected.device).to.equal('desktop');
  });

  it('eGov Mobile: QR code (decoded back to the link), app link, countdown, then signed and verified', async () => {
    const broker = fakeBroker();
    const mobile = new EgovMobileSigner({ ...broker.callbacks, pollInterval: 50 });
    const el = await fixture<SignPanel>(html`<sign-panel lang="en" device="desktop" .signers=${{ eds: waitingSigner('ncalayer'), mobile }} .data=${data}></sign-panel>`);
    const signed = oneEvent(el, 'signed');
    parts(el, 'method-button').find((b) => b.dataset.method === 'mobile')!.click();
    await waitUntil(() => qrOf(el), 'the QR code is drawn', { timeout: 15000 });
    expect(el.status).to.equal('mobile');
    expect(await decodeQr(qrOf(el)!)).to.equal(broker.url);
    expect(qrOf(el)!.getAttribute('aria-label')).to.equal(translate('en', 'signing.mobileQrLabel'));
    const link = part(el, 'app-link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal(broker.url);
    expect(link.textContent!.trim()).to.equal(translate('en', 'signing.mobileOpenApp'));
    expectFocused(el.shadowRoot!, link);
    expect(part(el, 'status')!.textContent!.trim()).to.equal(translate('en', 'signing.mobileWaiting'));
    const countdown = () => part(el, 'countdown')!.textContent!.trim();
    // Two minutes, counting down from the moment the link was made (a loaded machine may take a few seconds to get here).
    const left = /(\d+):(\d\d)/.exec(countdown());
    expect(countdown()).to.equal(translate('en', 'signing.mobileTimeLeft', { time: left?.[0] ?? '?' }));
    const seconds = Number(left![1]) * 60 + Number(left![2]);
    expect(seconds).to.be.within(105, 120);
    const first = countdown();
    await waitUntil(() => countdown() !== first, 'the countdown ticks', { timeout: 3000 });
    await expectAccessible(el);

    broker.complete('signed');
    const { detail } = (await signed) as CustomEvent<SignedEventDetail>;
    expect(detail).to.deep.equal({ method: 'mobile', signature: { type: 'egov-mobile', value: broker.cms } });
    expect(await fakeVerifyCms(detail.signature.value, data)).to.equal(true); // the host's verifyCms: over exactly these bytes
    expect(await fakeVerifyCms(detail.signature.value, utf8('{"service":"other"}'))).to.equal(false);
    await el.updateComplete;
    expect(el.status).to.equal('signed');
    expect(qrOf(el)).to.equal(null);
  });

  it('eGov Mobile: an expired QR code says so, and the parent starts again with a new one', async () => {
    const broker = fakeBroker({ lifetimeMs: 1200 });
    const mobile = new EgovMobileSigner({ ...broker.callbacks, pollInterval: 100 });
    const el = await fixture<SignPanel>(html`<sign-panel lang="ru" device="desktop" .signers=${{ mobile }} .data=${data}></sign-panel>`);
    const failed = oneEvent(el, 'sign-error');
    part(el, 'method-button')!.click();
    await waitUntil(() => qrOf(el), 'the QR code is drawn', { timeout: 15000 });
    const { detail } = (await failed) as CustomEvent<SignErrorEventDetail>;
    expect(detail).to.deep.include({ method: 'mobile', code: 'timeout', id: 'mobile-expired' });
    await el.updateComplete;
    expect(part(el, 'error-message')!.textContent!.trim()).to.equal(translate('ru', 'error.mobile-expired'));
    expect(qrOf(el)).to.equal(null);
    await expectAccessible(el);
    expectFocused(el.shadowRoot!, part(el, 'retry-button'));
    await sendKeys({ press: 'Enter' }); // "Try again" has the focus
    await el.updateComplete;
    expect(el.status).to.equal('choose');
    const signed = oneEvent(el, 'signed');
    part(el, 'method-button')!.click();
    await waitUntil(() => qrOf(el), 'a new QR code is drawn', { timeout: 15000 });
    broker.complete('signed');
    expect(((await signed) as CustomEvent<SignedEventDetail>).detail.signature.type).to.equal('egov-mobile');
    expect(broker.registrations.length).to.equal(2);
  });

  it('eGov Mobile: cancel stops waiting and tells the broker; a failing broker says so; both can start again', async () => {
    const broker = fakeBroker();
    const el = await fixture<SignPanel>(html`<sign-panel lang="kk" device="mobile" .signers=${{ mobile: new EgovMobileSigner({ ...broker.callbacks, pollInterval: 50 }) }} .data=${data}></sign-panel>`);
    part(el, 'method-button')!.click();
    await waitUntil(() => part(el, 'app-link'), 'the app link is shown', { timeout: 15000 });
    // On a phone the app link leads, before the QR code.
    const order = [...el.shadowRoot!.querySelectorAll('[part~="app-link"], [part~="qr"]')].map((n) => n.getAttribute('part'));
    expect(order[0]).to.equal('app-link');
    expect(part(el, 'hint')!.textContent!.trim()).to.equal(translate('kk', 'signing.mobileOnPhone'));
    const failed = oneEvent(el, 'sign-error');
    part(el, 'cancel-button')!.click();
    expect(((await failed) as CustomEvent<SignErrorEventDetail>).detail).to.deep.include({ method: 'mobile', code: 'cancelled' });
    expect(broker.cancelled).to.equal(1);

    const down = fakeBroker({ registerFails: true });
    el.signers = { mobile: new EgovMobileSigner(down.callbacks) };
    part(el, 'retry-button')!.click();
    await el.updateComplete;
    const refused = oneEvent(el, 'sign-error');
    part(el, 'method-button')!.click();
    expect(((await refused) as CustomEvent<SignErrorEventDetail>).detail).to.deep.include({ code: 'unavailable', id: 'mobile-broker-failed' });
    await el.updateComplete;
    expect(part(el, 'error-message')!.textContent!.trim()).to.equal(translate('kk', 'error.mobile-broker-failed'));
    expect(part(el, 'retry-button')).to.not.equal(null);
  });

  it('NCALayer answers reach the parent as specific messages: outdated, closed, broken, each with a way back', async () => {
    for (const [behaviour, id] of [
      ['module-not-found', 'ncalayer-outdated'],
      ['socket-closed', 'ncalayer-closed'],
      ['broken', 'ncalayer-bad-answer'],
      ['array', undefined],
    ] as const) {
      const el = await fixture<SignPanel>(html`<sign-panel lang="en" device="desktop" .signers=${{ eds: new NcaLayerSigner({ url: await fakeNcaLayer(behaviour) }) }} .data=${data}></sign-panel>`);
      const outcome = Promise.race([oneEvent(el, 'signed'), oneEvent(el, 'sign-error')]);
      part(el, 'method-button')!.click();
      const event = (await outcome) as CustomEvent<SignErrorEventDetail | SignedEventDetail>;
      await el.updateComplete;
      if (id === undefined) {
        expect(event.type, behaviour).to.equal('signed');
        expect((event.detail as SignedEventDetail).signature.type).to.equal('ncalayer');
        continue;
      }
      expect(event.type, behaviour).to.equal('sign-error');
      expect((event.detail as SignErrorEventDetail).id, behaviour).to.equal(id);
      expect(part(el, 'error-message')!.textContent!.trim()).to.equal(translate('en', `error.${id}`));
      expect(part(el, 'retry-button'), behaviour).to.not.equal(null);
    }
  });

  it('while waiting for NCALayer it says the browser may ask for access to apps on the device', async () => {
    const el = await fixture<SignPanel>(html`<sign-panel lang="en" device="desktop" .signers=${{ eds: waitingSigner('ncalayer') }} .data=${data}></sign-panel>`);
    part(el, 'method-button')!.click();
    await el.updateComplete;
    expect(parts(el, 'hint').map((h) => h.textContent!.trim())).to.include(translate('en', 'signing.ncalayerPermissionHint'));
    el.cancel();
  });

  it('an SMS signer with codeLength 4 takes a typed four-digit code', async () => {
    const sms = new SmsCodeSigner({ codeLength: 4, requestCode: async () => undefined, confirmCode: async (code) => (code === '2468' ? 'host-token' : false) });
    const el = await fixture<SignPanel>(html`<sign-panel lang="ru" .signers=${{ sms }} .data=${data}></sign-panel>`);
    const signed = oneEvent(el, 'signed');
    part(el, 'method-button')!.click();
    await waitUntil(() => el.smsState?.phase === 'awaiting-code', 'the code is sent', { timeout: 15000 });
    await el.updateComplete;
    const input = part(el, 'code-input') as HTMLInputElement;
    expectFocused(el.shadowRoot!, input);
    expect(input.maxLength).to.equal(4);
    expect(input.pattern).to.equal('[0-9]{4}');
    expect(part(el, 'code-hint')!.textContent).to.contain(translate('ru', 'signing.codeHint', { n: 4 }));
    expect(translate('ru', 'signing.codeHint', { n: 4 })).to.equal('4 цифры');
    await sendKeys({ type: '12' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'error-message'), 'the format error', { timeout: 15000 });
    expect(part(el, 'error-message')!.textContent!.trim()).to.equal(translate('ru', 'error.sms-code-format', { n: 4 }));
    expect(translate('ru', 'error.sms-code-format', { n: 4 })).to.contain('4-значный');
    input.focus();
    input.select();
    await sendKeys({ type: '246899' }); // the input keeps four digits
    expect(input.value).to.equal('2468');
    await sendKeys({ press: 'Enter' });
    expect(((await signed) as CustomEvent<SignedEventDetail>).detail.signature.value).to.equal('host-token');
  });
});
