// verifyPayload for the host's server: explicit trust, the server's clock, a strict payload schema, file sniffing and limits. Never throws, never hangs.
import { requiredDocuments, type ChecklistOptions, type Registry } from '../rules/checklist.js';
import { documentSpec, excessFiles, missingDocuments, submittedTypes } from '../rules/documents.js';
import type { ErrorCode } from '../rules/errors.js';
import { isDocumentId, isServiceId, type ServiceId } from '../rules/ids.js';
import { resolveDay } from '../rules/dates.js';
import { defaultSchoolYear } from '../rules/school-year.js';
import type { RuleContext } from '../rules/service.js';
import { services } from '../rules/services/index.js';
import { validateAnswers } from '../rules/validate.js';
import { defaultWindows, windowStatus, type WindowDates } from '../rules/window.js';
import { base64url, canonicalJson, digestCanonical, fromBase64, sha256, utf8 } from '../signing/canonical.js';
import { idempotencyKey, keyInputsOf, PAYLOAD_VERSION } from '../signing/payload.js';
import { unexpectedFields } from './answers-shape.js';
import { readCms } from './cms.js';
import { isThumbprint, p256Problem, thumbprintOf, verifyStrictJws, type P256Jwk } from './jws.js';
import {
  DEFAULT_MAX_AGE_MS,
  DEFAULT_MAX_FUTURE_MS,
  DEFAULT_TIMEOUT_MS,
  MAX_CANONICAL_CHARS,
  MAX_FILES,
  MAX_SIGNATURE_CHARS,
  MAX_TOTAL_BYTES,
} from './limits.js';
import { KIND_TYPES, nameProblem, serverKind, type SubmittedKind } from './sniff.js';
import { childPath, dataProperty, snapshot, Unreadable, type Json } from './snapshot.js';

/**
 * A file as the server received it: a Blob/File (read with the engine's own getters), its name,
 * type and bytes (a Uint8Array, another typed array or DataView, or an ArrayBuffer), or a
 * Blob-like object whose own `size` is checked before its `arrayBuffer()` is read.
 */
export type ReceivedFile =
  | Blob
  | { name?: string; type?: string; bytes: Uint8Array | ArrayBuffer | ArrayBufferView }
  | { name?: string; type?: string; size: number; arrayBuffer: () => Promise<ArrayBuffer> };

/**
 * The codes only verification gives (what a signed detail can get wrong that a form never shows a
 * parent). A mismatch's code is one of these or a rules `ErrorCode` (answers, window, documents, files).
 */
export const verifyCodes = [
  'options-invalid',
  'verify-timeout',
  'detail-malformed',
  'field-unexpected',
  'field-missing',
  'field-invalid',
  'limit-exceeded',
  'canonical-invalid',
  'canonical-mismatch',
  'digest-mismatch',
  'service-mismatch',
  'service-unknown',
  'version-unsupported',
  'created-at-format',
  'created-at-too-old',
  'created-at-in-future',
  'school-year-mismatch',
  'idempotency-key-mismatch',
  'answers-not-normalised',
  'file-missing',
  'file-unexpected',
  'file-name-invalid',
  'file-content-type',
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
  /** Where, e.g. `digest`, `payload.documents[1].sha256`, `payload.answers.child.iin`, `signature`, `options.trustedKeys`. */
  path: string;
  /** What: a verification code (`verifyCodes`) or a rules error code. */
  code: VerifyCode;
  expected?: string;
  actual?: string;
}

/** The signature types a signed detail can carry. */
export const signatureTypes = ['webcrypto', 'ncalayer', 'egov-mobile', 'sms'] as const;
export type SignatureType = (typeof signatureTypes)[number];

/** The host's check of a CMS (NCALayer, eGov Mobile): signature, certificate chain and revocation with its PKI. */
export type VerifyCms = (cmsBase64: string, contentBytes: Uint8Array) => Promise<{ ok: boolean; iin?: string }> | { ok: boolean; iin?: string };
/** The host's check that an SMS token is one its back end issued for this digest. */
export type VerifySmsToken = (token: string, digest: string) => Promise<boolean> | boolean;

export interface VerifyOptions {
  /** Required: the one service this endpoint takes. */
  service: ServiceId;
  /** Required, non-empty: the signature types this endpoint accepts. */
  acceptSignatures: SignatureType[];
  /** Required with `webcrypto`: the public keys trusted to sign (P-256 JWK or RFC 7638 thumbprint). */
  trustedKeys?: Array<JsonWebKey | string>;
  /** Required with `ncalayer` / `egov-mobile`: checks the CMS over the canonical bytes; `{ ok: true, iin }` when it is valid. */
  verifyCms?: VerifyCms;
  /** Required with `sms`: whether the token was issued by the host for this digest. */
  verifySmsToken?: VerifySmsToken;
  /** The server's clock: a Date or a function returning one (default: the real time). Never the payload's `createdAt`. */
  now?: Date | (() => Date);
  /** How much older than `now` `createdAt` may be (default 24 h). */
  maxAgeMs?: number;
  /** How far ahead of `now` `createdAt` may be (default 5 min). */
  maxFutureMs?: number;
  /** The application window the host's form had (`opens`/`closes` as the form's attributes); default the service's own (school-enrollment: 06-01 to 09-01). */
  window?: WindowDates;
  /** The school year(s) this endpoint takes (default: the service's school year at `now`, as the form computes it). */
  schoolYear?: number | number[];
  /** The service rules' parameters the form had (minAge, ageCutoff, minDistanceKm); `now` is always the server's. */
  ruleContext?: Omit<RuleContext, 'now'>;
  /** What the state systems hold for this family (missing keys mean false): documents are then checked against the checklist. */
  registry?: Partial<Registry>;
  /** The checklist options the form had (e.g. `medicalCertificates: 'required'`); used with `registry`. */
  checklistOptions?: ChecklistOptions;
  /** The whole verification, callbacks and file reads included, ends by then (default 10,000 ms). */
  timeoutMs?: number;
}

