// Signing: canonical JSON, payload assembly and the signers behind one interface (WebCrypto, NCALayer, eGov Mobile, SMS); verification is egov-forms/server.
export * from './canonical.js';
export * from './cms.js';
export * from './jws.js';
export * from './payload.js';
export * from './signer.js';
export * from './device.js';
export * from './signers/egov-mobile.js';
export * from './signers/ncalayer.js';
export * from './signers/sms.js';
export * from './signers/webcrypto.js';
