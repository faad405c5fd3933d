// verifyPayload: re-derives a signed detail (canonical text, digests, answers, signature) and lists every mismatch. DOM-free.
import { requiredDocuments, type ChecklistOptions, type Registry } from '../rules/checklist.js';
import { documentSpec, excessFiles, missingDocuments, submittedTypes } from '../rules/documents.js';
import type { ErrorCode } from '../rules/errors.js';
import { isDocumentId } from '../rules/ids.js';
import type { RuleContext } from '../rules/service.js';
import { services } from '../rules/services/index.js';
import { validateAnswers } from '../rules/validate.js';
import { base64url, canonicalJson, digestCanonical, sha256, utf8 } from './canonical.js';
import { inspectCms } from './cms.js';
import { jwkThumbprint, verifyDetachedJws } from './jws.js';
import { idempotencyKey, keyInputsOf, PAYLOAD_VERSION, type PayloadDocument, type SignedPayload } from './payload.js';

export { base64url, canonicalJson, digestCanonical, sha256, utf8 } from './canonical.js';
export { idempotencyInput, idempotencyKey, kazakhstanIso, PAYLOAD_VERSION } from './payload.js';
export type { PayloadDocument, SignedPayload } from './payload.js';
export type { Signature } from './signer.js';

/** A file as the server received it: a File/Blob, or its name and bytes (a Uint8Array, any other typed array or DataView, or an ArrayBuffer). */
export type ReceivedFile = Blob | { name?: string; type?: string; bytes: Uint8Array | ArrayBuffer | ArrayBufferView };

/**
 * The codes only verification gives (what a signed detail can get wrong that a form never shows a
 * parent). A mismatch's code is one of these or a rules `ErrorCode` (answers, documents, files).
 */
export const verifyCodes = [
  'detail-malformed',
  'canonical-invalid',
  'canonical-mismatch',
  'digest-mismatch',
  'service-mismatch',
  'service-unknown',
  'version-unsupported',
  'created-at-format',
  'idempotency-key-mismatch',
  'answers-not-normalised',
  'file-missing',
  'file-unexpected',
  'size-mismatch',
  'sha256-mismatch',
  'name-mismatch',
  'type-mismatch',
  'signature-type',
  'signature-malformed',
  'signature-invalid',
  'signature-key-mismatch',
  'signature-key-untrusted',
  'cms-malformed',
  'cms-content-mismatch',
] as const;
export type VerifyCode = (typeof verifyCodes)[number] | ErrorCode;

export interface Mismatch {
  /** Where, e.g. `digest`, `payload.documents[1].sha256`, `answers.child.iin`, `signature`. */
  path: string;
  /** What: a verification code (`verifyCodes`) or a rules error code (answers, documents, files). */
  code: VerifyCode;
  expected?: string;
  actual?: string;
}

/** The signature types a signed detail can carry. */
export const signatureTypes = ['webcrypto', 'ncalayer', 'sms'] as const;
export type SignatureType = (typeof signatureTypes)[number];

export interface VerifyOptions {
  /**
   * Accept webcrypto signatures only from these public keys (JWK or RFC 7638 thumbprint). Without
   * `acceptSignatures`, giving keys also means only webcrypto is accepted: a host that pins keys
   * expects a JWS, and an `sms` or `ncalayer` detail would otherwise pass unpinned.
   */
  trustedKeys?: Array<JsonWebKey | string>;
  /**
   * The signature types this host accepts; another type is `signature-type-not-accepted`. Default:
   * `['webcrypto']` when `trustedKeys` is given, else every type (an `ncalayer` or `sms` detail is
   * then `ok` with `signatureVerified: false`: see `VerifyResult.ok`).
   */
  acceptSignatures?: SignatureType[];
  /** Context for the service's cross-field rules (default: `now` = the payload's createdAt). */
  ruleContext?: RuleContext;
  /**
   * What the state systems hold for this family, as the host gave the form (missing keys mean
   * false). When given, the documents are checked against the service's checklist for the signed
   * answers: each required document with too few files is `document-missing`, and a document the
   * checklist does not list is `document-unexpected`. Without it, only the document ids are checked.
   */
  registry?: Partial<Registry>;
  /** The checklist options the form had (e.g. `medicalCertificates: 'required'`); used with `registry`. */
  checklistOptions?: ChecklistOptions;
}