export interface VerifyResult {
  /** True only when nothing mismatches and the signature was verified (by the kit for JWS, by the host's callback for CMS and SMS). */
  ok: boolean;
  mismatches: Mismatch[];
  /** Whether the signature was verified: the JWS by a trusted key, the CMS by `verifyCms`, the SMS token by `verifySmsToken`. */
  signatureVerified: boolean;
  /** Who signed, when the signature was verified: the type, the key's thumbprint (webcrypto), the IIN `verifyCms` gave. */
  signer?: { type: SignatureType; thumbprint?: string; iin?: string };
}

type Add = (path: string, code: VerifyCode, expected?: unknown, actual?: unknown) => void;
type Outcome = { signatureVerified: boolean; signer?: VerifyResult['signer'] };

interface Settings {
  service: ServiceId;
  accept: Set<SignatureType>;
  /** Thumbprints pinned; the JWKs pinned are added to it when the check starts (hashing is async). */
  trusted: Set<string>;
  pendingKeys: P256Jwk[];
  verifyCms?: VerifyCms;
  verifySmsToken?: VerifySmsToken;
  now: Date;
  maxAgeMs: number;
  maxFutureMs: number;
  window?: WindowDates;
  schoolYears?: number[];
  ruleContext: Omit<RuleContext, 'now'>;
  registry?: Partial<Registry>;
  checklistOptions: ChecklistOptions;
  timeoutMs: number;
}

/**
 * Checks a `signed-payload` detail and the files received beside it (in the order of
 * `payload.documents`; default `detail.files`) on the server's terms. Always settles, within
 * `timeoutMs`, to a result: never throws, never rejects, whatever it is given. `ok` is true only
 * when nothing mismatches and the signature was verified; missing or contradictory options are
 * `options-invalid`, never a permissive default.
 */
export function verifyPayload(detail: unknown, files?: readonly ReceivedFile[] | null, options?: VerifyOptions): Promise<VerifyResult> {
  const mismatches: Mismatch[] = [];
  let settled = false;
  const add: Add = (path, code, expected, actual) => {
    if (settled || mismatches.length >= 200) return;
    const m: Mismatch = { path, code };
    if (expected !== undefined) m.expected = text(expected);
    if (actual !== undefined) m.actual = text(actual);
    mismatches.push(m);
  };
  const done = (outcome: Outcome): VerifyResult => {
    settled = true;
    const result: VerifyResult = {
      ok: mismatches.length === 0 && outcome.signatureVerified,
      mismatches: mismatches.slice(),
      signatureVerified: outcome.signatureVerified,
    };
    if (outcome.signatureVerified && outcome.signer) result.signer = outcome.signer;
    return result;
  };

  let settings: Settings | undefined;
  try {
    settings = readOptions(options, add);
  } catch (error) {
    add('options', 'options-invalid', undefined, reason(error));
  }
  if (!settings) return Promise.resolve(done({ signatureVerified: false }));
  const s = settings;
  return new Promise<VerifyResult>((resolve) => {
    const timer = setTimeout(() => {
      add('', 'verify-timeout', `${s.timeoutMs} ms`);
      resolve(done({ signatureVerified: false }));
    }, s.timeoutMs);
    const finish = (outcome: Outcome) => {
      if (settled) return;
      clearTimeout(timer);
      resolve(done(outcome));
    };
    check(detail, files, s, add).then(finish, (error: unknown) => {
      // The last resort behind the checks' own guards: reported, never thrown.
      add('', 'detail-malformed', undefined, reason(error));
      finish({ signatureVerified: false });
    });
  });
}

