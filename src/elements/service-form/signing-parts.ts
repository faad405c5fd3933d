// What the form engine needs to sign, loaded with <sign-panel> when the form first needs it
// (ServiceForm.loadParts), so the question steps do not carry payload assembly and WebCrypto signing.
export { canonicalJson, digestCanonical, utf8 } from '../../signing/canonical.js';
export { buildPayload } from '../../signing/payload.js';
export { WebCryptoSigner } from '../../signing/signers/webcrypto.js';
export { renderFailure, renderReceipt, renderSending, renderSigned } from './receipt.js';
