// The signing step: the parent picks EDS (NCALayer), eGov Mobile (QR code or app link) or an SMS code, follows progress, can cancel, sees errors.
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { LocaleController } from '../../internal/locale-controller.js';
import type { QrPath } from '../../internal/qr.js';
import { detectDevice, type DeviceKind } from '../../signing/device.js';
import { isSigningError, SigningError, type Signature, type Signer } from '../../signing/signer.js';
import { isSafeMobileLink, type EgovMobileSigner, type EgovMobileState } from '../../signing/signers/egov-mobile.js';
import { SMS_CODE_LENGTH, type SmsCodeSigner, type SmsState } from '../../signing/signers/sms.js';
import { tokens, visuallyHidden } from '../../styles/tokens.js';
import { styles } from './sign-panel.styles.js';

/** Ways of signing, in the order they are offered on a desktop. */
export const signMethods = ['eds', 'mobile', 'sms', 'webcrypto'] as const;
export type SignMethod = (typeof signMethods)[number];

/**
 * The methods that can work on a device, in the order offered: on a desktop as given; on phones
 * and tablets eGov Mobile first and no EDS (NCALayer is a desktop application).
 */
export function methodsFor(device: DeviceKind, available: readonly SignMethod[]): SignMethod[] {
  const order: readonly SignMethod[] = device === 'mobile' ? ['mobile', 'sms', 'webcrypto'] : signMethods;
  return order.filter((m) => available.includes(m));
}

/** `choose` → `signing` (EDS, test key), `mobile` (QR code / app link) or `sms-code` → `signed`, or `error` (back to `choose` on "try again"). */
export type SignPanelStatus = 'choose' | 'signing' | 'mobile' | 'sms-code' | 'signed' | 'error';

/** `{ eds, mobile, sms, webcrypto }`: a missing key is a method not offered. */
export type SignPanelSigners = Partial<Record<'eds' | 'webcrypto', Signer>> & { sms?: SmsCodeSigner; mobile?: EgovMobileSigner };

export interface SignedEventDetail {
  method: SignMethod;
  signature: Signature;
}

export interface SignErrorEventDetail {
  method: SignMethod;
  code: SigningError['code'];
  /** The i18n `error.*` id of the text shown. */
  id: string;
  message: string;
}

const METHOD_TEXT: Record<SignMethod, string> = {
  eds: 'signing.signEds',
  mobile: 'signing.signMobile',
  sms: 'signing.signSms',
  webcrypto: 'signing.signWebcrypto',
};

