// NCALayer signer: detached CMS over the canonical bytes through the local NCALayer WebSocket (kz.gov.pki.knca.basics).
import { base64, fromBase64 } from '../canonical.js';
import { abortedError, SigningError, type Signature, type Signer, type SignOptions } from '../signer.js';

export const NCALAYER_URL = 'wss://127.0.0.1:13579/';

/** Key usage OID for signing (as opposed to authentication, …3.2). */
const EXT_KEY_USAGE_SIGNING = '1.3.6.1.5.5.7.3.4';

export interface NcaLayerSignerOptions {
  /** Default `wss://127.0.0.1:13579/`. */
  url?: string;
  /** How long the whole operation may take, the parent choosing a key and typing its password included (ms, default 180 000). */
  timeout?: number;
  /** How long to wait for the connection and NCALayer's greeting (ms, default 5 000). */
  connectTimeout?: number;
  /** NCALayer dialog language. NCALayer offers kk and ru; en is sent as ru (en is unconfirmed). */
  locale?: string;
  /** Key stores the parent may pick from; omitted = every store NCALayer supports. */
  allowedStorages?: string[];
  /** Add a TSA timestamp (NCALayer asks tsp.pki.gov.kz). Default true. */
  timestamp?: boolean;
  /** Restrict to one signer IIN (e.g. the applicant parent's). */
  iin?: string;
  /** Ask NCALayer to return the signer certificate alongside the CMS. */
  outputCert?: boolean;
  /** For tests and non-browser hosts. */
  WebSocket?: typeof WebSocket;
}

/** The JSON NCALayer receives (docs/reference/kz-facts.md B.2). */
export function ncaLayerRequest(bytes: Uint8Array, options: NcaLayerSignerOptions = {}): Record<string, unknown> {
  const locale = options.locale === 'kk' || options.locale === 'ru' ? options.locale : options.locale === 'en' ? 'ru' : 'kk';
  return {
    module: 'kz.gov.pki.knca.basics',
    method: 'sign',
    args: {
      allowedStorages: options.allowedStorages ?? null,
      format: 'cms',
      data: base64(bytes),
      signingParams: {
        decode: true, // data is base64 of the exact bytes to sign
        encapsulate: false, // detached: the canonical text travels beside the CMS
        digested: false,
        ...(options.timestamp === false ? {} : { tsaProfile: {} }),
        ...(options.outputCert ? { outputCert: true } : {}),
      },
      signerParams: {
        extKeyUsageOids: [EXT_KEY_USAGE_SIGNING],
        ...(options.iin ? { iin: options.iin } : {}),
      },
      locale,
    },
  };
}

/** PEM or bare base64 CMS → bare base64 of the DER (no armour, no line breaks), checked to decode. */
export function normaliseCms(text: string): string {
  const body = text.replace(/-----(BEGIN|END) [A-Z0-9 ]+-----/g, '').replace(/\s+/g, '');
  const der = fromBase64(body);
  if (der.length < 2 || der[0] !== 0x30) throw new TypeError('Not a DER SEQUENCE');
  return base64(der);
}

type Outcome = { kind: 'result'; signature: Signature } | { kind: 'error'; error: SigningError };

/** Reads one NCALayer response (basics module, plus the legacy commonUtils cancel form). */
export function interpretResponse(message: unknown): Outcome | { kind: 'greeting' } {
  if (!message || typeof message !== 'object') {
    return { kind: 'error', error: new SigningError('failed', { message: 'NCALayer sent something that is not JSON', details: message }) };
  }
  const m = message as Record<string, unknown>;
  // The greeting right after connecting: {"result":{"version":"1.2"}}.
  if (!('status' in m) && !('code' in m) && m.result && typeof m.result === 'object' && 'version' in (m.result as object)) {
    return { kind: 'greeting' };
  }
  if (m.status === true) {
    const body = (m.body ?? {}) as Record<string, unknown>;
    // The parent closed NCALayer's dialog: {"status":true,"body":{}}.
    if (!('result' in body) || body.result === null || body.result === undefined) {
      return { kind: 'error', error: new SigningError('cancelled') };
    }
    let result = body.result as unknown;
    let certificate: unknown;
    if (result && typeof result === 'object' && !Array.isArray(result)) {
      // With outputCert: { signatures, certificate }.
      const r = result as { signatures?: unknown; certificate?: unknown };
      certificate = r.certificate;
      result = r.signatures;
    }
    if (Array.isArray(result)) result = result[0];
    if (typeof result !== 'string') {
      return { kind: 'error', error: new SigningError('failed', { message: 'NCALayer returned no CMS', details: message }) };
    }
    try {
      const signature: Signature = { type: 'ncalayer', value: normaliseCms(result) };
      if (certificate !== undefined) signature.certificate = certificate;
      return { kind: 'result', signature };
    } catch (cause) {
      return { kind: 'error', error: new SigningError('failed', { message: 'NCALayer returned a malformed CMS', cause, details: message }) };
    }
  }
  // Legacy modules answer {"code":"500","message":"action.canceled"} on cancel.
  if (m.message === 'action.canceled') return { kind: 'error', error: new SigningError('cancelled') };
  return {
    kind: 'error',
    error: new SigningError('failed', {
      id: 'ncalayer-failed',
      message: `NCALayer: ${String(m.code ?? 'error')} ${String(m.message ?? '')}`.trim(),
      details: { code: m.code, message: m.message, details: m.details },
    }),
  };
}

