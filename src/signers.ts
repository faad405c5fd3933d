// egov-forms/signers: the signers a host gives forms and <sign-panel> (`signers: { eds, mobile, sms, webcrypto }`) and the draft store; defines no element.
export { WebCryptoSigner, type WebCryptoSignerOptions } from './signing/signers/webcrypto.js';
export { NcaLayerSigner, NCALAYER_URL, connectSource, type NcaLayerSignerOptions } from './signing/signers/ncalayer.js';
export {
  EgovMobileSigner,
  isSafeMobileLink,
  type EgovMobileSignerOptions,
  type EgovMobileRegistration,
  type EgovMobileSession,
  type EgovMobilePollResult,
  type EgovMobilePollStatus,
  type EgovMobileState,
  type EgovMobilePhase,
} from './signing/signers/egov-mobile.js';
export {
  SmsCodeSigner,
  SMS_CODE_LENGTH,
  isValidSmsCode,
  type SmsCodeSignerOptions,
  type SmsContext,
  type SmsState,
  type SmsPhase,
} from './signing/signers/sms.js';
export { SigningError, isSigningError, signingErrorIds } from './signing/signer.js';
export type { Signer, Signature, SignerType, SignOptions, SigningErrorCode } from './signing/signer.js';
export { detectDevice, type DeviceKind } from './signing/device.js';
export { DraftStore, type DraftStoreOptions, type DraftStoreLike } from './drafts/store.js';
