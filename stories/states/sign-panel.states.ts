// One list of <sign-panel> states: the stories show them, the tests check each one (axe, text, parts) in kk/ru/en.
import type { SignMethod, SignPanelStatus } from '../../src/elements/sign-panel/sign-panel.js';
import type { DeviceKind } from '../../src/signing/device.js';
import { SigningError, type Signature, type Signer } from '../../src/signing/signer.js';
import { EgovMobileSigner, type EgovMobileState } from '../../src/signing/signers/egov-mobile.js';
import { SmsCodeSigner, type SmsState } from '../../src/signing/signers/sms.js';

export interface SignPanelState {
  /** The signers given (the panel then offers what works on `device`). */
  offered: SignMethod[];
  status?: SignPanelStatus;
  method?: SignMethod;
  error?: string;
  smsState?: SmsState;
  mobileState?: EgovMobileState;
  /** Forced device (default: detected; the test browser is a desktop). */
  device?: DeviceKind;
}

/** An example session link, as a broker hands it out. */
export const exampleMobileLink = 'mobileSign:https://broker.example.kz/api/egovQr/3f9c2a71';

/** A pending eGov Mobile session that ends in `minutes`. */
function pendingSession(minutes: number): EgovMobileState {
  return { phase: 'pending', url: exampleMobileLink, expiresAt: Date.now() + minutes * 60_000 };
}

/** A signer that never finishes on its own (stories show the waiting state; tests cancel it). */
export function waitingSigner(type: 'ncalayer' | 'webcrypto'): Signer {
  return {
    type,
    isAvailable: async () => true,
    sign: (_bytes, options) =>
      new Promise<Signature>((_resolve, reject) => {
        options?.signal?.addEventListener('abort', () => reject(new SigningError('cancelled')));
      }),
  };
}

/** Signers for a state's offered methods: stand-ins that do nothing until a story or test drives them. */
export function signersFor(offered: SignMethod[]) {
  return {
    ...(offered.includes('eds') ? { eds: waitingSigner('ncalayer') } : {}),
    ...(offered.includes('webcrypto') ? { webcrypto: waitingSigner('webcrypto') } : {}),
    ...(offered.includes('mobile')
      ? { mobile: new EgovMobileSigner({ register: () => new Promise(() => undefined), poll: async () => ({ status: 'pending' }) }) }
      : {}),
    ...(offered.includes('sms')
      ? { sms: new SmsCodeSigner({ requestCode: async () => undefined, confirmCode: async () => false }) }
      : {}),
  };
}