export interface VerifyResult {
  /**
   * No mismatch. That is all it says about the signature when `signatureVerified` is false
   * (`ncalayer`, `sms`): nothing here checked it cryptographically, and the host's server must
   * still do what `hostMustVerify` says before trusting the detail. Hosts that only take signatures
   * verified here set `acceptSignatures: ['webcrypto']` (or `trustedKeys`).
   */
  ok: boolean;
  mismatches: Mismatch[];
  /** Whether the signature itself was checked cryptographically here (only webcrypto JWS is). */
  signatureVerified: boolean;
  /**
   * What this function cannot check and the host's server must: for `ncalayer`, the CMS signature
   * and its certificate chain/revocation with the host's PKI (NCA RK, GOST algorithms); for
   * `sms`, that the token is one its own back end issued for this digest.
   */
  hostMustVerify?: 'cms-signature-and-certificate-chain' | 'sms-token';
}

/**
 * Checks a `signed-payload` detail against the files received beside it (in the order of
 * `payload.documents`; default `detail.files`; `null` counts as not given). Never throws and never
 * rejects, whatever it is given: everything wrong is a mismatch. `files` that is not an array is
 * `detail-malformed` at `files`; a file whose bytes cannot be read is `file-unreadable` at
 * `files[i]`; anything that could not be checked at all is `detail-malformed` at its path, with the
 * reason in `actual`. Codes: `detail-malformed`, `service-mismatch`, `service-unknown`, `canonical-invalid`,
 * `canonical-mismatch`, `digest-mismatch`, `version-unsupported`, `created-at-format`,
 * `idempotency-key-mismatch`, `answers-not-normalised` (plus rules codes for answers),
 * `document-unknown` (a `payload.documents[i].doc` that is no document id, always checked),
 * `too-many-files` (at `payload.documents`, more files than the document consists of, always
 * checked; expected: the document id, actual: the number of files given), `file-type` (at
 * `payload.documents[i].type`, a type the kit never sends for that document: a JPEG for every
 * image, a PDF as given; always checked), `document-missing` (at `payload.documents`; expected:
 * the document id, actual: the number of files given) and `document-unexpected` (with `registry` only),
 * `file-missing`, `file-unexpected`, `file-unreadable`, `size-mismatch`, `sha256-mismatch`, `name-mismatch`,
 * `type-mismatch`, `signature-type`, `signature-malformed`, `signature-invalid`,
 * `signature-key-mismatch`, `signature-key-untrusted`, `signature-type-not-accepted`,
 * `cms-malformed`, `cms-content-mismatch`.
 */
export async function verifyPayload(
  detail: unknown,
  files?: readonly ReceivedFile[],
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  const mismatches: Mismatch[] = [];
  const add: Add = (path, code, expected, actual) => {
    const m: Mismatch = { path, code };
    if (expected !== undefined) m.expected = text(expected);
    if (actual !== undefined) m.actual = text(actual);
    mismatches.push(m);
  };
  let signature: SignatureOutcome = { signatureVerified: false };
  try {
    signature = await check(detail, files, isObject(options) ? options : {}, add);
  } catch (error) {
    // The last resort behind the checks' own guards (a throwing getter, a Proxy…): reported, never thrown.
    add('', 'detail-malformed', undefined, reason(error));
    signature = { signatureVerified: false };
  }
  return {
    ok: mismatches.length === 0,
    mismatches,
    signatureVerified: signature.signatureVerified,
    ...(signature.hostMustVerify ? { hostMustVerify: signature.hostMustVerify } : {}),
  };
}

