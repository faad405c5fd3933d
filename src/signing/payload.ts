// Assembles the signed payload: documents with their digests, createdAt in +05:00, the idempotency key, and the event detail.
import { base64url, canonicalJson, digestCanonical, hex, sha256, utf8 } from './canonical.js';
import { abortedError, type Signature, type Signer, type SignOptions } from './signer.js';

/** The payload format version: a host's server can refuse a format it does not know. */
export const PAYLOAD_VERSION = 1;

/** Kazakhstan has been on UTC+5 everywhere since 1 March 2024, with no daylight saving. */
const KZ_OFFSET_MS = 5 * 60 * 60 * 1000;

export interface PayloadDocument {
  /** Document id (docs/rules.md), e.g. `birth-certificate`. */
  doc: string;
  name: string;
  /** MIME type of the submitted bytes. */
  type: string;
  /** Size of the submitted bytes. */
  size: number;
  /** SHA-256 of the submitted bytes, base64url (no padding), like the payload digest. */
  sha256: string;
  /** The file the parent picked, before compression. */
  original: { size: number; width?: number; height?: number };
}

export interface SignedPayload<Answers = unknown> {
  service: string;
  version: number;
  locale: string;
  /** ISO 8601 with the +05:00 offset, e.g. `2027-06-03T10:15:00.000+05:00`. */
  createdAt: string;
  idempotencyKey: string;
  answers: Answers;
  documents: PayloadDocument[];
}

/** The `signed-payload` event's detail. `files` are the submitted bytes, in the order of `payload.documents`. */
export interface SignedDetail<Answers = unknown> {
  service: string;
  payload: SignedPayload<Answers>;
  canonical: string;
  digest: string;
  signature: Signature;
  files: File[];
}

/** One attachment going into the payload: the processed file and what the original was. */
export interface Attachment {
  doc: string;
  file: Blob & { name?: string };
  /** Defaults to the processed file's size when the file was not compressed. */
  original?: { size: number; width?: number; height?: number };
}

/** A Date as ISO 8601 in Kazakhstan time (+05:00), whatever the machine's time zone. */
export function kazakhstanIso(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid date');
  return new Date(date.getTime() + KZ_OFFSET_MS).toISOString().replace(/Z$/, '+05:00');
}

/**
 * The exact string hashed for the idempotency key: service id, child IIN and school year joined
 * by `|`, e.g. `school-enrollment|150101500012|2027`. None of the three can contain `|`.
 */
export function idempotencyInput(service: string, childIin: string, schoolYear: number | string): string {
  return `${service}|${childIin}|${schoolYear}`;
}

/** SHA-256 of `idempotencyInput(...)`'s UTF-8 bytes, lowercase hex (64 characters). */
export async function idempotencyKey(service: string, childIin: string, schoolYear: number | string): Promise<string> {
  return hex(await sha256(utf8(idempotencyInput(service, childIin, schoolYear))));
}

/** Lets the page paint and handle input between two pieces of heavy work. */
function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** SHA-256 (base64url) of a Blob's bytes. */
export async function digestBlob(blob: Blob): Promise<string> {
  return base64url(await sha256(await blob.arrayBuffer()));
}

/**
 * Digests of several files, one file at a time, yielding to the event loop between files so a
 * 5 MB set never holds the main thread for long (each digest itself runs inside WebCrypto).
 */
export async function digestFiles(
  files: readonly Blob[],
  options: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
): Promise<string[]> {
  const out: string[] = [];
  for (const file of files) {
    const aborted = abortedError(options.signal);
    if (aborted) throw aborted;
    out.push(await digestBlob(file));
    options.onProgress?.(out.length, files.length);
    await yieldToEventLoop();
  }
  return out;
}

/** The payload's document entries, in the given order. */
export async function describeDocuments(
  attachments: readonly Attachment[],
  options: { signal?: AbortSignal } = {},
): Promise<PayloadDocument[]> {
  const digests = await digestFiles(
    attachments.map((a) => a.file),
    options,
  );
  return attachments.map((a, i) => {
    const original: PayloadDocument['original'] = { size: a.original?.size ?? a.file.size };
    // Absent rather than undefined-valued, so the canonical text has no surprises.
    if (a.original?.width !== undefined) original.width = a.original.width;
    if (a.original?.height !== undefined) original.height = a.original.height;
    return {
      doc: a.doc,
      name: a.file.name ?? '',
      type: a.file.type,
      size: a.file.size,
      sha256: digests[i],
      original,
    };
  });
}

export interface BuildPayloadInput<Answers> {
  service: string;
  locale: string;
  /** Already validated answers (the service's zod schema). Must hold `child.iin` and `schoolYear`. */
  answers: Answers;
  attachments?: readonly Attachment[];
  /** The clock; default the real time. */
  now?: () => Date;
  version?: number;
  signal?: AbortSignal;
}

/** Reads `child.iin` and `schoolYear` from answers, the two inputs of the idempotency key. */
export function keyInputsOf(answers: unknown): { iin: string; schoolYear: string } | undefined {
  if (!answers || typeof answers !== 'object') return undefined;
  const a = answers as { child?: { iin?: unknown }; schoolYear?: unknown };
  const iin = a.child?.iin;
  const year = a.schoolYear;
  if (typeof iin !== 'string' || (typeof year !== 'number' && typeof year !== 'string')) return undefined;
  return { iin, schoolYear: String(year) };
}

/** Builds the payload (digesting every file) without signing it. */
export async function buildPayload<Answers>(input: BuildPayloadInput<Answers>): Promise<SignedPayload<Answers>> {
  const keyInputs = keyInputsOf(input.answers);
  if (!keyInputs) throw new TypeError('answers need child.iin and schoolYear for the idempotency key');
  const documents = await describeDocuments(input.attachments ?? [], { signal: input.signal });
  return {
    service: input.service,
    version: input.version ?? PAYLOAD_VERSION,
    locale: input.locale,
    createdAt: kazakhstanIso((input.now ?? (() => new Date()))()),
    idempotencyKey: await idempotencyKey(input.service, keyInputs.iin, keyInputs.schoolYear),
    answers: input.answers,
    documents,
  };
}

/** Canonicalises, digests and signs a payload, returning the `signed-payload` event detail. */
export async function signPayload<Answers>(
  payload: SignedPayload<Answers>,
  signer: Signer,
  files: readonly File[],
  options: SignOptions = {},
): Promise<SignedDetail<Answers>> {
  const canonical = canonicalJson(payload);
  const bytes = utf8(canonical);
  const digest = await digestCanonical(canonical);
  const signature = await signer.sign(bytes, options);
  return { service: payload.service, payload, canonical, digest, signature, files: [...files] };
}
