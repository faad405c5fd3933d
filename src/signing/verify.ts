// verifyPayload: re-derives a signed detail (canonical text, digests, answers, signature) and lists every mismatch. DOM-free.
import type { RuleContext } from '../rules/service.js';
import { services } from '../rules/services/index.js';
import { validateAnswers } from '../rules/validate.js';
import { base64url, canonicalJson, digestCanonical, sha256, utf8 } from './canonical.js';
import { inspectCms } from './cms.js';
import { jwkThumbprint, verifyDetachedJws } from './jws.js';
import { idempotencyKey, keyInputsOf, PAYLOAD_VERSION, type SignedPayload } from './payload.js';

export { base64url, canonicalJson, digestCanonical, sha256, utf8 } from './canonical.js';
export { idempotencyInput, idempotencyKey, kazakhstanIso, PAYLOAD_VERSION } from './payload.js';
export type { PayloadDocument, SignedPayload } from './payload.js';
export type { Signature } from './signer.js';

/** A file as the server received it: a File/Blob, or its name and bytes. */
export type ReceivedFile = Blob | { name?: string; type?: string; bytes: Uint8Array };

export interface Mismatch {
  /** Where, e.g. `digest`, `payload.documents[1].sha256`, `answers.child.iin`, `signature`. */
  path: string;
  /** What, a kebab-case id (verification codes below, or a rules error code for answers). */
  code: string;
  expected?: string;
  actual?: string;
}

export interface VerifyOptions {
  /** Accept webcrypto signatures only from these public keys (JWK or RFC 7638 thumbprint). */
  trustedKeys?: Array<JsonWebKey | string>;
  /** Context for the service's cross-field rules (default: `now` = the payload's createdAt). */
  ruleContext?: RuleContext;
}

export interface VerifyResult {
  /** No mismatch. For `ncalayer` and `sms`, the host must still do what `hostMustVerify` says. */
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
 * `payload.documents`; default `detail.files`). Never throws on bad input: everything wrong is a
 * mismatch. Codes: `detail-malformed`, `service-mismatch`, `service-unknown`, `canonical-invalid`,
 * `canonical-mismatch`, `digest-mismatch`, `version-unsupported`, `created-at-format`,
 * `idempotency-key-mismatch`, `answers-not-normalised` (plus rules codes for answers),
 * `file-missing`, `file-unexpected`, `size-mismatch`, `sha256-mismatch`, `name-mismatch`,
 * `type-mismatch`, `signature-type`, `signature-malformed`, `signature-invalid`,
 * `signature-key-mismatch`, `signature-key-untrusted`, `cms-malformed`, `cms-content-mismatch`.
 */
export async function verifyPayload(
  detail: unknown,
  files?: readonly ReceivedFile[],
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  const mismatches: Mismatch[] = [];
  const add = (path: string, code: string, expected?: unknown, actual?: unknown) => {
    const m: Mismatch = { path, code };
    if (expected !== undefined) m.expected = String(expected);
    if (actual !== undefined) m.actual = String(actual);
    mismatches.push(m);
  };
  const result = (signatureVerified: boolean, hostMustVerify?: VerifyResult['hostMustVerify']): VerifyResult => ({
    ok: mismatches.length === 0,
    mismatches,
    signatureVerified,
    ...(hostMustVerify ? { hostMustVerify } : {}),
  });

  const d = (detail ?? {}) as Record<string, unknown>;
  if (typeof d !== 'object' || typeof d.canonical !== 'string' || !d.payload || typeof d.payload !== 'object') {
    add('', 'detail-malformed');
    return result(false);
  }
  const canonical = d.canonical;

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
  const payload = (signed ?? d.payload) as SignedPayload;

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
    const context: RuleContext = { ...(created ? { now: created } : {}), ...options.ruleContext };
    const validation = validateAnswers(service, payload.answers, context);
    // "The validated answers": what the form signed must be the schema's own output.
    if (validation.data !== undefined && canonicalJson(validation.data) !== canonicalJson(payload.answers)) {
      add('payload.answers', 'answers-not-normalised');
    }
    for (const issue of validation.issues) {
      if (issue.severity !== 'warning') add(answerPath(issue.path), issue.code);
    }
  }

  // 5. Files: each one's bytes against its document entry.
  const documents = Array.isArray(payload.documents) ? payload.documents : [];
  const received = files ?? (Array.isArray(d.files) ? (d.files as ReceivedFile[]) : []);
  for (let i = 0; i < Math.max(documents.length, received.length); i++) {
    const doc = documents[i];
    const file = received[i];
    if (!doc) {
      add(`files[${i}]`, 'file-unexpected', undefined, nameOf(file));
      continue;
    }
    const at = `payload.documents[${i}]`;
    if (!file) {
      add(`files[${i}]`, 'file-missing', doc.name);
      continue;
    }
    const bytes = await bytesOf(file);
    if (bytes.length !== doc.size) add(`${at}.size`, 'size-mismatch', doc.size, bytes.length);
    const hash = base64url(await sha256(bytes));
    if (hash !== doc.sha256) add(`${at}.sha256`, 'sha256-mismatch', doc.sha256, hash);
    const name = nameOf(file);
    if (name !== undefined && name !== '' && name !== doc.name) add(`${at}.name`, 'name-mismatch', doc.name, name);
    const type = typeOf(file);
    if (type !== undefined && type !== '' && type !== doc.type) add(`${at}.type`, 'type-mismatch', doc.type, type);
  }

  // 6. Signature over the canonical text's UTF-8 bytes.
  const signature = (d.signature ?? {}) as { type?: unknown; value?: unknown; certificate?: unknown };
  if (typeof signature.value !== 'string' || signature.value === '') {
    add('signature', 'signature-malformed');
    return result(false);
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
      if (options.trustedKeys) {
        const trusted = await Promise.all(options.trustedKeys.map((k) => (typeof k === 'string' ? k : safeThumbprint(k))));
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

function nameOf(file: ReceivedFile | undefined): string | undefined {
  const name = (file as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' ? name : undefined;
}

function typeOf(file: ReceivedFile): string | undefined {
  const type = (file as { type?: unknown }).type;
  return typeof type === 'string' ? type : undefined;
}

async function bytesOf(file: ReceivedFile): Promise<Uint8Array> {
  if ('bytes' in file && file.bytes instanceof Uint8Array) return file.bytes;
  return new Uint8Array(await (file as Blob).arrayBuffer());
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
