// Everything the steps after the questions need (documents, review, signing, the receipt), with their
// styles, loaded when the form first needs them (ServiceForm's parts: the parent focuses or types in
// the form, reaches the last question step, or a draft has files to put back). The question steps
// carry none of it.
export { canonicalJson, digestCanonical, utf8 } from '../../signing/canonical.js';
export { buildPayload } from '../../signing/payload.js';
export { SigningError } from '../../signing/signer.js';
export { WebCryptoSigner } from '../../signing/signers/webcrypto.js';
export { renderBudget, renderDocuments, renderDocument } from './documents-step.js';
export { renderReview } from './review-step.js';
export { renderSign, renderReceipt, renderSigned } from './sign-step.js';
import { stepsStyles } from './steps.styles.js';
import { receiptStyles } from './receipt.styles.js';

/** The styles of these steps, added to the form's shadow root when they arrive. */
export const styles = [stepsStyles, receiptStyles];
