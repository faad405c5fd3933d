// One list of <sign-panel> states: the stories show them, the tests check each one (axe, text, parts) in kk/ru/en.
import type { SignMethod, SignPanelStatus } from '../../src/elements/sign-panel/sign-panel.js';
import { SigningError, type Signature, type Signer } from '../../src/signing/signer.js';
import { SmsCodeSigner, type SmsState } from '../../src/signing/signers/sms.js';

export interface SignPanelState {
  offered: SignMethod[];
  status?: SignPanelStatus;
  method?: SignMethod;
  error?: string;
  smsState?: SmsState;
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
} satisfies Record<string, SignPanelState>;
