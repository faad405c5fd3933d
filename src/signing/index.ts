// Signing: canonical JSON, payload assembly, the signers behind one interface, and verification.
export * from './canonical.js';
export * from './cms.js';
export * from './jws.js';
export * from './payload.js';
export * from './signer.js';
export * from './signers/ncalayer.js';
export * from './signers/sms.js';
export * from './signers/webcrypto.js';
export { signatureTypes, verifyPayload } from './verify.js';
export type { Mismatch, ReceivedFile, SignatureType, VerifyOptions, VerifyResult } from './verify.js';