/** A value as mismatch text; never throws and never runs the value's code. */
function text(value: unknown): string {
  if (typeof value === 'string') return value.length > 300 ? `${value.slice(0, 300)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  try {
    return text(JSON.stringify(snapshot(value)));
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function reason(error: unknown): string {
  if (error instanceof Unreadable) return error.reason;
  try {
    return error instanceof Error ? String(error.message).slice(0, 300) : typeof error;
  } catch {
    return 'an error';
  }
}

function isRecord(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function validDate(value: unknown): Date | undefined {
  if (Object.prototype.toString.call(value) !== '[object Date]') return undefined;
  const t = Date.prototype.getTime.call(value);
  return Number.isFinite(t) ? new Date(t) : undefined;
}

/** The options read without running their getters; every problem is `options-invalid` at its path. */
function readOptions(options: unknown, add: Add): Settings | undefined {
  const invalid = (path: string, why: string) => add(path, 'options-invalid', undefined, why);
  if (typeof options !== 'object' || options === null) {
    invalid('options', 'the options are required (service, acceptSignatures and the trust for each)');
    return undefined;
  }
  const get = (key: string): unknown => {
    try {
      return dataProperty(options, key, `options.${key}`);
    } catch (error) {
      invalid(`options.${key}`, reason(error));
      return undefined;
    }
  };
  const before = { count: 0 };
  const problems = () => before.count;
  const note = (path: string, why: string) => {
    before.count++;
    invalid(path, why);
  };

  const service = get('service');
  if (!isServiceId(service)) note('options.service', 'a service id is required');

  const acceptRaw = get('acceptSignatures');
  const accept = new Set<SignatureType>();
  if (!Array.isArray(acceptRaw) || acceptRaw.length === 0) note('options.acceptSignatures', 'a non-empty list of signature types is required');
  else {
    let list: Json;
    try {
      list = snapshot(acceptRaw, 'options.acceptSignatures');
    } catch (error) {
      list = [];
      note('options.acceptSignatures', reason(error));
    }
    for (const type of list as Json[]) {
      if ((signatureTypes as readonly Json[]).includes(type)) accept.add(type as SignatureType);
      else note('options.acceptSignatures', `unknown signature type ${text(type)}`);
    }
  }

  const trusted = new Set<string>();
  const keys = get('trustedKeys');
  if (accept.has('webcrypto')) {
    if (!Array.isArray(keys) || keys.length === 0) note('options.trustedKeys', "required with 'webcrypto': the JWKs or thumbprints it trusts");
  } else if (keys !== undefined) note('options.trustedKeys', "given without 'webcrypto' in acceptSignatures");
  const pendingKeys: P256Jwk[] = [];
  if (Array.isArray(keys)) {
    let list: Json = [];
    try {
      list = snapshot(keys, 'options.trustedKeys');
    } catch (error) {
      note('options.trustedKeys', reason(error));
    }
    (list as Json[]).forEach((key, i) => {
      if (isThumbprint(key)) trusted.add(key);
      else if (p256Problem(key, false) === undefined) pendingKeys.push(key as unknown as P256Jwk);
      else note(`options.trustedKeys[${i}]`, `not a P-256 public JWK or a thumbprint (${typeof key === 'string' ? 'a string of another form' : p256Problem(key, false)})`);
    });
  }

  const verifyCms = get('verifyCms');
  const cmsTypes = accept.has('ncalayer') || accept.has('egov-mobile');
  if (cmsTypes && typeof verifyCms !== 'function') note('options.verifyCms', "required with 'ncalayer' or 'egov-mobile'");
  if (!cmsTypes && verifyCms !== undefined) note('options.verifyCms', "given without 'ncalayer' or 'egov-mobile' in acceptSignatures");
  const verifySmsToken = get('verifySmsToken');
  if (accept.has('sms') && typeof verifySmsToken !== 'function') note('options.verifySmsToken', "required with 'sms'");
  if (!accept.has('sms') && verifySmsToken !== undefined) note('options.verifySmsToken', "given without 'sms' in acceptSignatures");

  const nowRaw = get('now');
  let now: Date | undefined;
  if (nowRaw === undefined) now = new Date();
  else if (typeof nowRaw === 'function') {
    try {
      now = validDate((nowRaw as () => unknown)());
    } catch (error) {
      note('options.now', `the clock threw: ${reason(error)}`);
    }
    if (!now) note('options.now', 'the clock gave no valid Date');
  } else {
    now = validDate(nowRaw);
    if (!now) note('options.now', 'not a valid Date or a function returning one');
  }

  const duration = (key: string, fallback: number, min: number): number => {
    const value = get(key);
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > 366 * 24 * 3600 * 1000) {
      note(`options.${key}`, `a number of milliseconds (at least ${min}) is required`);
      return fallback;
    }
    return value;
  };
  const maxAgeMs = duration('maxAgeMs', DEFAULT_MAX_AGE_MS, 0);
  const maxFutureMs = duration('maxFutureMs', DEFAULT_MAX_FUTURE_MS, 0);
  const timeoutMs = duration('timeoutMs', DEFAULT_TIMEOUT_MS, 1);

  let window: WindowDates | undefined;
  const windowRaw = get('window');
  if (windowRaw !== undefined) {
    try {
      const w = snapshot(windowRaw, 'options.window');
      if (!isRecord(w) || typeof w.opens !== 'string' || typeof w.closes !== 'string') throw new Error('{ opens, closes } is required');
      // Each date alone ('MM-DD' or 'YYYY-MM-DD'); their order is checked in the school year of the application.
      resolveDay(w.opens, 2000);
      resolveDay(w.closes, 2000);
      window = { opens: w.opens, closes: w.closes };
    } catch (error) {
      note('options.window', reason(error));
    }
  }

  let schoolYears: number[] | undefined;
  const yearRaw = get('schoolYear');
  if (yearRaw !== undefined) {
    const list = Array.isArray(yearRaw) ? yearRaw : [yearRaw];
    if (list.length === 0 || list.length > 10 || !list.every((y) => Number.isInteger(y) && y >= 2000 && y <= 2100)) {
      note('options.schoolYear', 'a school year (2000-2100) or a list of them is required');
    } else schoolYears = list as number[];
  }

  const record = (key: string): Record<string, Json> | undefined => {
    const value = get(key);
    if (value === undefined) return undefined;
    try {
      const copy = snapshot(value, `options.${key}`);
      if (isRecord(copy)) return copy;
    } catch (error) {
      note(`options.${key}`, reason(error));
      return undefined;
    }
    note(`options.${key}`, 'an object is required');
    return undefined;
  };
  const contextRaw = get('ruleContext');
  let ruleContext: Record<string, Json> = {};
  if (typeof contextRaw === 'object' && contextRaw !== null && Reflect.getOwnPropertyDescriptor(contextRaw, 'now')) {
    note('options.ruleContext.now', 'the clock is options.now');
  } else ruleContext = record('ruleContext') ?? {};
  const registry = record('registry');
  const checklistOptions = record('checklistOptions') ?? {};

  if (problems() > 0 || !now || !isServiceId(service)) return undefined;
  return {
    service,
    accept,
    trusted,
    pendingKeys,
    verifyCms: verifyCms as VerifyCms | undefined,
    verifySmsToken: verifySmsToken as VerifySmsToken | undefined,
    now,
    maxAgeMs,
    maxFutureMs,
    window,
    schoolYears,
    ruleContext: ruleContext as Omit<RuleContext, 'now'>,
    registry: registry as Partial<Registry> | undefined,
    checklistOptions: checklistOptions as ChecklistOptions,
    timeoutMs,
  };
}

const DETAIL_MEMBERS = ['service', 'payload', 'canonical', 'digest', 'signature', 'files'];
const PAYLOAD_MEMBERS = ['service', 'version', 'locale', 'createdAt', 'idempotencyKey', 'answers', 'documents'];
const DOCUMENT_MEMBERS = ['doc', 'name', 'type', 'size', 'sha256', 'original'];
const ORIGINAL_MEMBERS = ['size', 'width', 'height'];
const SIGNATURE_MEMBERS = ['type', 'value', 'certificate'];
const LOCALES = ['kk', 'ru', 'en'];
const CREATED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+05:00$/;

/** Members a strict object must have and may have; reports the rest. */
function members(value: Record<string, Json>, path: string, required: readonly string[], optional: readonly string[], add: Add): void {
  for (const key of Object.keys(value)) {
    if (!required.includes(key) && !optional.includes(key)) add(childPath(path, key), 'field-unexpected');
  }
  for (const key of required) if (!Object.hasOwn(value, key)) add(childPath(path, key), 'field-missing');
}

function jsonType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

async function check(detail: unknown, filesArg: unknown, s: Settings, add: Add): Promise<Outcome> {
  const unverified: Outcome = { signatureVerified: false };
  for (const key of s.pendingKeys) s.trusted.add(await thumbprintOf(key));

  // 1. The detail, copied as plain JSON (files apart).
  if (typeof detail !== 'object' || detail === null || Array.isArray(detail)) {
    add('', 'detail-malformed', 'an object', jsonType(detail));
    return unverified;
  }
  const d: Record<string, Json> = {};
  let keys: (string | symbol)[];
  try {
    keys = Reflect.ownKeys(detail);
  } catch (error) {
    add('', 'detail-malformed', undefined, reason(error));
    return unverified;
  }
  if (keys.length > 50) {
    add('', 'limit-exceeded', 'at most 50 members', keys.length);
    return unverified;
  }
  let unreadable = false;
  for (const key of keys) {
    if (typeof key !== 'string') continue;
    if (!DETAIL_MEMBERS.includes(key)) {
      add(key, 'field-unexpected');
      continue;
    }
    if (key === 'files') continue;
    try {
      const value = dataProperty(detail, key);
      if (value !== undefined) d[key] = snapshot(value, key, { stringLimit: (p) => (p === 'signature.value' ? MAX_SIGNATURE_CHARS : p === 'canonical' ? MAX_CANONICAL_CHARS : 65_536) });
    } catch (error) {
      unreadable = true;
      const at = error instanceof Unreadable ? error.path : key;
      const code = error instanceof Unreadable && /longer than|more than|deeper/.test(error.reason) ? 'limit-exceeded' : 'detail-malformed';
      add(at, code, undefined, reason(error));
    }
  }
  for (const key of ['service', 'payload', 'canonical', 'digest', 'signature']) {
    if (!Object.hasOwn(d, key) && !unreadable) add(key, 'field-missing');
  }
  if (typeof d.canonical !== 'string') {
    if (Object.hasOwn(d, 'canonical')) add('canonical', 'field-invalid', 'string', jsonType(d.canonical));
    return unverified;
  }
  const canonical = d.canonical;
  for (const key of ['service', 'digest'] as const) {
    if (Object.hasOwn(d, key) && typeof d[key] !== 'string') add(key, 'field-invalid', 'string', jsonType(d[key]));
  }

  // 2. The canonical text is what was signed: parsed within limits, and truly canonical.
  let signed: Json;
  try {
    signed = snapshot(JSON.parse(canonical), 'payload');
  } catch (error) {
    add('canonical', 'canonical-invalid', undefined, reason(error));
    return unverified;
  }
  if (canonicalJson(signed) !== canonical) add('canonical', 'canonical-invalid');
  if (Object.hasOwn(d, 'payload')) {
    let recomputed: string | undefined;
    try {
      recomputed = canonicalJson(d.payload);
    } catch {
      recomputed = undefined;
    }
    if (recomputed !== canonical) {
      const paths = differingPaths(d.payload, signed);
      for (const path of paths.slice(0, 20)) add(path === '' ? 'payload' : `payload${path.startsWith('[') ? '' : '.'}${path}`, 'canonical-mismatch');
    }
  }

  // 3. The signed payload's strict shape: every member named by the contract, of its JSON type, and no other.
  if (!isRecord(signed)) {
    add('payload', 'field-invalid', 'object', jsonType(signed));
    return unverified;
  }
  const p = signed;
  members(p, 'payload', PAYLOAD_MEMBERS, [], add);
  const digest = await digestCanonical(canonical);
  if (typeof d.digest === 'string' && d.digest !== digest) add('digest', 'digest-mismatch', digest, d.digest);

  const serviceField = p.service;
  if (Object.hasOwn(p, 'service') && typeof serviceField !== 'string') add('payload.service', 'field-invalid', 'string', jsonType(serviceField));
  if (typeof d.service === 'string' && d.service !== serviceField) add('service', 'service-mismatch', serviceField, d.service);
  if (serviceField !== s.service) add('payload.service', 'service-mismatch', s.service, serviceField);
  const service = s.service;
  if (typeof serviceField === 'string' && !isServiceId(serviceField)) add('payload.service', 'service-unknown', undefined, serviceField);

  if (Object.hasOwn(p, 'version')) {
    if (typeof p.version !== 'number') add('payload.version', 'field-invalid', 'number', jsonType(p.version));
    else if (p.version !== PAYLOAD_VERSION) add('payload.version', 'version-unsupported', PAYLOAD_VERSION, p.version);
  }
  if (Object.hasOwn(p, 'locale') && (typeof p.locale !== 'string' || !LOCALES.includes(p.locale))) add('payload.locale', 'field-invalid', LOCALES.join(','), p.locale);

  // 4. createdAt on the server's clock: not too old, not ahead.
  let created: Date | undefined;
  if (Object.hasOwn(p, 'createdAt')) {
    created = typeof p.createdAt === 'string' && CREATED_AT.test(p.createdAt) ? new Date(p.createdAt) : undefined;
    if (!created || Number.isNaN(created.getTime())) {
      created = undefined;
      add('payload.createdAt', 'created-at-format', 'YYYY-MM-DDTHH:mm:ss.sss+05:00', p.createdAt);
    } else {
      const age = s.now.getTime() - created.getTime();
      if (age > s.maxAgeMs) add('payload.createdAt', 'created-at-too-old', `at most ${s.maxAgeMs} ms before ${s.now.toISOString()}`, p.createdAt);
      if (-age > s.maxFutureMs) add('payload.createdAt', 'created-at-in-future', `at most ${s.maxFutureMs} ms after ${s.now.toISOString()}`, p.createdAt);
    }
  }

  // 5. Answers: strict fields, the service's schema and rules on the server's clock, school year, window.
  const answers = p.answers;
  if (Object.hasOwn(p, 'answers') && !isRecord(answers)) add('payload.answers', 'field-invalid', 'object', jsonType(answers));
  const definition = services[service];
  if (isRecord(answers)) {
    for (const path of unexpectedFields(definition.schema, answers, 'payload.answers')) add(path, 'field-unexpected');
    try {
      const validation = validateAnswers(service, answers, { ...s.ruleContext, now: s.now });
      if (validation.data !== undefined && canonicalJson(validation.data as Json) !== canonicalJson(answers)) add('payload.answers', 'answers-not-normalised');
      for (const issue of validation.issues) {
        if (issue.severity !== 'warning') add(['payload.answers', ...issue.path.map(String)].join('.'), issue.code);
      }
    } catch (error) {
      add('payload.answers', 'detail-malformed', undefined, reason(error));
    }
    const year = answers.schoolYear;
    if (typeof year === 'number') {
      const years = s.schoolYears ?? [defaultSchoolYear(s.now, definition.schoolYear ?? 'current')];
      if (!years.includes(year)) add('payload.answers.schoolYear', 'school-year-mismatch', years.join(','), year);
      const dates = s.window ?? defaultWindows[service];
      if (dates) {
        try {
          const status = windowStatus(s.now, dates, year);
          if (!status.open && status.code) add('now', status.code, `${status.opensAt.toISOString()}/${status.closesAt.toISOString()}`, s.now.toISOString());
        } catch (error) {
          add('options.window', 'options-invalid', undefined, reason(error));
        }
      }
    }
  }
  const keyInputs = keyInputsOf(answers);
  if (Object.hasOwn(p, 'idempotencyKey')) {
    if (typeof p.idempotencyKey !== 'string' || !/^[0-9a-f]{64}$/.test(p.idempotencyKey)) add('payload.idempotencyKey', 'field-invalid', '64 lowercase hex digits', p.idempotencyKey);
    else if (!keyInputs) add('payload.idempotencyKey', 'idempotency-key-mismatch', undefined, p.idempotencyKey);
    else {
      const key = await idempotencyKey(service, keyInputs.iin, keyInputs.schoolYear);
      if (p.idempotencyKey !== key) add('payload.idempotencyKey', 'idempotency-key-mismatch', key, p.idempotencyKey);
    }
  }

  // 6. Documents: strict entries, names, sizes and the 5,000,000-byte total, then the rules.
  const documents: Record<string, Json>[] = [];
  let documentsUsable = false;
  let overBudget = false;
  if (Object.hasOwn(p, 'documents')) {
    if (!Array.isArray(p.documents)) add('payload.documents', 'field-invalid', 'array', jsonType(p.documents));
    else if (p.documents.length > MAX_FILES) add('payload.documents', 'limit-exceeded', `at most ${MAX_FILES}`, p.documents.length);
    else ({ usable: documentsUsable, overBudget } = checkDocuments(p.documents, documents, add));
  }
  if (documentsUsable) checkDocumentRules(documents, service, answers, s, add);

  // 7. Files: count, names and sizes before any byte is read; then content and digest.
  if (documentsUsable) await checkFiles(detail, filesArg, documents, !overBudget, add);

  // 8. The signature over the canonical text's UTF-8 bytes.
  return checkSignature(d.signature, canonical, digest, s, add);
}

/** Strict document entries; true when every entry is an object that can be matched to a file. */
function checkDocuments(list: Json[], out: Record<string, Json>[], add: Add): { usable: boolean; overBudget: boolean } {
  let usable = true;
  let total = 0;
  list.forEach((entry, i) => {
    const at = `payload.documents[${i}]`;
    if (!isRecord(entry)) {
      add(at, 'field-invalid', 'object', jsonType(entry));
      usable = false;
      return;
    }
    out.push(entry);
    members(entry, at, DOCUMENT_MEMBERS, [], add);
    if (Object.hasOwn(entry, 'doc')) {
      if (typeof entry.doc !== 'string') add(`${at}.doc`, 'field-invalid', 'string', jsonType(entry.doc));
      else if (!isDocumentId(entry.doc)) add(`${at}.doc`, 'document-unknown', undefined, entry.doc);
    }
    if (Object.hasOwn(entry, 'name')) {
      if (typeof entry.name !== 'string') add(`${at}.name`, 'field-invalid', 'string', jsonType(entry.name));
      else {
        const problem = nameProblem(entry.name);
        if (problem) add(`${at}.name`, 'file-name-invalid', undefined, problem);
      }
    }
    if (Object.hasOwn(entry, 'type') && typeof entry.type !== 'string') add(`${at}.type`, 'field-invalid', 'string', jsonType(entry.type));
    if (Object.hasOwn(entry, 'size')) {
      if (typeof entry.size !== 'number' || !Number.isInteger(entry.size) || entry.size < 1) add(`${at}.size`, 'field-invalid', 'a positive integer', entry.size);
      else if (entry.size > MAX_TOTAL_BYTES) add(`${at}.size`, 'file-too-large', MAX_TOTAL_BYTES, entry.size);
      else total += entry.size;
    }
    if (Object.hasOwn(entry, 'sha256') && (typeof entry.sha256 !== 'string' || !/^[A-Za-z0-9_-]{43}$/.test(entry.sha256))) {
      add(`${at}.sha256`, 'field-invalid', 'SHA-256 in base64url', entry.sha256);
    }
    if (Object.hasOwn(entry, 'original')) {
      const original = entry.original;
      if (!isRecord(original)) add(`${at}.original`, 'field-invalid', 'object', jsonType(original));
      else {
        members(original, `${at}.original`, ['size'], ['width', 'height'], add);
        for (const key of ORIGINAL_MEMBERS) {
          if (!Object.hasOwn(original, key)) continue;
          const v = original[key];
          if (typeof v !== 'number' || !Number.isInteger(v) || v < (key === 'size' ? 0 : 1)) add(`${at}.original.${key}`, 'field-invalid', 'a non-negative integer', v);
        }
      }
    }
  });
  const overBudget = total > MAX_TOTAL_BYTES;
  if (overBudget) add('payload.documents', 'budget-exceeded', MAX_TOTAL_BYTES, total);
  return { usable, overBudget };
}

function checkDocumentRules(documents: Record<string, Json>[], service: ServiceId, answers: Json | undefined, s: Settings, add: Add): void {
  const attached: Record<string, number> = {};
  documents.forEach((entry, i) => {
    if (!isDocumentId(entry.doc)) return;
    attached[entry.doc] = (Object.hasOwn(attached, entry.doc) ? attached[entry.doc] : 0) + 1;
    // What the kit sends for this kind of document: a JPEG for every image, a PDF as given.
    const types = submittedTypes[documentSpec(entry.doc).kind];
    if (typeof entry.type === 'string' && !types.includes(entry.type)) add(`payload.documents[${i}].type`, 'file-type', types.join(','), entry.type);
  });
  for (const issue of excessFiles(attached)) add('payload.documents', 'too-many-files', issue.params?.document, issue.params?.have);
  if (s.registry === undefined) return;
  try {
    const checklist = requiredDocuments(service, answers, s.registry, s.checklistOptions);
    const listed = new Set<string>(checklist.map((item) => item.doc));
    documents.forEach((entry, i) => {
      if (isDocumentId(entry.doc) && !listed.has(entry.doc)) add(`payload.documents[${i}].doc`, 'document-unexpected', undefined, entry.doc);
    });
    for (const issue of missingDocuments(checklist, attached)) add('payload.documents', 'document-missing', issue.params?.document, issue.params?.have);
  } catch (error) {
    add('payload.documents', 'detail-malformed', undefined, reason(error));
  }
}

interface Received {
  size: number;
  name?: string;
  type?: string;
  read: () => Promise<Uint8Array>;
}

const nativeBlobSize = Object.getOwnPropertyDescriptor(globalThis.Blob?.prototype ?? {}, 'size')?.get;
const nativeBlobType = Object.getOwnPropertyDescriptor(globalThis.Blob?.prototype ?? {}, 'type')?.get;
const nativeFileName = Object.getOwnPropertyDescriptor(globalThis.File?.prototype ?? {}, 'name')?.get;
const nativeArrayBuffer = globalThis.Blob?.prototype.arrayBuffer;
const typedArrayProto = Object.getPrototypeOf(Uint8Array.prototype) as object;
const nativeView = {
  buffer: Object.getOwnPropertyDescriptor(typedArrayProto, 'buffer')?.get,
  byteOffset: Object.getOwnPropertyDescriptor(typedArrayProto, 'byteOffset')?.get,
  byteLength: Object.getOwnPropertyDescriptor(typedArrayProto, 'byteLength')?.get,
};
const nativeDataView = {
  buffer: Object.getOwnPropertyDescriptor(DataView.prototype, 'buffer')?.get,
  byteOffset: Object.getOwnPropertyDescriptor(DataView.prototype, 'byteOffset')?.get,
  byteLength: Object.getOwnPropertyDescriptor(DataView.prototype, 'byteLength')?.get,
};
const nativeBufferLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength')?.get;

/** Bytes held in memory, measured with the engine's own getters (a subclass cannot lie about its length). */
function heldBytes(value: unknown): { size: number; bytes: () => Uint8Array } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    if (ArrayBuffer.isView(value)) {
      const getters = value instanceof DataView ? nativeDataView : nativeView;
      const buffer = getters.buffer!.call(value) as ArrayBuffer;
      const offset = getters.byteOffset!.call(value) as number;
      const length = getters.byteLength!.call(value) as number;
      return { size: length, bytes: () => new Uint8Array(buffer, offset, length) };
    }
    const length = nativeBufferLength!.call(value) as number; // throws unless a real ArrayBuffer
    return { size: length, bytes: () => new Uint8Array(value as ArrayBuffer) };
  } catch {
    return undefined;
  }
}

/** A received file's size, name and type, read without running its code, and how to read its bytes. */
function received(file: unknown): Received | undefined {
  if (typeof file !== 'object' || file === null) return undefined;
  if (globalThis.Blob && file instanceof Blob && nativeBlobSize && nativeArrayBuffer) {
    try {
      const size = nativeBlobSize.call(file) as number;
      const type = nativeBlobType?.call(file) as string | undefined;
      const name = globalThis.File && file instanceof File && nativeFileName ? (nativeFileName.call(file) as string) : undefined;
      return { size, type, name, read: async () => new Uint8Array(await nativeArrayBuffer.call(file)) };
    } catch {
      return undefined; // a Proxy of a Blob, or worse
    }
  }
  try {
    const name = dataProperty(file, 'name');
    const type = dataProperty(file, 'type');
    const held = heldBytes(dataProperty(file, 'bytes'));
    const strings = { name: typeof name === 'string' ? name : undefined, type: typeof type === 'string' ? type : undefined };
    if (held) return { size: held.size, ...strings, read: async () => held.bytes() };
    // A Blob-like object: its declared size is checked first, then what its arrayBuffer() gives.
    const size = dataProperty(file, 'size');
    const arrayBuffer = dataProperty(file, 'arrayBuffer');
    if (typeof size === 'number' && Number.isInteger(size) && size >= 0 && typeof arrayBuffer === 'function') {
      return {
        size,
        ...strings,
        read: async () => {
          const out = heldBytes(await (arrayBuffer as () => Promise<unknown>).call(file));
          if (!out) throw new Error('arrayBuffer() gave no bytes');
          if (out.size !== size) throw new Error('arrayBuffer() gave another size than the file said');
          return out.bytes();
        },
      };
    }
  } catch {
    return undefined;
  }
  return undefined;
}

async function checkFiles(detail: object, filesArg: unknown, documents: Record<string, Json>[], readBytes: boolean, add: Add): Promise<void> {
  let given: unknown = filesArg;
  if (given === undefined || given === null) {
    try {
      given = dataProperty(detail, 'files');
    } catch (error) {
      add('files', 'detail-malformed', 'an array of files', reason(error));
      return;
    }
  }
  let list: unknown[] = [];
  let length = 0;
  if (given !== undefined && given !== null) {
    let isArray = false;
    try {
      isArray = Array.isArray(given);
      if (isArray) length = dataProperty(given as object, 'length') as number;
    } catch (error) {
      add('files', 'detail-malformed', 'an array of files', reason(error));
      return;
    }
    if (!isArray) {
      // Not a list: which file is which cannot be told, so no file is compared.
      add('files', 'detail-malformed', 'an array of files', Object.prototype.toString.call(given));
      return;
    }
    if (length > MAX_FILES) {
      add('files', 'limit-exceeded', `at most ${MAX_FILES}`, length);
      return;
    }
    try {
      for (let i = 0; i < length; i++) list.push(dataProperty(given as object, String(i), `files[${i}]`));
    } catch (error) {
      add(error instanceof Unreadable ? error.path : 'files', 'file-unreadable', undefined, reason(error));
      return;
    }
  } else list = [];

  // Sizes, names and the total first: nothing is read or hashed past the limits.
  const entries: Array<Received | undefined> = [];
  let total = 0;
  for (let i = 0; i < Math.max(documents.length, list.length); i++) {
    const file = list[i];
    if (i >= documents.length) {
      add(`files[${i}]`, 'file-unexpected');
      continue;
    }
    const doc = documents[i];
    if (file === undefined || file === null) {
      add(`files[${i}]`, 'file-missing', doc.name);
      entries.push(undefined);
      continue;
    }
    const r = received(file);
    if (!r) {
      add(`files[${i}]`, 'file-unreadable');
      entries.push(undefined);
      continue;
    }
    total += r.size;
    const at = `payload.documents[${i}]`;
    if (r.size !== doc.size) add(`${at}.size`, 'size-mismatch', doc.size, r.size);
    if (r.name !== undefined && r.name !== '') {
      const problem = nameProblem(r.name);
      if (problem) add(`files[${i}].name`, 'file-name-invalid', undefined, problem);
      else if (r.name !== doc.name) add(`${at}.name`, 'name-mismatch', doc.name, r.name);
    }
    if (r.type !== undefined && r.type !== '' && r.type !== doc.type) add(`${at}.type`, 'type-mismatch', doc.type, r.type);
    entries.push(r.size === doc.size ? r : undefined);
  }
  if (total > MAX_TOTAL_BYTES) add('files', 'budget-exceeded', MAX_TOTAL_BYTES, total);
  // Past the total (declared or received), nothing is read or hashed.
  if (total > MAX_TOTAL_BYTES || !readBytes) return;
  for (let i = 0; i < entries.length; i++) {
    const r = entries[i];
    if (!r) continue;
    const at = `payload.documents[${i}]`;
    let bytes: Uint8Array;
    try {
      bytes = await r.read();
    } catch (error) {
      add(`files[${i}]`, 'file-unreadable', undefined, reason(error));
      continue;
    }
    const kind = serverKind(bytes);
    const declared = documents[i].type;
    if (kind === 'active') add(`${at}.type`, 'file-content-type', declared, 'markup or script');
    else if (!(kind in KIND_TYPES) || KIND_TYPES[kind as SubmittedKind] !== declared) add(`${at}.type`, 'file-content-type', declared, kind);
    const hash = base64url(await sha256(bytes));
    if (hash !== documents[i].sha256) add(`${at}.sha256`, 'sha256-mismatch', documents[i].sha256, hash);
  }
}

async function checkSignature(raw: Json | undefined, canonical: string, digest: string, s: Settings, add: Add): Promise<Outcome> {
  const unverified: Outcome = { signatureVerified: false };
  if (raw === undefined) return unverified; // reported as field-missing
  if (!isRecord(raw)) {
    add('signature', 'field-invalid', 'object', jsonType(raw));
    return unverified;
  }
  members(raw, 'signature', ['type', 'value'], SIGNATURE_MEMBERS, add);
  const type = raw.type;
  if (!(signatureTypes as readonly Json[]).includes(type)) {
    if (Object.hasOwn(raw, 'type')) add('signature.type', 'signature-type', signatureTypes.join(','), type);
    return unverified;
  }
  const signatureType = type as SignatureType;
  if (!s.accept.has(signatureType)) {
    add('signature.type', 'signature-type-not-accepted', [...s.accept].join(','), type);
    return unverified;
  }
  const value = raw.value;
  if (typeof value !== 'string' || value === '') {
    if (Object.hasOwn(raw, 'value')) add('signature.value', 'signature-malformed', 'a non-empty string', jsonType(value));
    return unverified;
  }
  const bytes = utf8(canonical);
  switch (signatureType) {
    case 'webcrypto': {
      const jws = await verifyStrictJws(value, bytes);
      if (!jws.ok) {
        add('signature.value', jws.code, undefined, jws.reason);
        return unverified;
      }
      if (raw.certificate !== undefined) {
        // The declared key (the signer's `certificate`): its EC members must be the JWS header's key.
        const c = raw.certificate;
        const members = isRecord(c) ? { kty: c.kty, crv: c.crv, x: c.x, y: c.y } : c;
        const problem = p256Problem(members);
        const declared = problem ? undefined : await thumbprintOf(members as unknown as P256Jwk);
        if (declared !== jws.thumbprint) add('signature.certificate', 'signature-key-mismatch', jws.thumbprint, declared ?? problem);
      }
      if (!s.trusted.has(jws.thumbprint)) {
        add('signature.value', 'signature-key-untrusted', undefined, jws.thumbprint);
        return unverified;
      }
      return { signatureVerified: true, signer: { type: 'webcrypto', thumbprint: jws.thumbprint } };
    }
    case 'ncalayer':
    case 'egov-mobile': {
      let der: Uint8Array;
      try {
        der = fromBase64(value);
      } catch {
        add('signature.value', 'cms-malformed', undefined, 'not base64');
        return unverified;
      }
      const cms = readCms(der);
      if (!cms.ok) {
        add('signature.value', 'cms-malformed', undefined, cms.reason);
        return unverified;
      }
      if (!cms.detached && cms.content && !equalBytes(cms.content, bytes)) {
        add('signature.value', 'cms-content-mismatch');
        return unverified;
      }
      let verdict: unknown;
      try {
        verdict = await s.verifyCms!(value, bytes.slice());
      } catch (error) {
        add('signature.value', 'signature-invalid', undefined, `verifyCms threw: ${reason(error)}`);
        return unverified;
      }
      const okVerdict = typeof verdict === 'object' && verdict !== null && safeData(verdict, 'ok') === true;
      if (!okVerdict) {
        add('signature.value', 'signature-invalid', undefined, 'verifyCms did not answer { ok: true }');
        return unverified;
      }
      const iin = safeData(verdict as object, 'iin');
      return { signatureVerified: true, signer: { type: signatureType, ...(typeof iin === 'string' ? { iin } : {}) } };
    }
    case 'sms': {
      if (value.length > 4096) {
        add('signature.value', 'signature-malformed', 'at most 4096 characters', value.length);
        return unverified;
      }
      let verdict: unknown;
      try {
        verdict = await s.verifySmsToken!(value, digest);
      } catch (error) {
        add('signature.value', 'signature-invalid', undefined, `verifySmsToken threw: ${reason(error)}`);
        return unverified;
      }
      if (verdict !== true) {
        add('signature.value', 'signature-invalid', undefined, 'verifySmsToken did not answer true');
        return unverified;
      }
      return { signatureVerified: true, signer: { type: 'sms' } };
    }
  }
}

function safeData(object: object, key: string): unknown {
  try {
    return dataProperty(object, key);
  } catch {
    return undefined;
  }
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Paths (`.key`, `[i]`) where two JSON values differ, for a precise `canonical-mismatch`. */
function differingPaths(a: Json | undefined, b: Json | undefined, path = ''): string[] {
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    if (Array.isArray(a) !== Array.isArray(b)) return [path];
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    const out: string[] = [];
    for (const key of keys) {
      const next = Array.isArray(a) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      out.push(...differingPaths((a as Record<string, Json>)[key], (b as Record<string, Json>)[key], next));
      if (out.length > 20) break;
    }
    return out;
  }
  const ca = a === undefined ? null : canonicalJson(a);
  const cb = b === undefined ? null : canonicalJson(b);
  return ca === cb ? [] : [path];
}