/**
 * Signs through NCALayer. Connection refused → `unavailable` (id `ncalayer-unavailable`: "start
 * NCALayer"); the parent pressing Cancel → `cancelled`; an error response → `failed`; no answer
 * in time → `timeout`. The value is the detached CMS as base64 DER.
 */
export class NcaLayerSigner implements Signer {
  readonly type = 'ncalayer' as const;
  readonly options: NcaLayerSignerOptions;

  constructor(options: NcaLayerSignerOptions = {}) {
    this.options = options;
  }

  private get url(): string {
    return this.options.url ?? NCALAYER_URL;
  }

  /** Whether NCALayer answers on its socket (connects and closes; resolves false instead of rejecting). */
  async isAvailable(): Promise<boolean> {
    const WS = this.options.WebSocket ?? globalThis.WebSocket;
    if (!WS) return false;
    return new Promise<boolean>((resolve) => {
      let socket: WebSocket;
      try {
        socket = new WS(this.url);
      } catch {
        resolve(false);
        return;
      }
      const done = (value: boolean) => {
        clearTimeout(timer);
        socket.onopen = socket.onerror = socket.onclose = null;
        try {
          socket.close();
        } catch {
          /* already closed */
        }
        resolve(value);
      };
      const timer = setTimeout(() => done(false), this.options.connectTimeout ?? 5000);
      socket.onopen = () => done(true);
      socket.onerror = () => done(false);
      socket.onclose = () => done(false);
    });
  }

  sign(bytes: Uint8Array, options: SignOptions = {}): Promise<Signature> {
    const aborted = abortedError(options.signal);
    if (aborted) return Promise.reject(aborted);
    const WS = this.options.WebSocket ?? globalThis.WebSocket;
    if (!WS) return Promise.reject(new SigningError('unavailable', { id: 'ncalayer-unavailable', message: 'No WebSocket here' }));
    const request = JSON.stringify(ncaLayerRequest(bytes, this.options));

    return new Promise<Signature>((resolve, reject) => {
      let socket: WebSocket;
      let opened = false;
      let sent = false;
      let settled = false;
      const timers: ReturnType<typeof setTimeout>[] = [];

      const finish = (outcome: Outcome) => {
        if (settled) return;
        settled = true;
        timers.forEach(clearTimeout);
        options.signal?.removeEventListener('abort', onAbort);
        socket.onopen = socket.onmessage = socket.onerror = socket.onclose = null;
        try {
          socket.close();
        } catch {
          /* already closed */
        }
        if (outcome.kind === 'result') resolve(outcome.signature);
        else reject(outcome.error);
      };
      const fail = (error: SigningError) => finish({ kind: 'error', error });
      const unavailable = (message: string) => fail(new SigningError('unavailable', { id: 'ncalayer-unavailable', message }));
      const send = () => {
        if (sent || settled) return;
        sent = true;
        socket.send(request);
      };
      const onAbort = () => fail(new SigningError('cancelled', { cause: options.signal?.reason }));

      try {
        socket = new WS(this.url);
      } catch (cause) {
        reject(new SigningError('unavailable', { id: 'ncalayer-unavailable', cause, message: String(cause) }));
        return;
      }
      options.signal?.addEventListener('abort', onAbort, { once: true });

      timers.push(
        setTimeout(() => {
          if (!opened) unavailable('NCALayer did not accept the connection in time');
        }, this.options.connectTimeout ?? 5000),
        setTimeout(() => fail(new SigningError('timeout', { message: 'NCALayer did not answer in time' })), this.options.timeout ?? 180_000),
      );

      socket.onopen = () => {
        opened = true;
        // NCALayer greets first; a look-alike that stays silent still gets the request after a moment.
        timers.push(setTimeout(send, 1000));
      };
      socket.onmessage = (event: MessageEvent) => {
        let message: unknown;
        try {
          message = JSON.parse(String(event.data));
        } catch {
          message = event.data;
        }
        if (!sent) {
          const greeting = interpretResponse(message);
          if (greeting.kind === 'greeting') {
            send();
            return;
          }
        }
        const outcome = interpretResponse(message);
        if (outcome.kind === 'greeting') return;
        finish(outcome);
      };
      // Browsers give no reason for a failed WebSocket; before `open` it means nothing is listening.
      socket.onerror = () => {
        if (!opened) unavailable('Could not connect to NCALayer');
      };
      socket.onclose = () => {
        if (!opened) unavailable('Could not connect to NCALayer');
        else fail(new SigningError('failed', { id: 'ncalayer-failed', message: 'NCALayer closed the connection without an answer' }));
      };
    });
  }
}