type Add = (path: string, code: VerifyCode, expected?: unknown, actual?: unknown) => void;
type SignatureOutcome = { signatureVerified: boolean; hostMustVerify?: VerifyResult['hostMustVerify'] };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A value as mismatch text; never throws (an object without toString, a Symbol…). */
function text(value: unknown): string {
  try {
    return typeof value === 'string' ? value : typeof value === 'object' && value !== null ? JSON.stringify(value) ?? String(value) : String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : text(error);
}

async function check(detail: unknown, files: unknown, options: VerifyOptions, add: Add): Promise<SignatureOutcome> {
  const result = (signatureVerified: boolean, hostMustVerify?: VerifyResult['hostMustVerify']): SignatureOutcome => ({
    signatureVerified,
    ...(hostMustVerify ? { hostMustVerify } : {}),
  });

  if (!isObject(detail)) {
    add('', 'detail-malformed');
    return result(false);
  }
  const d = detail;
  const canonical = d.canonical;
  if (typeof canonical !== 'string' || !isObject(d.payload)) {
    add('', 'detail-malformed');
    return result(false);
  }

  // 1. The canonical text is the signed thing; the payload object must be exactly it.
  let signed: SignedPayload | undefined;
  try {
    signed = JSON.parse(canonical) as SignedPayload;
    if (canonicalJson(signed) !== canonical) add('canonical', 'canonical-invalid');
  } catch {
    add('canonical', 'canonical-invalid');
  }
  let recomputed: string | undefined;
  try {
    recomputed = canonicalJson(d.payload);
  } catch {
    add('payload', 'detail-malformed');
  }
  if (recomputed !== undefined && recomputed !== canonical) {
    for (const path of differingPaths(d.payload, signed)) add(path === '' ? 'payload' : `payload.${path}`, 'canonical-mismatch');
    if (!signed) add('canonical', 'canonical-mismatch');
  }
  // What follows checks what was signed (the canonical text), falling back to the payload object.
  const payload = (isObject(signed) ? signed : d.payload) as unknown as SignedPayload;

  // 2. Digest.
  const digest = await digestCanonical(canonical);
  if (d.digest !== digest) add('digest', 'digest-mismatch', digest, d.digest);

  // 3. Envelope fields.
  if (d.service !== payload.service) add('service', 'service-mismatch', payload.service, d.service);
  if (payload.version !== PAYLOAD_VERSION) add('payload.version', 'version-unsupported', PAYLOAD_VERSION, payload.version);
  const created = typeof payload.createdAt === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+05:00$/.test(payload.createdAt)
    ? new Date(payload.createdAt)
    : undefined;
  if (!created || Number.isNaN(created.getTime())) add('payload.createdAt', 'created-at-format', undefined, payload.createdAt);

  const keyInputs = keyInputsOf(payload.answers);
  if (!keyInputs || typeof payload.service !== 'string') {
    add('payload.idempotencyKey', 'idempotency-key-mismatch', undefined, payload.idempotencyKey);
  } else {
    const key = await idempotencyKey(payload.service, keyInputs.iin, keyInputs.schoolYear);
    if (payload.idempotencyKey !== key) add('payload.idempotencyKey', 'idempotency-key-mismatch', key, payload.idempotencyKey);
  }

  // 4. Answers: the service's schema and its cross-field rules, as the form ran them (errors only; warnings never block).
  // Own keys only: a payload naming '__proto__' or 'toString' is an unknown service.
  const service = typeof payload.service === 'string' && Object.hasOwn(services, payload.service)
    ? (payload.service as keyof typeof services)
    : undefined;
  if (!service) {
    add('payload.service', 'service-unknown', undefined, payload.service);
  } else {
    try {
      const context: RuleContext = { ...(created ? { now: created } : {}), ...(isObject(options.ruleContext) ? options.ruleContext : {}) };
      const validation = validateAnswers(service, payload.answers, context);
      // "The validated answers": what the form signed must be the schema's own output.
      if (validation.data !== undefined && canonicalJson(validation.data) !== canonicalJson(payload.answers)) {
        add('payload.answers', 'answers-not-normalised');
      }
      for (const issue of validation.issues) {
        if (issue.severity !== 'warning') add(answerPath(issue.path), issue.code);
      }
    } catch (error) {
      // A host's ruleContext the rules cannot use (an ageCutoff that is not a date): the answers are unchecked.
      add('payload.answers', 'detail-malformed', undefined, reason(error));
    }
  }

  // 5. Documents against the rules: ids always; the service's checklist when the host gives the registry.
  const documents: unknown[] = Array.isArray(payload.documents) ? payload.documents : [];
  const attached: Record<string, number> = {};
  documents.forEach((entry, i) => {
    if (!isObject(entry)) return; // reported with the files below
    if (!isDocumentId(entry.doc)) {
      add(`payload.documents[${i}].doc`, 'document-unknown', undefined, entry.doc);
      return;
    }
    attached[entry.doc] = (Object.hasOwn(attached, entry.doc) ? attached[entry.doc] : 0) + 1;
    // What the kit sends for this kind of document: a JPEG for every image, a PDF as given.
    const types = submittedTypes[documentSpec(entry.doc).kind];
    if (!types.includes(entry.type as string)) add(`payload.documents[${i}].type`, 'file-type', types.join(','), entry.type);
  });
  for (const issue of excessFiles(attached)) add('payload.documents', 'too-many-files', issue.params?.document, issue.params?.have);
  if (options.registry !== undefined && service) {
    try {
      const checklistOptions = isObject(options.checklistOptions) ? options.checklistOptions : {};
      const checklist = requiredDocuments(service, payload.answers, options.registry, checklistOptions);
      const listed = new Set<string>(checklist.map((item) => item.doc));
      documents.forEach((entry, i) => {
        if (isObject(entry) && isDocumentId(entry.doc) && !listed.has(entry.doc)) {
          add(`payload.documents[${i}].doc`, 'document-unexpected', undefined, entry.doc);
        }
      });
      // The same rule the form blocks on before signing.
      for (const issue of missingDocuments(checklist, attached)) {
        add('payload.documents', 'document-missing', issue.params?.document, issue.params?.have);
      }
    } catch (error) {
      add('payload.documents', 'detail-malformed', undefined, reason(error));
    }
  }

  // 6. Files: each one's bytes against its document entry.
  const given = files ?? d.files;
  let received: unknown[] | undefined = [];
  if (Array.isArray(given)) received = given;
  else if (given !== undefined && given !== null) {
    // Not a list: which file is which cannot be told, so no file is compared.
    add('files', 'detail-malformed', 'an array of files', Object.prototype.toString.call(given));
    received = undefined;
  }
  for (let i = 0; received && i < Math.max(documents.length, received.length); i++) {
    const entry = documents[i];
    const file = received[i];
    if (i >= documents.length) {
      add(`files[${i}]`, 'file-unexpected', undefined, nameOf(file));
      continue;
    }
    const at = `payload.documents[${i}]`;
    if (!isObject(entry)) {
      add(at, 'detail-malformed');
      continue;
    }
    const doc = entry as Partial<PayloadDocument>;
    if (file === undefined || file === null) {
      add(`files[${i}]`, 'file-missing', doc.name);
      continue;
    }
    const bytes = await bytesOf(file);
    if (!bytes) {
      add(`files[${i}]`, 'file-unreadable', undefined, nameOf(file));
      continue;
    }
    if (bytes.length !== doc.size) add(`${at}.size`, 'size-mismatch', doc.size, bytes.length);
    const hash = base64url(await sha256(bytes));
    if (hash !== doc.sha256) add(`${at}.sha256`, 'sha256-mismatch', doc.sha256, hash);
    const name = nameOf(file);
    if (name !== undefined && name !== '' && name !== doc.name) add(`${at}.name`, 'name-mismatch', doc.name, name);
    const type = typeOf(file);
    if (type !== undefined && type !== '' && type !== doc.type) add(`${at}.type`, 'type-mismatch', doc.type, type);
  }

  // 7. Signature over the canonical text's UTF-8 bytes.
  const signature = (isObject(d.signature) ? d.signature : {}) as { type?: unknown; value?: unknown; certificate?: unknown };
  if (typeof signature.value !== 'string' || signature.value === '') {
    add('signature', 'signature-malformed');
    return result(false);
  }
  // The host's list of accepted types (an unusable list accepts nothing but what it names).
  const accepted: readonly unknown[] = options.acceptSignatures !== undefined
    ? (Array.isArray(options.acceptSignatures) ? options.acceptSignatures : [])
    : options.trustedKeys !== undefined ? ['webcrypto'] : signatureTypes;
  if ((signatureTypes as readonly unknown[]).includes(signature.type) && !accepted.includes(signature.type)) {
    add('signature.type', 'signature-type-not-accepted', accepted.filter((t) => typeof t === 'string').join(','), signature.type);
  }
  switch (signature.type) {
    case 'webcrypto': {
      const check = await verifyDetachedJws(signature.value, utf8(canonical));
      if (!check.ok) {
        add('signature', check.code === 'jws-signature' ? 'signature-invalid' : 'signature-malformed');
        return result(false);
      }
      const thumbprint = await jwkThumbprint(check.header.jwk);
      if (signature.certificate !== undefined) {
        const declared = await safeThumbprint(signature.certificate);
        if (declared !== thumbprint) add('signature.certificate', 'signature-key-mismatch', thumbprint, declared);
      }
      if (options.trustedKeys !== undefined) {
        // A pin list that is not an array pins nothing: no key is trusted.
        const pins: unknown[] = Array.isArray(options.trustedKeys) ? options.trustedKeys : [];
        const trusted = await Promise.all(pins.map((k) => (typeof k === 'string' ? k : safeThumbprint(k))));
        if (!trusted.includes(thumbprint)) add('signature', 'signature-key-untrusted', undefined, thumbprint);
      }
      return result(true);
    }
    case 'ncalayer': {
      const shape = inspectCms(signature.value);
      if (!shape.ok) add('signature', 'cms-malformed', undefined, shape.reason);
      else if (!shape.detached && shape.content && base64url(shape.content) !== base64url(utf8(canonical))) {
        add('signature', 'cms-content-mismatch');
      }
      return result(false, 'cms-signature-and-certificate-chain');
    }
    case 'sms':
      return result(false, 'sms-token');
    default:
      add('signature.type', 'signature-type', undefined, signature.type);
      return result(false);
  }
}

function answerPath(path: readonly (string | number)[]): string {
  return ['payload.answers', ...path.map(String)].join('.');
}

async function safeThumbprint(jwk: unknown): Promise<string | undefined> {
  if (!jwk || typeof jwk !== 'object') return undefined;
  try {
    return await jwkThumbprint(jwk as JsonWebKey);
  } catch {
    return undefined;
  }
}

function nameOf(file: unknown): string | undefined {
  const name = isObject(file) ? file.name : undefined;
  return typeof name === 'string' ? name : undefined;
}

function typeOf(file: unknown): string | undefined {
  const type = isObject(file) ? file.type : undefined;
  return typeof type === 'string' ? type : undefined;
}

/** Bytes as a Uint8Array view (no copy) from a Uint8Array, another typed array or DataView, or an ArrayBuffer. */
function asBytes(value: unknown): Uint8Array | undefined {
  if (value instanceof Uint8Array) return value;
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  // toString rather than instanceof: an ArrayBuffer from another realm (a worker, a vm context) counts too.
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]') return new Uint8Array(value as ArrayBuffer);
  return undefined;
}

