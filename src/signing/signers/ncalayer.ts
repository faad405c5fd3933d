// NCALayer signer: detached CMS over the canonical bytes through the local NCALayer WebSocket (kz.gov.pki.knca.basics).
import { base64, fromBase64 } from '../canonical.js';
import { detectDevice } from '../device.js';
import { abortedError, SigningError, type Signature, type Signer, type SignOptions } from '../signer.js';

export const NCALAYER_URL = 'wss://127.0.0.1:13579/';

/** Key usage OID for signing (as opposed to authentication, …3.2). */
const EXT_KEY_USAGE_SIGNING = '1.3.6.1.5.5.7.3.4';

export interface NcaLayerSignerOptions {
  /** Default `wss://127.0.0.1:13579/`. */
  url?: string;
  /** How long the whole operation may take, the parent choosing a key and typing its password included (ms, default 180 000). */
  timeout?: number;
  /**
   * How long to wait for the connection (ms, default 60 000). Long on purpose: Chrome's Local
   * Network Access asks the parent before a public site may reach 127.0.0.1, and the socket stays
   * unopened until they answer. Nothing listening fails at once, whatever this says.
   */
  connectTimeout?: number;
  /**
   * The browser's permission for reaching this device's loopback address, read after a failed
   * connection to tell "not allowed" from "not running". Default: `navigator.permissions` for
   * `local-network-access` (Chrome 142+), `loopback-network` and `local-network` (later names).
   */
  permissionState?: () => Promise<PermissionState | undefined>;
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
    return { kind: 'error', error: new SigningError('failed', { id: 'ncalayer-bad-answer', message: 'NCALayer sent something that is not JSON', details: message }) };
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
    // NCALayer since about October 2024 answers an array (one CMS per document), older ones a string.
    if (Array.isArray(result)) result = result.length === 1 ? result[0] : undefined;
    if (typeof result !== 'string') {
      return { kind: 'error', error: new SigningError('failed', { id: 'ncalayer-bad-answer', message: 'NCALayer returned no CMS', details: message }) };
    }
    try {
      const signature: Signature = { type: 'ncalayer', value: normaliseCms(result) };
      if (certificate !== undefined) signature.certificate = certificate;
      return { kind: 'result', signature };
    } catch (cause) {
      return { kind: 'error', error: new SigningError('failed', { id: 'ncalayer-bad-answer', message: 'NCALayer returned a malformed CMS', cause, details: message }) };
    }
  }
  // Legacy modules answer {"code":"500","message":"action.canceled"} on cancel.
  if (m.message === 'action.canceled') return { kind: 'error', error: new SigningError('cancelled') };
  // An NCALayer without the basics module (too old): the parent has to update it.
  if (m.code === 'MODULE_NOT_FOUND') {
    return {
      kind: 'error',
      error: new SigningError('unavailable', {
        id: 'ncalayer-outdated',
        message: `NCALayer has no kz.gov.pki.knca.basics module: ${String(m.message ?? '')}`.trim(),
        details: { code: m.code, message: m.message, details: m.details },
      }),
    };
  }
  if (m.status !== false && !('code' in m)) {
    return { kind: 'error', error: new SigningError('failed', { id: 'ncalayer-bad-answer', message: 'NCALayer sent an answer of an unknown shape', details: message }) };
  }
  return {
    kind: 'error',
    error: new SigningError('failed', {
      id: 'ncalayer-failed',
      message: `NCALayer: ${String(m.code ?? 'error')} ${String(m.message ?? '')}`.trim(),
      details: { code: m.code, message: m.message, details: m.details },
    }),
  };
}

/** The permission names Chrome has used for reaching loopback addresses (Local Network Access). */
const LOOPBACK_PERMISSIONS = ['local-network-access', 'loopback-network', 'local-network'];

/** Reads the browser's local-network permission; `undefined` where the browser has no such permission. */
export async function loopbackPermissionState(): Promise<PermissionState | undefined> {
  const permissions = globalThis.navigator?.permissions;
  if (!permissions?.query) return undefined;
  let found: PermissionState | undefined;
  for (const name of LOOPBACK_PERMISSIONS) {
    try {
      const status = await permissions.query({ name: name as PermissionName });
      if (status.state === 'denied') return 'denied';
      found ??= status.state;
    } catch {
      /* this browser does not know the name */
    }
  }
  return found;
}

/** `wss://127.0.0.1:13579` for `wss://127.0.0.1:13579/`: what a page's `connect-src` must list. */
export function connectSource(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  } catch {
    return url;
  }
}

/** Whether a CSP violation report names this socket (browsers report the URL or only its origin). */
function blocks(event: SecurityPolicyViolationEvent, url: string): boolean {
  const directive = event.effectiveDirective || event.violatedDirective || '';
  if (!/^(connect-src|default-src)/.test(directive)) return false;
  return connectSource(event.blockedURI) === connectSource(url);
}

function cspError(url: string, cause?: unknown): SigningError {
  const source = connectSource(url);
  // For the host's developer, who can fix it; the parent sees the localized `ncalayer-csp-blocked`.
  console.error(
    `egov-forms: this page's Content-Security-Policy blocks the NCALayer socket ${source}. ` +
      `Add it to connect-src, e.g. "connect-src 'self' ${source}" (the address of NcaLayerSigner's \`url\`).`,
  );
  return new SigningError('unavailable', { id: 'ncalayer-csp-blocked', message: `CSP connect-src does not allow ${source}`, cause });
}