export const signPanelStates = {
  /** EDS and SMS offered, nothing started. */
  choose: { offered: ['eds', 'sms'] },
  /** Only EDS offered. */
  edsOnly: { offered: ['eds'] },
  /** A development site: the test key besides EDS and SMS. */
  allMethods: { offered: ['eds', 'sms', 'webcrypto'] },
  /** Waiting for the parent in NCALayer's window. */
  signingEds: { offered: ['eds', 'sms'], status: 'signing', method: 'eds' },
  /** The code was sent; resend waits 42 s. */
  smsCode: { offered: ['eds', 'sms'], status: 'sms-code', method: 'sms', smsState: { phase: 'awaiting-code', attemptsLeft: 3, cooldown: 42 } },
  /** A wrong code: two attempts left, resend allowed again. */
  smsWrongCode: {
    offered: ['eds', 'sms'],
    status: 'sms-code',
    method: 'sms',
    smsState: { phase: 'awaiting-code', attemptsLeft: 2, cooldown: 0, error: 'sms-code-wrong' },
  },
  /** The back end checks the code. */
  smsChecking: { offered: ['sms'], status: 'sms-code', method: 'sms', smsState: { phase: 'confirming', attemptsLeft: 3, cooldown: 12 } },
  /** NCALayer is not running. */
  ncalayerUnavailable: { offered: ['eds', 'sms'], status: 'error', method: 'eds', error: 'ncalayer-unavailable' },
  /** The parent pressed Cancel. */
  cancelled: { offered: ['eds', 'sms'], status: 'error', method: 'eds', error: 'signing-cancelled' },
  /** Too many wrong SMS codes. */
  smsExhausted: { offered: ['eds', 'sms'], status: 'error', method: 'sms', error: 'sms-attempts-exhausted' },
  /** Signed. */
  signed: { offered: ['eds', 'sms'], status: 'signed', method: 'eds' },
  /** A desktop with every method a portal offers: EDS first, then eGov Mobile and SMS. */
  chooseDesktop: { offered: ['eds', 'mobile', 'sms'], device: 'desktop' },
  /** The same signers on a phone: no EDS (NCALayer is desktop-only), eGov Mobile first. */
  choosePhone: { offered: ['eds', 'mobile', 'sms'], device: 'mobile' },
  /** Only EDS offered, on a phone: nothing can work, and the panel says so. */
  edsOnlyOnPhone: { offered: ['eds'], device: 'mobile' },
  /** The host's broker opens the session. */
  mobilePreparing: { offered: ['eds', 'mobile'], status: 'mobile', method: 'mobile', mobileState: { phase: 'registering' }, device: 'desktop' },
  /** Waiting for eGov Mobile on a desktop: the QR code to scan, the link, the time left. */
  mobileQr: {
    offered: ['eds', 'mobile'],
    status: 'mobile',
    method: 'mobile',
    device: 'desktop',
    get mobileState() {
      return pendingSession(4.5); // from the moment it is shown
    },
  },
  /** Waiting for eGov Mobile on a phone: "Open eGov Mobile" leads. */
  mobileQrPhone: {
    offered: ['mobile', 'sms'],
    status: 'mobile',
    method: 'mobile',
    device: 'mobile',
    get mobileState() {
      return pendingSession(4.5);
    },
  },
  /** The QR code expired before the parent confirmed. */
  mobileExpired: { offered: ['eds', 'mobile'], status: 'error', method: 'mobile', error: 'mobile-expired' },
  /** The parent cancelled in the app. */
  mobileCancelled: { offered: ['eds', 'mobile'], status: 'error', method: 'mobile', error: 'mobile-cancelled' },
  /** The host's broker failed. */
  mobileBrokerFailed: { offered: ['eds', 'mobile'], status: 'error', method: 'mobile', error: 'mobile-broker-failed' },
  /** The host's broker did not answer. */
  mobileBrokerTimeout: { offered: ['eds', 'mobile'], status: 'error', method: 'mobile', error: 'mobile-broker-timeout' },
  /** The browser's local-network permission was denied. */
  ncalayerPermissionDenied: { offered: ['eds', 'mobile'], status: 'error', method: 'eds', error: 'ncalayer-permission-denied' },
  /** NCALayer without the basics module. */
  ncalayerOutdated: { offered: ['eds', 'mobile'], status: 'error', method: 'eds', error: 'ncalayer-outdated' },
  /** The host page's CSP does not allow the NCALayer socket. */
  ncalayerCspBlocked: { offered: ['eds', 'mobile'], status: 'error', method: 'eds', error: 'ncalayer-csp-blocked' },
  /** NCALayer closed the connection before answering. */
  ncalayerClosed: { offered: ['eds', 'mobile'], status: 'error', method: 'eds', error: 'ncalayer-closed' },
  /** NCALayer answered something that is not a signature. */
  ncalayerBadAnswer: { offered: ['eds', 'mobile'], status: 'error', method: 'eds', error: 'ncalayer-bad-answer' },
  /** A four-digit SMS code (`codeLength: 4`) typed wrongly. */
  smsFourDigits: {
    offered: ['sms'],
    status: 'sms-code',
    method: 'sms',
    smsState: { phase: 'awaiting-code', attemptsLeft: 3, cooldown: 0, codeLength: 4, error: 'sms-code-format' },
  },
} satisfies Record<string, SignPanelState>;
