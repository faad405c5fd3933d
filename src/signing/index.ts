// Signing: canonical JSON, payload assembly and the signers behind one interface (verification is egov-forms/server).
export * from './canonical.js';
export * from './cms.js';
export * from './jws.js';
export * from './payload.js';
export * from './signer.js';
export * from './signers/ncalayer.js';
export * from './signers/sms.js';
export * from './signers/webcrypto.js';
