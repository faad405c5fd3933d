// SMS code signer: the host's back end sends and checks a one-time code; this class holds the state a code-entry UI needs.
import { base64url, sha256 } from '../canonical.js';
import { abortedError, SigningError, type Signature, type Signer, type SignOptions } from '../signer.js';

/** The default number of digits in a code. */
export const SMS_CODE_LENGTH = 6;

/** The pure rule for a code the parent typed: exactly `length` ASCII digits (default 6; spaces around are the UI's to trim). */
export function isValidSmsCode(code: string, length: number = SMS_CODE_LENGTH): boolean {
  return code.length === length && /^[0-9]+$/.test(code);
}

/** What the host's callbacks learn about the operation: the digest of the bytes being confirmed. */
export interface SmsContext {
  /** SHA-256 (base64url) of the canonical payload bytes, to bind the code to this payload server-side. */
  digest: string;
  bytes: Uint8Array;
}

export interface SmsCodeSignerOptions {
  /** Ask the back end to send a code. May return the cooldown it imposes before a resend (seconds). */
  requestCode(context: SmsContext): Promise<void | { cooldownSeconds?: number; attempts?: number }>;
  /**
   * Ask the back end to check the code. Resolve with an opaque token (the signature value) when it
   * is right, `false`/`null` when it is wrong (an attempt is used); reject for anything else.
   */
  confirmCode(code: string, context: SmsContext): Promise<string | false | null>;
  /** Seconds before the code may be requested again (default 60). */
  cooldownSeconds?: number;
  /** Wrong codes allowed (default 3). */
  attempts?: number;
  /** Digits in a code (default 6, an integer from 4 to 10): the input's length and pattern and the messages follow it. */
  codeLength?: number;
  /** Whole-operation time limit in ms (none by default: the back end's code lifetime rules). */
  timeout?: number;
  /** The clock, for tests. */
  now?: () => number;
}

export type SmsPhase = 'idle' | 'requesting' | 'awaiting-code' | 'confirming' | 'done' | 'failed';

export interface SmsState {
  phase: SmsPhase;
  attemptsLeft: number;
  /** Whole seconds until a resend is allowed (0 = allowed now). */
  cooldown: number;
  /** The i18n `error.*` id of the last problem with a code (wrong, format, …), cleared on the next try. */
  error?: string;
  /** Digits in a code (default 6). */
  codeLength?: number;
}

/**
 * `sign()` asks the host to send a code and waits; the UI then calls `submitCode()` (and maybe
 * `resend()` or `cancel()`). A `change` event fires on every state change.
 */
export class SmsCodeSigner extends EventTarget implements Signer {
  readonly type = 'sms' as const;
  /** Digits in a code (the `codeLength` option, default 6). */
  readonly codeLength: number;
  private readonly options: SmsCodeSignerOptions;
  private readonly now: () => number;
  private phaseValue: SmsPhase = 'idle';
  private attempts: number;
  private cooldownUntil = 0;
  private cooldownSeconds: number;
  private errorId?: string;
  private context?: SmsContext;
  private pending?: { resolve: (s: Signature) => void; reject: (e: SigningError) => void; cleanup: () => void };

  constructor(options: SmsCodeSignerOptions) {
    super();
    const length = options.codeLength ?? SMS_CODE_LENGTH;
    if (!Number.isInteger(length) || length < 4 || length > 10) throw new RangeError(`codeLength must be an integer from 4 to 10, not ${String(options.codeLength)}`);
    this.codeLength = length;
    this.options = options;
    this.now = options.now ?? (() => Date.now());
    this.attempts = options.attempts ?? 3;
    this.cooldownSeconds = options.cooldownSeconds ?? 60;
  }

  async isAvailable(): Promise<boolean> {
    return typeof this.options.requestCode === 'function' && typeof this.options.confirmCode === 'function';
  }

  get state(): SmsState {
    return {
      phase: this.phaseValue,
      attemptsLeft: this.attempts,
      cooldown: this.cooldownRemaining(),
      codeLength: this.codeLength,
      ...(this.errorId ? { error: this.errorId } : {}),
    };
  }

  get attemptsLeft(): number {
    return this.attempts;
  }

  /** Whole seconds until `resend()` is allowed. */
  cooldownRemaining(): number {
    return Math.max(0, Math.ceil((this.cooldownUntil - this.now()) / 1000));
  }

