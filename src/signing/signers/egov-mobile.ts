// eGov Mobile signer: the host's broker opens a signing session (a mobileSign: link shown as a QR code or app link), the app signs, the broker hands back a CMS.
import { base64url, sha256 } from '../canonical.js';
import { abortedError, SigningError, type Signature, type Signer, type SignOptions } from '../signer.js';

/** What the host's broker receives to open a signing session. */
export interface EgovMobileRegistration {
  /** The exact bytes to sign (the canonical payload's UTF-8). */
  data: Uint8Array;
  /** Their SHA-256, base64url: the same value as the signed payload's `digest`. */
  digest: string;
}

/** The session the broker opened. */
export interface EgovMobileSession {
  /** The link the app opens (`mobileSign:…`, or an https link the broker gives); shown as the QR code and the app link. */
  url: string;
  /** When the session ends: a Date, an ISO string or epoch milliseconds. */
  expiresAt: Date | string | number;
}

export type EgovMobilePollStatus = 'pending' | 'signed' | 'expired' | 'cancelled';

export interface EgovMobilePollResult {
  status: EgovMobilePollStatus;
  /** With `signed`: the CMS the app returned (PEM or base64). */
  cms?: string;
}

export interface EgovMobileSignerOptions {
  /** Opens a signing session on the host's broker (kz-facts B.7). */
  register(registration: EgovMobileRegistration): Promise<EgovMobileSession>;
  /** Asks the broker where the session is. Called every `pollInterval` ms until it is no longer `pending`. */
  poll(): Promise<EgovMobilePollResult>;
  /** Tells the broker the parent gave up (optional; errors are ignored). */
  cancel?(): Promise<void> | void;
  /** Milliseconds between polls (default 2 000). A long-polling `poll` may take longer; the next call follows its answer. */
  pollInterval?: number;
  /** How long `register` or one `poll` may take before it counts as the broker not answering (ms, default 20 000). */
  requestTimeout?: number;
  /** Consecutive failed polls tolerated before giving up (default 3): a phone's network blinks. */
  pollRetries?: number;
  /** The clock, for tests. */
  now?: () => number;
}

export type EgovMobilePhase = 'idle' | 'registering' | 'pending' | 'done' | 'failed';

export interface EgovMobileState {
  phase: EgovMobilePhase;
  /** The session's link while `pending`. */
  url?: string;
  /** When the session ends (epoch ms) while `pending`. */
  expiresAt?: number;
  /** The i18n `error.*` id after `failed`. */
  error?: string;
}

/** Only links an app can open: `mobileSign:` (any case) and https. A `javascript:` link from a broken broker is never rendered. */
export function isSafeMobileLink(url: unknown): url is string {
  return typeof url === 'string' && /^(mobilesign:|https:)/i.test(url.trim());
}

/**
 * The CMS as the broker gave it, without PEM armour or line breaks; `undefined` when it is not
 * base64 (or base64url) text. The bytes are the host's to check with its PKI (`verifyCms`).
 */
export function mobileCms(text: string): string | undefined {
  const body = text.replace(/-----(BEGIN|END) [A-Z0-9 ]+-----/g, '').replace(/\s+/g, '');
  return /^[A-Za-z0-9+/_-]+={0,2}$/.test(body) ? body : undefined;
}

function toTime(value: Date | string | number): number {
  return value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
}

/**
 * Signs with eGov Mobile through the host's broker: `sign()` calls `register({ data, digest })`,
 * publishes the session (`state`, a `change` event per step) for the panel to show as a QR code
 * and an app link, then calls `poll()` until the broker says `signed` (resolves
 * `{ type: 'egov-mobile', value: <the CMS, base64, PEM armour removed> }`), `expired` (`timeout` / `mobile-expired`;
 * also when `expiresAt` passes with no answer), or `cancelled` (`cancelled` / `mobile-cancelled`).
 * A broker that fails is `unavailable` / `mobile-broker-failed`, one that does not answer in time
 * `unavailable` / `mobile-broker-timeout`; a `signed` without a CMS is `failed` / `mobile-bad-answer`.
 */
export class EgovMobileSigner extends EventTarget implements Signer {
  readonly type = 'egov-mobile' as const;
  readonly options: EgovMobileSignerOptions;
  private readonly now: () => number;
  private current: EgovMobileState = { phase: 'idle' };
  private running = false;

  constructor(options: EgovMobileSignerOptions) {
    super();
    if (typeof options?.register !== 'function' || typeof options?.poll !== 'function') {
      throw new TypeError('EgovMobileSigner needs the broker callbacks { register, poll }');
    }
    this.options = options;
    this.now = options.now ?? (() => Date.now());
  }

  /** eGov Mobile works on every device (a QR code on a computer, the app link on a phone) once the host gives a broker. */
  async isAvailable(): Promise<boolean> {
    return true;
  }

  get state(): EgovMobileState {
    return { ...this.current };
  }

  /** Whole seconds until the session expires (0 when none is pending). */
  secondsLeft(): number {
    const { phase, expiresAt } = this.current;
    if (phase !== 'pending' || expiresAt === undefined) return 0;
    return Math.max(0, Math.ceil((expiresAt - this.now()) / 1000));
  }

