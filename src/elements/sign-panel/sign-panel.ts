// The signing step: the parent picks EDS (NCALayer) or an SMS code, follows progress, can cancel, types the code, sees errors.
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { LocaleController } from '../../internal/locale-controller.js';
import { isSigningError, SigningError, type Signature, type Signer } from '../../signing/signer.js';
import { SMS_CODE_LENGTH, type SmsCodeSigner, type SmsState } from '../../signing/signers/sms.js';
import { tokens, visuallyHidden } from '../../styles/tokens.js';
import { styles } from './sign-panel.styles.js';

/** Ways of signing, in the order they are offered. */
export const signMethods = ['eds', 'sms', 'webcrypto'] as const;
export type SignMethod = (typeof signMethods)[number];

/** `choose` → `signing` (EDS, test key) or `sms-code` → `signed`, or `error` (back to `choose` on "try again"). */
export type SignPanelStatus = 'choose' | 'signing' | 'sms-code' | 'signed' | 'error';

export type SignPanelSigners = Partial<Record<'eds' | 'webcrypto', Signer>> & { sms?: SmsCodeSigner };

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
  sms: 'signing.signSms',
  webcrypto: 'signing.signWebcrypto',
};

/**
 * @tagname sign-panel
 * @summary Signing an application: the choice of EDS (NCALayer) or SMS code, progress, cancel,
 * the six-digit code with resend and attempts left, and errors in the parent's language.
 *
 * The host says what is offered through `signers` (`{ eds, sms, webcrypto }`, each a Signer; `sms`
 * an `SmsCodeSigner`) and what to sign through `data` (the canonical payload's UTF-8 bytes, or an
 * async function returning them, called when the parent chooses).
 *
 * @fires signed - `{ method, signature }` once a signer succeeded. Bubbles, composed.
 * @fires sign-error - `{ method, code, id, message }` when signing failed, timed out, was unavailable or cancelled. Bubbles, composed.
 *
 * @csspart base - The wrapper (a `<section>`).
 * @csspart title - The heading.
 * @csspart methods - The group of method buttons.
 * @csspart method-button - One method's button, with `data-method` (`eds`, `sms`, `webcrypto`).
 * @csspart status - The polite live region with progress and results.
 * @csspart hint - Guidance under the progress (what NCALayer will ask).
 * @csspart code-form - The SMS code form.
 * @csspart code-input - The six-digit input.
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
 *
 * @slot heading - Replaces the default heading text.
 */
export class SignPanel extends LitElement {
  static override styles = [tokens, visuallyHidden, styles];
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override properties = {
    signers: { attribute: false },
    data: { attribute: false },
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
  /** Level of the heading (2 by default). */
  declare headingLevel: number;
  private declare code: string;
  /** Re-render tick for the resend cooldown. */
  private declare now: number;

  private readonly i18n = new LocaleController(this, ['files']);

  /** @internal Also waits for a language loaded on a switch (LocaleController.ready). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let ready = this.i18n.ready; ; ready = this.i18n.ready) {
      await ready;
      if (ready === this.i18n.ready) break;
    }
    if (this.isUpdatePending) done = await super.getUpdateComplete();
    return done;
  }
  private abort?: AbortController;
  private ticker?: ReturnType<typeof setInterval>;
  private watchedSms?: SmsCodeSigner;
  private readonly onSmsChange = () => {
    this.smsState = this.watchedSms?.state;
  };

  constructor() {
    super();
    this.signers = {};
    this.status = 'choose';
    this.headingLevel = 2;
    this.code = '';
    this.now = 0;
  }

  /** The methods on offer, in a stable order. */
  get offered(): SignMethod[] {
    return signMethods.filter((m) => this.signers?.[m] !== undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTicker();
    this.abort?.abort();
    this.watchedSms?.removeEventListener('change', this.onSmsChange);
    this.watchedSms = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.i18n.update();
    if (changed.has('signers') && this.signers?.sms !== this.watchedSms) {
      this.watchedSms?.removeEventListener('change', this.onSmsChange);
      this.watchedSms = this.signers?.sms;
      this.watchedSms?.addEventListener('change', this.onSmsChange);
    }
    if (changed.has('status') || changed.has('smsState')) {
      if (this.status === 'sms-code' && (this.smsState?.cooldown ?? 0) > 0) this.startTicker();
      else this.stopTicker();
    }
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
    this.status = method === 'sms' ? 'sms-code' : 'signing';
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
      this.smsState = this.watchedSms?.state ?? this.smsState;
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
      ${this.method === 'eds' ? html`<p part="hint">${t('signing.ncalayerHint')}</p>` : nothing}
      <button type="button" part="cancel-button" class="secondary" @click=${() => this.cancel()}>${t('signing.cancel')}</button>
    </div>`;
  }

  private renderCodeForm() {
    const { t } = this.i18n;
    const sms = this.smsState ?? { phase: 'awaiting-code', attemptsLeft: 3, cooldown: 0 };
    const busy = sms.phase === 'requesting' || sms.phase === 'confirming';
    const cooldown = sms.cooldown;
    const error = sms.error;
    return html`<form part="code-form" novalidate @submit=${this.onSubmitCode}>
      <!-- Read out by the live region below; shown here for sighted users. -->
      <p class="lead" aria-hidden="true">${this.smsPhaseText()}</p>
      <label for="code">${t('signing.codeLabel')}</label>
      <p id="code-hint" part="code-hint" class="hint">
        ${t('signing.codeHint')} · ${t('signing.attemptsLeft', { n: sms.attemptsLeft })}
      </p>
      ${error
        ? html`<p id="code-error" part="error-message" class="error" role="alert">${t(`error.${error}`)}</p>`
        : nothing}
      <input
        id="code"
        part="code-input"
        name="code"
        inputmode="numeric"
        autocomplete="one-time-code"
        maxlength=${SMS_CODE_LENGTH}
        pattern="[0-9]{6}"
        spellcheck="false"
        aria-describedby=${error ? 'code-hint code-error' : 'code-hint'}
        aria-invalid=${error ? 'true' : 'false'}
        .value=${this.code}
        ?readonly=${busy}
        aria-busy=${busy ? 'true' : 'false'}
        @input=${(e: Event) => (this.code = (e.target as HTMLInputElement).value.replace(/\D+/g, '').slice(0, SMS_CODE_LENGTH))}
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

  private renderError() {
    const { t } = this.i18n;
    const id = this.error || 'signing-failed';
    return html`<p part="error-message" class="error" role="alert">${t(`error.${id}`)}</p>
      <button type="button" part="retry-button" class="primary" @click=${() => (this.status = 'choose')}>
        ${t('signing.tryAgain')}
      </button>`;
  }
}
