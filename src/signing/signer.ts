// The one interface every signer (WebCrypto, NCALayer, eGov Mobile, SMS code) implements, and its typed error.

export type SignerType = 'webcrypto' | 'ncalayer' | 'egov-mobile' | 'sms';

/** What a signer returns: `value` is a JWS (webcrypto), a base64 DER CMS (ncalayer, egov-mobile) or the host's token (sms). */
export interface Signature {
  type: string;
  value: string;
  /** The public key (JWK) for webcrypto; the signer certificate when NCALayer returns one. */
  certificate?: unknown;
}

export interface SignOptions {
  signal?: AbortSignal;
}

export interface Signer {
  readonly type: SignerType;
  /** Whether this signer can work here and now (NCALayer running, WebCrypto present, …). Never rejects. */
  isAvailable(): Promise<boolean>;
  /** Signs exactly these bytes (the UTF-8 of the canonical payload). Rejects with SigningError. */
  sign(bytes: Uint8Array, options?: SignOptions): Promise<Signature>;
}

export type SigningErrorCode = 'cancelled' | 'unavailable' | 'failed' | 'timeout';

/** Error ids (kebab-case, keys of the i18n `error` namespace) for each code, used when no finer reason applies. */
export const signingErrorIds: Record<SigningErrorCode, string> = {
  cancelled: 'signing-cancelled',
  unavailable: 'signer-unavailable', // the id src/rules/errors.ts already lists
  failed: 'signing-failed',
  timeout: 'signing-timeout',
};

/**
 * A signing failure with a stable `code` for program logic and an `id` (an i18n `error.*` key)
 * for the text to show, e.g. code `unavailable`, id `ncalayer-unavailable` ("start NCALayer").
 */
export class SigningError extends Error {
  override readonly name = 'SigningError';
  readonly code: SigningErrorCode;
  readonly id: string;
  /** Whatever the signer's backend said (an NCALayer error code and message, …), for logs only. */
  readonly details?: unknown;

  constructor(code: SigningErrorCode, options: { id?: string; message?: string; details?: unknown; cause?: unknown } = {}) {
    super(options.message ?? options.id ?? signingErrorIds[code], { cause: options.cause });
    this.code = code;
    this.id = options.id ?? signingErrorIds[code];
    this.details = options.details;
  }
}

export function isSigningError(error: unknown): error is SigningError {
  return error instanceof SigningError;
}

/** A rejection for an already aborted signal, or undefined. */
export function abortedError(signal: AbortSignal | undefined): SigningError | undefined {
  return signal?.aborted ? new SigningError('cancelled', { cause: signal.reason }) : undefined;
}