  async sign(bytes: Uint8Array, options: SignOptions = {}): Promise<Signature> {
    const aborted = abortedError(options.signal);
    if (aborted) throw aborted;
    if (this.running) throw new SigningError('failed', { message: 'An eGov Mobile signing is already in progress' });
    this.running = true;
    const { signal } = options;
    const stop = new AbortController(); // ends a pending wait when signing ends either way
    try {
      this.set({ phase: 'registering' });
      const digest = base64url(await sha256(bytes));
      const session = await this.request(() => this.options.register({ data: bytes, digest }), signal, 'register');
      if (!session || !isSafeMobileLink(session.url)) {
        throw new SigningError('unavailable', { id: 'mobile-broker-failed', message: 'The broker returned no usable mobileSign: link', details: session });
      }
      const expiresAt = toTime(session.expiresAt);
      if (!Number.isFinite(expiresAt)) {
        throw new SigningError('unavailable', { id: 'mobile-broker-failed', message: 'The broker returned no valid expiresAt', details: session });
      }
      this.set({ phase: 'pending', url: session.url.trim(), expiresAt });
      const signature = await this.waitForSignature(expiresAt, signal, stop.signal);
      this.set({ phase: 'done' });
      return signature;
    } catch (cause) {
      const error =
        cause instanceof SigningError
          ? cause
          : signal?.aborted
            ? new SigningError('cancelled', { cause })
            : new SigningError('failed', { cause, message: String(cause) });
      if (error.code === 'cancelled' && signal?.aborted && this.current.phase === 'pending') {
        try {
          void Promise.resolve(this.options.cancel?.()).catch(() => undefined);
        } catch {
          /* the host's cancel is best effort */
        }
      }
      this.set({ phase: 'failed', error: error.id });
      throw error;
    } finally {
      stop.abort();
      this.running = false;
    }
  }

  private async waitForSignature(expiresAt: number, signal: AbortSignal | undefined, stop: AbortSignal): Promise<Signature> {
    const interval = this.options.pollInterval ?? 2000;
    let failures = 0;
    for (;;) {
      if (this.now() >= expiresAt) throw new SigningError('timeout', { id: 'mobile-expired', message: 'The eGov Mobile session expired' });
      let answer: EgovMobilePollResult;
      try {
        answer = await this.request(() => this.options.poll(), signal, 'poll', expiresAt);
      } catch (error) {
        if (error instanceof SigningError && (error.code === 'cancelled' || error.id === 'mobile-expired')) throw error;
        failures += 1;
        if (failures > (this.options.pollRetries ?? 3)) throw error;
        await wait(interval, signal, stop);
        continue;
      }
      failures = 0;
      switch (answer?.status) {
        case 'signed': {
          if (typeof answer.cms !== 'string' || answer.cms === '') {
            throw new SigningError('failed', { id: 'mobile-bad-answer', message: 'The broker said signed but gave no CMS', details: answer });
          }
          const value = mobileCms(answer.cms);
          if (!value) throw new SigningError('failed', { id: 'mobile-bad-answer', message: 'The broker gave a CMS that is not base64', details: answer });
          return { type: this.type, value };
        }
        case 'expired':
          throw new SigningError('timeout', { id: 'mobile-expired', message: 'The eGov Mobile session expired' });
        case 'cancelled':
          throw new SigningError('cancelled', { id: 'mobile-cancelled', message: 'Signing was cancelled in eGov Mobile' });
        case 'pending':
          await wait(Math.min(interval, Math.max(0, expiresAt - this.now())), signal, stop);
          break;
        default:
          throw new SigningError('failed', { id: 'mobile-bad-answer', message: 'The broker answered an unknown status', details: answer });
      }
    }
  }

  /**
   * One call to the broker, bounded by `requestTimeout` (and the session's end when polling), and
   * by the parent cancelling. A rejection is `mobile-broker-failed`, silence `mobile-broker-timeout`.
   */
  private request<T>(call: () => Promise<T>, signal: AbortSignal | undefined, what: string, expiresAt?: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(new SigningError('cancelled', { cause: signal.reason }));
      let timer: ReturnType<typeof setTimeout> | undefined;
      const limit = this.options.requestTimeout ?? 20_000;
      const untilExpiry = expiresAt === undefined ? Infinity : Math.max(0, expiresAt - this.now());
      const done = () => {
        if (timer !== undefined) clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        done();
        reject(new SigningError('cancelled', { cause: signal?.reason }));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      timer = setTimeout(
        () => {
          done();
          reject(
            untilExpiry < limit
              ? new SigningError('timeout', { id: 'mobile-expired', message: 'The eGov Mobile session expired' })
              : new SigningError('unavailable', { id: 'mobile-broker-timeout', message: `The broker's ${what} did not answer in ${limit} ms` }),
          );
        },
        Math.min(limit, untilExpiry),
      );
      let promise: Promise<T>;
      try {
        promise = Promise.resolve(call());
      } catch (cause) {
        promise = Promise.reject(cause);
      }
      promise.then(
        (value) => {
          done();
          resolve(value);
        },
        (cause: unknown) => {
          done();
          reject(
            cause instanceof SigningError
              ? cause
              : new SigningError('unavailable', { id: 'mobile-broker-failed', cause, message: `The broker's ${what} failed: ${String(cause)}` }),
          );
        },
      );
    });
  }

  private set(state: EgovMobileState): void {
    this.current = state;
    this.dispatchEvent(new Event('change'));
  }
}

function wait(ms: number, signal: AbortSignal | undefined, stop: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new SigningError('cancelled', { cause: signal.reason }));
    const timer = setTimeout(finish, ms);
    function finish() {
      clearTimeout(timer);
      stop.removeEventListener('abort', onStop);
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }
    function onStop() {
      finish();
    }
    function onAbort() {
      clearTimeout(timer);
      stop.removeEventListener('abort', onStop);
      reject(new SigningError('cancelled', { cause: signal?.reason }));
    }
    stop.addEventListener('abort', onStop, { once: true });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