/**
 * Signs through NCALayer. It connects only when `sign()` is called, i.e. after the parent chose
 * EDS: a connection to 127.0.0.1 raises Chrome's local-network permission prompt, which must
 * follow the parent's choice, never a page load. Failures, each with its own `id`:
 * nothing listening → `unavailable` / `ncalayer-unavailable` ("start NCALayer"); the browser's
 * local-network permission denied → `unavailable` / `ncalayer-permission-denied`; this page's CSP
 * blocks the socket → `unavailable` / `ncalayer-csp-blocked` (and a console error naming the
 * `connect-src` to add); an NCALayer without the basics module (`MODULE_NOT_FOUND`) →
 * `unavailable` / `ncalayer-outdated`; the parent pressing Cancel → `cancelled`; an error
 * response → `failed` / `ncalayer-failed`; an answer that is not a CMS → `failed` /
 * `ncalayer-bad-answer`; the socket closed before an answer → `failed` / `ncalayer-closed`;
 * no answer in time → `timeout`. The value is the detached CMS as bare base64 DER, whether
 * NCALayer answered a string or an array, PEM or bare base64.
 */
export class NcaLayerSigner implements Signer {
  readonly type = 'ncalayer' as const;
  readonly options: NcaLayerSignerOptions;

  constructor(options: NcaLayerSignerOptions = {}) {
    this.options = options;
  }

  /** The socket address (default `wss://127.0.0.1:13579/`); the page's CSP `connect-src` must allow it. */
  get url(): string {
    return this.options.url ?? NCALAYER_URL;
  }

  /**
   * Whether EDS through NCALayer can work in this browser: it has WebSocket and runs on a desktop
   * (NCALayer is a desktop application). It does not connect, so it raises no permission prompt;
   * whether NCALayer runs is known only when signing.
   */
  async isAvailable(): Promise<boolean> {
    const WS = this.options.WebSocket ?? globalThis.WebSocket;
    return typeof WS === 'function' && detectDevice() === 'desktop';
  }

  sign(bytes: Uint8Array, options: SignOptions = {}): Promise<Signature> {
    const aborted = abortedError(options.signal);
    if (aborted) return Promise.reject(aborted);
    const WS = this.options.WebSocket ?? globalThis.WebSocket;
    if (!WS) return Promise.reject(new SigningError('unavailable', { id: 'ncalayer-unavailable', message: 'No WebSocket here' }));
    const request = JSON.stringify(ncaLayerRequest(bytes, this.options));
    const url = this.url;
    const permissionState = this.options.permissionState ?? loopbackPermissionState;

    return new Promise<Signature>((resolve, reject) => {
      let socket: WebSocket | undefined;
      let opened = false;
      let sent = false;
      let settled = false;
      let connectFailing = false;
      let cspBlocked: SecurityPolicyViolationEvent | undefined;
      const timers: ReturnType<typeof setTimeout>[] = [];
      const doc = globalThis.document as Document | undefined;

      const onViolation = (event: SecurityPolicyViolationEvent) => {
        if (blocks(event, url)) cspBlocked = event;
      };
      const finish = (outcome: Outcome) => {
        if (settled) return;
        settled = true;
        timers.forEach(clearTimeout);
        options.signal?.removeEventListener('abort', onAbort);
        doc?.removeEventListener('securitypolicyviolation', onViolation);
        if (socket) {
          socket.onopen = socket.onmessage = socket.onerror = socket.onclose = null;
          try {
            socket.close();
          } catch {
            /* already closed */
          }
        }
        if (outcome.kind === 'result') resolve(outcome.signature);
        else reject(outcome.error);
      };
      const fail = (error: SigningError) => finish({ kind: 'error', error });
      /**
       * The socket did not open. Browsers give no reason, so ask what else is known: a CSP
       * violation for this address (its event may arrive just after the error), then the
       * local-network permission; otherwise nothing listens.
       */
      const connectFailed = (message: string, cause?: unknown) => {
        if (connectFailing || settled) return;
        connectFailing = true;
        void (async () => {
          await new Promise((r) => setTimeout(r, 50));
          if (cspBlocked) return fail(cspError(url, cause));
          let state: PermissionState | undefined;
          try {
            state = await permissionState();
          } catch {
            state = undefined;
          }
          if (state === 'denied') {
            return fail(new SigningError('unavailable', { id: 'ncalayer-permission-denied', message: 'The browser does not let this page reach 127.0.0.1 (local network access denied)', cause }));
          }
          fail(new SigningError('unavailable', { id: 'ncalayer-unavailable', message, cause }));
        })();
      };
      const send = () => {
        if (sent || settled || !socket) return;
        sent = true;
        socket.send(request);
      };
      const onAbort = () => fail(new SigningError('cancelled', { cause: options.signal?.reason }));

      doc?.addEventListener('securitypolicyviolation', onViolation);
      options.signal?.addEventListener('abort', onAbort, { once: true });
      try {
        socket = new WS(url);
      } catch (cause) {
        // Older engines throw SecurityError at once when the CSP forbids the address.
        if ((cause as { name?: string })?.name === 'SecurityError') {
          fail(cspError(url, cause));
          return;
        }
        fail(new SigningError('unavailable', { id: 'ncalayer-unavailable', cause, message: String(cause) }));
        return;
      }

      timers.push(
        setTimeout(() => {
          if (!opened) connectFailed('NCALayer did not accept the connection in time');
        }, this.options.connectTimeout ?? 60_000),
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
      // Browsers give no reason for a failed WebSocket; before `open` it means nothing is listening,
      // the permission was denied, or the CSP forbids the address.
      socket.onerror = () => {
        if (!opened) connectFailed('Could not connect to NCALayer');
      };
      socket.onclose = () => {
        if (!opened) connectFailed('Could not connect to NCALayer');
        else fail(new SigningError('failed', { id: 'ncalayer-closed', message: 'NCALayer closed the connection without an answer' }));
      };
    });
  }
}