  sign(bytes: Uint8Array, options: SignOptions = {}): Promise<Signature> {
    const aborted = abortedError(options.signal);
    if (aborted) return Promise.reject(aborted);
    if (this.pending) return Promise.reject(new SigningError('failed', { message: 'An SMS confirmation is already in progress' }));
    this.attempts = this.options.attempts ?? 3;
    this.errorId = undefined;

    return new Promise<Signature>((resolve, reject) => {
      const onAbort = () => this.fail(new SigningError('cancelled', { cause: options.signal?.reason }));
      options.signal?.addEventListener('abort', onAbort, { once: true });
      const timer =
        this.options.timeout !== undefined
          ? setTimeout(() => this.fail(new SigningError('timeout', { message: 'The SMS code was not confirmed in time' })), this.options.timeout)
          : undefined;
      this.pending = {
        resolve,
        reject,
        cleanup: () => {
          options.signal?.removeEventListener('abort', onAbort);
          if (timer !== undefined) clearTimeout(timer);
        },
      };
      void (async () => {
        try {
          this.context = { digest: base64url(await sha256(bytes)), bytes };
        } catch (cause) {
          this.fail(new SigningError('failed', { cause }));
          return;
        }
        await this.request();
      })();
    });
  }

  /** Sends the code again; refused (returns false) while the cooldown runs. */
  async resend(): Promise<boolean> {
    if (!this.pending || this.phaseValue !== 'awaiting-code' || this.cooldownRemaining() > 0) return false;
    await this.request();
    return true;
  }

  /**
   * Checks a code. Resolves true when it was accepted (the `sign()` promise then resolves), false
   * when it was not (see `state.error`: `sms-code-format`, `sms-code-wrong`); the last wrong
   * attempt rejects `sign()` with `failed` / `sms-attempts-exhausted`.
   */
  async submitCode(raw: string): Promise<boolean> {
    const pending = this.pending;
    const context = this.context;
    if (!pending || !context || this.phaseValue !== 'awaiting-code') return false;
    const code = raw.trim();
    if (!isValidSmsCode(code, this.codeLength)) {
      this.set('awaiting-code', 'sms-code-format');
      return false;
    }
    this.set('confirming');
    let token: string | false | null;
    try {
      token = await this.options.confirmCode(code, context);
    } catch (cause) {
      if (this.pending === pending) this.fail(new SigningError('failed', { cause, message: String(cause) }));
      return false;
    }
    if (this.pending !== pending) return false; // cancelled meanwhile
    if (typeof token === 'string' && token !== '') {
      this.settle();
      this.set('done');
      pending.resolve({ type: this.type, value: token });
      return true;
    }
    this.attempts -= 1;
    if (this.attempts <= 0) {
      this.fail(new SigningError('failed', { id: 'sms-attempts-exhausted' }));
    } else {
      this.set('awaiting-code', 'sms-code-wrong');
    }
    return false;
  }

  /** The parent gave up: `sign()` rejects with `cancelled`. */
  cancel(): void {
    if (this.pending) this.fail(new SigningError('cancelled'));
  }

  private async request(): Promise<void> {
    const pending = this.pending;
    const context = this.context;
    if (!pending || !context) return;
    this.set('requesting');
    try {
      const answer = await this.options.requestCode(context);
      if (this.pending !== pending) return;
      if (answer && typeof answer.cooldownSeconds === 'number') this.cooldownSeconds = answer.cooldownSeconds;
      if (answer && typeof answer.attempts === 'number') this.attempts = answer.attempts;
      this.cooldownUntil = this.now() + this.cooldownSeconds * 1000;
      this.set('awaiting-code');
    } catch (cause) {
      if (this.pending === pending) this.fail(new SigningError('unavailable', { id: 'sms-request-failed', cause, message: String(cause) }));
    }
  }

  private settle(): void {
    this.pending?.cleanup();
    this.pending = undefined;
  }

  private fail(error: SigningError): void {
    const pending = this.pending;
    if (!pending) return;
    this.settle();
    this.set('failed', error.id);
    pending.reject(error);
  }

  private set(phase: SmsPhase, errorId?: string): void {
    this.phaseValue = phase;
    this.errorId = errorId;
    this.dispatchEvent(new Event('change'));
  }
}