/** `m:ss` for a countdown. */
function clock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * @tagname sign-panel
 * @summary Signing an application: the choice of EDS (NCALayer), eGov Mobile (a QR code, or the
 * app link on a phone) or an SMS code, progress, cancel, the code with resend and attempts left,
 * and errors in the parent's language.
 *
 * The host says what is offered through `signers` (`{ eds, mobile, sms, webcrypto }`: `eds` an
 * `NcaLayerSigner`, `mobile` an `EgovMobileSigner`, `sms` an `SmsCodeSigner`, `webcrypto` a
 * `WebCryptoSigner`) and what to sign through `data` (the canonical payload's UTF-8 bytes, or an
 * async function returning them, called when the parent chooses). Per device only what can work
 * is offered (`device`): no EDS on phones and tablets, where eGov Mobile comes first. Nothing
 * connects before the parent chooses: NCALayer's socket would raise the browser's local-network
 * prompt, and the QR encoder is loaded only for eGov Mobile.
 *
 * @fires signed - `{ method, signature }` once a signer succeeded. Bubbles, composed.
 * @fires sign-error - `{ method, code, id, message }` when signing failed, timed out, was unavailable or cancelled. Bubbles, composed.
 *
 * @csspart base - The wrapper (a `<section>`).
 * @csspart title - The heading.
 * @csspart methods - The group of method buttons.
 * @csspart method-button - One method's button, with `data-method` (`eds`, `mobile`, `sms`, `webcrypto`).
 * @csspart status - The polite live region with progress and results.
 * @csspart hint - Guidance under the progress (what NCALayer and the browser will ask; how to scan).
 * @csspart qr - The eGov Mobile QR code (an inline `<svg>`, drawn here from the session's link).
 * @csspart app-link - The link that opens eGov Mobile (`href` = the session's `mobileSign:` link); the main action on phones.
 * @csspart countdown - The time left before the eGov Mobile session expires.
 * @csspart code-form - The SMS code form.
 * @csspart code-input - The code input (`codeLength` digits, 6 by default).
 * @csspart code-hint - The code's format hint, attempts left and cooldown.
 * @csspart confirm-button - Confirms the code.
 * @csspart resend-button - Asks for a new code (disabled during the cooldown).
 * @csspart cancel-button - Stops signing.
 * @csspart error-message - The error (`role="alert"`).
 * @csspart retry-button - Back to the choice after an error.
 *
 * @cssprop --egov-sign-panel-title-size - Font size of the heading.
 * @cssprop --egov-color-accent - Primary buttons.
 * @cssprop --egov-color-error - Error text and the invalid input's border.
 * @cssprop --egov-color-success - The signed state.
 * @cssprop --egov-sign-panel-qr-size - Side of the QR code (default 14rem).
 *
 * @slot heading - Replaces the default heading text.
 */
export class SignPanel extends LitElement {
  static override styles = [tokens, visuallyHidden, styles];
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override properties = {
    signers: { attribute: false },
    data: { attribute: false },
    device: { reflect: true },
    mobileState: { attribute: false },
    qr: { state: true },
    status: { reflect: true },
    method: { reflect: true },
    error: { reflect: true },
    smsState: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    lang: { reflect: true },
    code: { state: true },
    now: { state: true },
  };

  /** The signers offered; a missing key is a method not offered. */
  declare signers: SignPanelSigners;
  /** What to sign: the canonical payload's bytes, or a function that builds them on demand. */
  declare data: Uint8Array | (() => Promise<Uint8Array>) | undefined;
  /** Where the panel is (set by the panel; settable to show a state, as the stories do). */
  declare status: SignPanelStatus;
  /** The method in progress or last used. */
  declare method: SignMethod | undefined;
  /** The i18n `error.*` id shown in the `error` status. */
  declare error: string | undefined;
  /** The SMS signer's state (attempts, cooldown, code error); follows `signers.sms`, settable for stories. */
  declare smsState: SmsState | undefined;
  /**
   * `desktop` or `mobile` (phones, tablets): what is offered and which eGov Mobile action leads.
   * Detected from the browser's capabilities when not set (see `detectDevice`).
   */
  declare device: DeviceKind;
  /** The eGov Mobile signer's state (the session's link and expiry); follows `signers.mobile`, settable for stories. */
  declare mobileState: EgovMobileState | undefined;
  /** The QR code drawn for `mobileState.url`. */
  private declare qr: (QrPath & { url: string }) | undefined;
  /** Level of the heading (2 by default). */
  declare headingLevel: number;
  private declare code: string;
  /** Re-render tick for the resend cooldown. */
  private declare now: number;

  private readonly i18n = new LocaleController(this, ['files']);

  /** @internal Also waits for a language loaded on a switch (LocaleController.ready). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    await this.i18n.settled();
    if (this.isUpdatePending) done = await super.getUpdateComplete();
    return done;
  }
  private abort?: AbortController;
  private ticker?: ReturnType<typeof setInterval>;
  private watchedSms?: SmsCodeSigner;
  private readonly onSmsChange = () => {
    this.smsState = this.watchedSms?.state;
  };
  private watchedMobile?: EgovMobileSigner;
  private readonly onMobileChange = () => {
    this.mobileState = this.watchedMobile?.state;
  };

  constructor() {
    super();
    this.signers = {};
    this.device = detectDevice();
    this.status = 'choose';
    this.headingLevel = 2;
    this.code = '';
    this.now = 0;
  }

  /** The methods on offer on this device, in the order shown. */
  get offered(): SignMethod[] {
    return methodsFor(
      this.device === 'mobile' ? 'mobile' : 'desktop',
      signMethods.filter((m) => this.signers?.[m] !== undefined),
    );
  }

  /** Digits in an SMS code: the SMS signer's `codeLength` (6 by default). */
  get codeLength(): number {
    return this.smsState?.codeLength ?? this.signers?.sms?.codeLength ?? SMS_CODE_LENGTH;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTicker();
    this.abort?.abort();
    this.watchedSms?.removeEventListener('change', this.onSmsChange);
    this.watchedSms = undefined;
    this.watchedMobile?.removeEventListener('change', this.onMobileChange);
    this.watchedMobile = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.i18n.update();
    if (changed.has('signers') && this.signers?.sms !== this.watchedSms) {
      this.watchedSms?.removeEventListener('change', this.onSmsChange);
      this.watchedSms = this.signers?.sms;
      this.watchedSms?.addEventListener('change', this.onSmsChange);
    }
    if (changed.has('signers') && this.signers?.mobile !== this.watchedMobile) {
      this.watchedMobile?.removeEventListener('change', this.onMobileChange);
      this.watchedMobile = this.signers?.mobile;
      this.watchedMobile?.addEventListener('change', this.onMobileChange);
    }
    if (changed.has('status') || changed.has('smsState') || changed.has('mobileState')) {
      const smsWaits = this.status === 'sms-code' && (this.smsState?.cooldown ?? 0) > 0;
      const mobileWaits = this.status === 'mobile' && this.mobileState?.phase === 'pending';
      if (smsWaits || mobileWaits) this.startTicker();
      else this.stopTicker();
    }
    if (changed.has('mobileState') || changed.has('status')) void this.drawQr();
  }

  /** Loads the QR encoder (its own chunk, on first use) and draws the session's link. */
  private async drawQr(): Promise<void> {
    const url = this.status === 'mobile' ? this.mobileState?.url : undefined;
    if (!url || !isSafeMobileLink(url)) {
      this.qr = undefined;
      return;
    }
    if (this.qr?.url === url) return;
    const { qrPath } = await import('../../internal/qr.js');
    if (this.mobileState?.url !== url) return; // a newer session meanwhile
    this.qr = { url, ...qrPath(url) };
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Move focus where the parent has to act next, so keyboard and screen-reader users follow.
    // The code input again after the signer was busy (code sent, wrong code, resent): a disabled
    // button that held focus loses it to <body>, and the next thing to do is type a code.
    const before = changed.get('smsState') as SmsState | undefined;
    if (
      this.status === 'sms-code' &&
      this.smsState?.phase === 'awaiting-code' &&
      before !== undefined &&
      before.phase !== 'awaiting-code'
    ) {
      this.renderRoot.querySelector<HTMLElement>('[part="code-input"]')?.focus();
    }
    // The session is open: the next thing to do is open the app (phones) or scan the code.
    const mobileBefore = changed.get('mobileState') as EgovMobileState | undefined;
    if (this.status === 'mobile' && this.mobileState?.phase === 'pending' && changed.has('mobileState') && mobileBefore?.phase !== 'pending') {
      this.renderRoot.querySelector<HTMLElement>('[part~="app-link"]')?.focus();
    }
    if (changed.has('status') && changed.get('status') !== undefined) {
      const target =
        this.status === 'sms-code'
          ? '[part="code-input"]'
          : this.status === 'error'
            ? '[part="retry-button"]'
            : this.status === 'choose'
              ? '[part="method-button"]'
              : null;
      if (target) this.renderRoot.querySelector<HTMLElement>(target)?.focus();
    }
  }

  /** Starts signing with a method (what the method buttons do). Resolves when signing ends either way. */
  async start(method: SignMethod): Promise<void> {
    const signer = this.signers?.[method];
    if (!signer || this.status === 'signing' || this.status === 'sms-code') return;
    this.method = method;
    this.error = undefined;
    this.code = '';
    this.abort = new AbortController();
    const { signal } = this.abort;
    this.status = method === 'sms' ? 'sms-code' : method === 'mobile' ? 'mobile' : 'signing';
    try {
      const bytes = typeof this.data === 'function' ? await this.data() : this.data;
      if (!bytes) throw new SigningError('failed', { message: 'Nothing to sign: set `data`' });
      const signature = await signer.sign(bytes, { signal });
      this.status = 'signed';
      this.emit<SignedEventDetail>('signed', { method, signature });
    } catch (cause) {
      const error = isSigningError(cause)
        ? cause
        : signal.aborted
          ? new SigningError('cancelled', { cause })
          : new SigningError('failed', { cause, message: String(cause) });
      this.error = error.id;
      this.status = 'error';
      this.emit<SignErrorEventDetail>('sign-error', { method, code: error.code, id: error.id, message: error.message });
    } finally {
      this.abort = undefined;
    }
  }

  /** Back to the choice after an error or a cancel (what "try again" does): nothing else is lost. */
  retry(): void {
    if (this.status !== 'error') return;
    this.error = undefined;
    this.status = 'choose';
  }

  /** Stops signing in progress (the signer rejects with `cancelled`). */
  cancel(): void {
    if (this.method === 'sms') this.signers?.sms?.cancel();
    this.abort?.abort();
  }

  private emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  private startTicker(): void {
    this.ticker ??= setInterval(() => {
      this.now = Date.now();
      if (this.status === 'sms-code') this.smsState = this.watchedSms?.state ?? this.smsState;
    }, 1000);
  }

  private stopTicker(): void {
    if (this.ticker !== undefined) clearInterval(this.ticker);
    this.ticker = undefined;
  }

  protected override render() {
    const { t } = this.i18n;
    const level = Math.min(6, Math.max(1, this.headingLevel || 2));
    return html`
      <section part="base" aria-labelledby="title">
        <div id="title" part="title" role="heading" aria-level=${level}>
          <slot name="heading">${t('signing.title')}</slot>
        </div>
        ${this.renderBody()}
        <div part="status" role="status" aria-live="polite" class=${this.status === 'sms-code' ? 'visually-hidden' : ''}>
          ${this.statusText()}
        </div>
      </section>
    `;
  }

  private statusText(): string {
    const { t } = this.i18n;
    switch (this.status) {
      case 'signing':
        return this.method === 'eds' ? t('signing.ncalayerWait') : t('signing.signing');
      case 'mobile':
        return this.mobileState?.phase === 'pending' ? t('signing.mobileWaiting') : t('signing.mobilePreparing');
      case 'sms-code':
        return this.smsPhaseText();
      case 'signed':
        return t('signing.signed');
      default:
        return '';
    }
  }

  private smsPhaseText(): string {
    const { t } = this.i18n;
    switch (this.smsState?.phase) {
      case 'requesting':
        return t('signing.requestingCode');
      case 'confirming':
        return t('signing.checkingCode');
      case 'awaiting-code':
        return t('signing.codeSent');
      default:
        return '';
    }
  }

  private renderBody() {
    switch (this.status) {
      case 'signing':
        return this.renderProgress();
      case 'sms-code':
        return this.renderCodeForm();
      case 'mobile':
        return this.renderMobile();
      case 'error':
        return this.renderError();
      case 'signed':
        return nothing;
      default:
        return this.renderChoice();
    }
  }

  private renderChoice() {
    const { t } = this.i18n;
    const offered = this.offered;
    // The host offered only what cannot work here (EDS on a phone): say so rather than show nothing.
    if (offered.length === 0 && Object.values(this.signers ?? {}).some(Boolean)) {
      return html`<p part="hint" class="lead">${t('signing.noMethodHere')}</p>`;
    }
    return html`<div part="methods" role="group" aria-label=${t('signing.chooseMethod')}>
      <p class="lead">${t('signing.chooseMethod')}</p>
      ${offered.map(
        (m, i) => html`<button
          type="button"
          part="method-button"
          data-method=${m}
          class=${i === 0 ? 'primary' : 'secondary'}
          @click=${() => void this.start(m)}
        >
          ${t(METHOD_TEXT[m])}
        </button>`,
      )}
    </div>`;
  }

  private renderProgress() {
    const { t } = this.i18n;
    return html`<div class="progress">
      <span class="spinner" aria-hidden="true"></span>
      ${this.method === 'eds'
        ? html`<p part="hint">${t('signing.ncalayerHint')}</p>
            <p part="hint">${t('signing.ncalayerPermissionHint')}</p>`
        : nothing}
      <button type="button" part="cancel-button" class="secondary" @click=${() => this.cancel()}>${t('signing.cancel')}</button>
    </div>`;
  }

  private renderCodeForm() {
    const { t } = this.i18n;
    const sms = this.smsState ?? { phase: 'awaiting-code', attemptsLeft: 3, cooldown: 0 };
    const n = this.codeLength;
    const busy = sms.phase === 'requesting' || sms.phase === 'confirming';
    const cooldown = sms.cooldown;
    const error = sms.error;
    return html`<form part="code-form" novalidate @submit=${this.onSubmitCode}>
      <!-- Read out by the live region below; shown here for sighted users. -->
      <p class="lead" aria-hidden="true">${this.smsPhaseText()}</p>
      <label for="code">${t('signing.codeLabel')}</label>
      <p id="code-hint" part="code-hint" class="hint">
        ${t('signing.codeHint', { n })} · ${t('signing.attemptsLeft', { n: sms.attemptsLeft })}
      </p>
      ${error
        ? html`<p id="code-error" part="error-message" class="error" role="alert">${t(`error.${error}`, { n })}</p>`
        : nothing}
      <input
        id="code"
        part="code-input"
        name="code"
        inputmode="numeric"
        autocomplete="one-time-code"
        maxlength=${n}
        minlength=${n}
        pattern=${`[0-9]{${n}}`}
        spellcheck="false"
        aria-describedby=${error ? 'code-hint code-error' : 'code-hint'}
        aria-invalid=${error ? 'true' : 'false'}
        .value=${this.code}
        ?readonly=${busy}
        aria-busy=${busy ? 'true' : 'false'}
        @input=${(e: Event) => (this.code = (e.target as HTMLInputElement).value.replace(/\D+/g, '').slice(0, n))}
      />
      <div class="actions">
        <button type="submit" part="confirm-button" class="primary" ?disabled=${busy}>${t('signing.confirm')}</button>
        <button
          type="button"
          part="resend-button"
          class="secondary"
          ?disabled=${busy || cooldown > 0}
          @click=${() => void this.signers?.sms?.resend()}
        >
          ${t('signing.resend')}
        </button>
        <button type="button" part="cancel-button" class="secondary" @click=${() => this.cancel()}>${t('signing.cancel')}</button>
      </div>
      ${cooldown > 0 ? html`<p class="hint" part="cooldown">${t('signing.resendIn', { seconds: cooldown })}</p>` : nothing}
    </form>`;
  }

  private onSubmitCode = (event: Event) => {
    event.preventDefault();
    void this.signers?.sms?.submitCode(this.code);
  };

  private renderMobile() {
    const { t } = this.i18n;
    const state = this.mobileState;
    const url = state?.phase === 'pending' && isSafeMobileLink(state.url) ? state.url : undefined;
    const phone = this.device === 'mobile';
    if (!url) {
      return html`<div class="progress">
        <span class="spinner" aria-hidden="true"></span>
        <button type="button" part="cancel-button" class="secondary" @click=${() => this.cancel()}>${t('signing.cancel')}</button>
      </div>`;
    }
    const left = state?.expiresAt === undefined ? 0 : (state.expiresAt - Date.now()) / 1000;
    const link = html`<a part="app-link" class=${phone ? 'button primary' : 'button secondary'} href=${url}>${t('signing.mobileOpenApp')}</a>`;
    const qr = this.qr?.url === url
      ? html`<svg
          part="qr"
          role="img"
          aria-label=${t('signing.mobileQrLabel')}
          viewBox=${`0 0 ${this.qr.size} ${this.qr.size}`}
          shape-rendering="crispEdges"
          xmlns="http://www.w3.org/2000/svg"
        >
          <rect width=${this.qr.size} height=${this.qr.size} fill="#ffffff"></rect>
          <path d=${this.qr.d} fill="#000000"></path>
        </svg>`
      : html`<span class="qr-placeholder spinner" aria-hidden="true"></span>`;
    return html`<div class="mobile ${phone ? 'phone' : 'desktop'}">
      <p part="hint">${phone ? t('signing.mobileOnPhone') : t('signing.mobileScan')}</p>
      ${phone ? html`<div class="actions">${link}</div>${qr}` : html`${qr}<div class="actions">${link}</div>`}
      <p part="countdown" class="hint">${t('signing.mobileTimeLeft', { time: clock(left) })}</p>
      <div class="actions">
        <button type="button" part="cancel-button" class="secondary" @click=${() => this.cancel()}>${t('signing.cancel')}</button>
      </div>
    </div>`;
  }

  private renderError() {
    const { t } = this.i18n;
    const id = this.error || 'signing-failed';
    return html`<p part="error-message" class="error" role="alert">${t(`error.${id}`, { n: this.codeLength })}</p>
      <button type="button" part="retry-button" class="primary" @click=${() => this.retry()}>
        ${t('signing.tryAgain')}
      </button>`;
  }
}