/** A received file's bytes: its `bytes` (see ReceivedFile), else a Blob's `arrayBuffer()`; undefined when neither can be read. */
async function bytesOf(file: unknown): Promise<Uint8Array | undefined> {
  if (!isObject(file)) return undefined;
  try {
    // `bytes` may also be Blob.prototype.bytes(), a method: then the Blob path below reads it.
    const own = asBytes(file.bytes);
    if (own) return own;
    if (typeof file.arrayBuffer === 'function') return asBytes(await (file as unknown as Blob).arrayBuffer());
  } catch {
    // A Blob whose backing file is gone, a throwing getter: unreadable like any other.
  }
  return undefined;
}

/** Dotted paths (arrays as `[i]`) where two JSON values differ, for a precise `canonical-mismatch`. */
function differingPaths(a: unknown, b: unknown, path = ''): string[] {
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    if (Array.isArray(a) !== Array.isArray(b)) return [path];
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    const out: string[] = [];
    for (const key of keys) {
      const next = Array.isArray(a) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      out.push(...differingPaths((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], next));
    }
    return out;
  }
  return canonicalOrNull(a) === canonicalOrNull(b) ? [] : [path];
}

function canonicalOrNull(value: unknown): string | null {
  try {
    return value === undefined ? null : canonicalJson(value);
  } catch {
    return null;
  }
}
