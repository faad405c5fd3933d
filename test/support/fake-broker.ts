// A fake eGov Mobile broker (the host's back end of kz-facts B.7) for tests and stories: register/poll callbacks with scripted answers.
import type { EgovMobilePollResult, EgovMobilePollStatus, EgovMobileRegistration, EgovMobileSession } from '../../src/signing/index.js';

export interface FakeBrokerOptions {
  /** The session link (default a mobileSign: link to a broker URL). */
  url?: string;
  /** Session lifetime from registration (ms, default 120 000). */
  lifetimeMs?: number;
  /** Overrides the expiry handed back (to test a broken broker). */
  expiresAt?: EgovMobileSession['expiresAt'];
  /** Polls answered `pending` before the final status (default 1000: wait for `complete()`). */
  signAfterPolls?: number;
  /** The status after that (default `signed`). */
  finalStatus?: Exclude<EgovMobilePollStatus, 'pending'>;
  /** The CMS answered with `signed` (default: a DER structure carrying the SHA-256 of the registered data, PEM-armoured). */
  cms?: string;
  registerFails?: boolean;
  registerHangs?: boolean;
  pollFails?: boolean;
  pollHangs?: boolean;
  /** One poll (1-based) that fails. */
  failPollNumber?: number;
}

/** DER TLV with a definite length. */
function tlv(tag: number, body: Uint8Array): Uint8Array {
  const n = body.length;
  const length = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff];
  return new Uint8Array([tag, ...length, ...body]);
}

const SIGNED_DATA_OID = new Uint8Array([0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02]);

function b64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

/**
 * A stand-in CMS: ContentInfo { signedData, [0] { OCTET STRING sha256(data) } }. Real CMS is
 * checked with the host's PKI; `fakeVerifyCms` checks this one binds exactly the signed bytes.
 */
export async function fakeCmsFor(data: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>));
  // ContentInfo(signedData) → SignedData (detached: no eContent) with one SignerInfo whose "signature" is the
  // digest: shaped like eGov Mobile's CMS so a server parses it, bound to exactly these bytes for fakeVerifyCms.
  const cat = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((p) => [...p]));
  const sha256 = tlv(0x30, new Uint8Array([0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01]));
  const dataOid = new Uint8Array([0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01]);
  const signerInfo = tlv(0x30, cat(tlv(0x02, new Uint8Array([1])), tlv(0x80, digest.slice(0, 20)), sha256, tlv(0x04, digest)));
  const signedData = tlv(0x30, cat(tlv(0x02, new Uint8Array([1])), tlv(0x31, sha256), tlv(0x30, dataOid), tlv(0x31, signerInfo)));
  const der = tlv(0x30, cat(SIGNED_DATA_OID, tlv(0xa0, signedData)));
  return b64(der);
}

/** The host's `verifyCms` in tests: true when the CMS is the fake broker's over exactly these bytes. */
export async function fakeVerifyCms(cmsBase64: string, data: Uint8Array): Promise<boolean> {
  return cmsBase64 === (await fakeCmsFor(data));
}

export function fakeBroker(options: FakeBrokerOptions = {}) {
  const state = {
    registrations: [] as EgovMobileRegistration[],
    polls: 0,
    cancelled: 0,
    url: options.url ?? `mobileSign:https://broker.example.kz/api/egovQr/${Math.random().toString(36).slice(2, 10)}`,
    expiresAt: 0,
    cms: '',
    final: undefined as EgovMobilePollResult | undefined,
  };
  const never = new Promise<never>(() => undefined);
  const callbacks = {
    async register(registration: EgovMobileRegistration): Promise<EgovMobileSession> {
      state.registrations.push(registration);
      if (options.registerHangs) return never;
      if (options.registerFails) throw new Error('broker: 502 Bad Gateway');
      state.expiresAt = Date.now() + (options.lifetimeMs ?? 120_000);
      state.cms = await fakeCmsFor(registration.data);
      return { url: state.url, expiresAt: options.expiresAt ?? state.expiresAt };
    },
    async poll(): Promise<EgovMobilePollResult> {
      state.polls += 1;
      if (options.pollHangs) return never;
      if (options.pollFails || options.failPollNumber === state.polls) throw new Error('broker: network error');
      if (state.final) return state.final;
      if (state.polls > (options.signAfterPolls ?? 1000)) return finalAnswer(options.finalStatus ?? 'signed');
      return { status: 'pending' };
    },
    async cancel(): Promise<void> {
      state.cancelled += 1;
    },
  };
  function finalAnswer(status: Exclude<EgovMobilePollStatus, 'pending'>): EgovMobilePollResult {
    if (status !== 'signed') return { status };
    const cms = options.cms ?? `-----BEGIN CMS-----\n${state.cms.match(/.{1,64}/g)!.join('\n')}\n-----END CMS-----\n`;
    return { status, cms };
  }
  return {
    callbacks,
    /** The app finished: the next poll answers this status. */
    complete(status: Exclude<EgovMobilePollStatus, 'pending'> = 'signed') {
      state.final = finalAnswer(status);
    },
    get registrations() {
      return state.registrations;
    },
    get polls() {
      return state.polls;
    },
    get cancelled() {
      return state.cancelled;
    },
    get url() {
      return state.url;
    },
    get expiresAt() {
      return state.expiresAt;
    },
    /** The bare base64 CMS the broker hands back on `signed`. */
    get cms() {
      return state.cms;
    },
  };
}
