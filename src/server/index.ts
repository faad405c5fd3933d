// egov-forms/server: what a host's server imports (Node 20+, no DOM). verifyPayload and the limits it holds a detail to.
import '../rules/zod-config.js';

export { verifyPayload, verifyCodes, signatureTypes } from './verify.js';
export type { Mismatch, ReceivedFile, SignatureType, VerifyCms, VerifyCode, VerifyOptions, VerifyResult, VerifySmsToken } from './verify.js';
export { limits } from './limits.js';
export { readCms, type CmsStructure } from './cms.js';
export { nameProblem, serverKind } from './sniff.js';
export { thumbprintOf as jwkThumbprint } from './jws.js';
export { canonicalJson, digestCanonical } from '../signing/canonical.js';
export { idempotencyInput, idempotencyKey, PAYLOAD_VERSION } from '../signing/payload.js';
export type { PayloadDocument, SignedPayload, SignedDetail } from '../signing/payload.js';
export { errorCodes, type ErrorCode } from '../rules/errors.js';
export type { ServiceId } from '../rules/ids.js';
export type { Registry, ChecklistOptions } from '../rules/checklist.js';
