// Node test helpers for egov-forms/server: signed details made here (WebCrypto in Node), with files whose magic bytes are real.
import { canonicalJson, digestCanonical, base64url, utf8 } from '../../../src/signing/canonical.js';
import { publicJwk, signDetachedJws } from '../../../src/signing/jws.js';
import { buildPayload } from '../../../src/signing/payload.js';
import { validateAnswers } from '../../../src/rules/validate.js';
import type { VerifyOptions } from '../../../src/server/index.js';

export interface Key {
  privateKey: CryptoKey;
  jwk: JsonWebKey;
}

export async function makeKey(): Promise<Key> {
  const pair = await globalThis.crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  return { privateKey: pair.privateKey, jwk: publicJwk(await globalThis.crypto.subtle.exportKey('jwk', pair.publicKey)) };
}

/** Deterministic filler bytes behind a format's magic bytes. */
function filled(length: number, magic: number[], seed: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  let x = seed || 1;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = 0x20 + ((x >>> 16) % 0x5e); // printable, never '<'-free-guaranteed but seeded to avoid markup
    if (out[i] === 0x3c) out[i] = 0x3d;
  }
  out.set(magic, 0);
  return out;
}
export const jpegBytes = (length: number, seed = 7) => filled(length, [0xff, 0xd8, 0xff, 0xe0], seed);
export const pdfBytes = (length: number, seed = 9) => filled(length, [...utf8('%PDF-1.7\n')], seed);

/** Valid school-enrollment answers (IIN from kz-facts A.3). */
export const answers = () => ({
  child: { iin: '200821501076', birthDate: '2020-08-21', lastName: 'Сейтқали', firstName: 'Әлихан' },
  schoolYear: 2027,
  school: '№ 12 мектеп-гимназия, Астана',
  statuses: [] as string[],
  residency: 'citizen',
  bornAbroad: false,
  specialNeeds: false,
  homeEducation: false,
});

/** When the form signed: 3 June 2027, 10:15 in Kazakhstan. The server's clock in these tests is 45 minutes later. */
export const signedAt = new Date('2027-06-03T05:15:00Z');
export const serverNow = new Date('2027-06-03T06:00:00Z');

export type Detail = {
  service: string;
  payload: Record<string, unknown> & { documents: Array<Record<string, unknown>>; answers: Record<string, unknown> };
  canonical: string;
  digest: string;
  signature: { type: string; value: string; certificate?: unknown };
};
export type Signed = { detail: Detail; files: File[] };

/** A complete school-enrollment detail (birth certificate PDF, two photos) signed with `key`. */
export async function signedDetail(key: Key, options: { files?: File[]; docs?: string[] } = {}): Promise<Signed> {
  const data = validateAnswers('school-enrollment', answers(), { now: signedAt }).data!;
  const files = options.files ?? [
    new File([pdfBytes(1500)], 'birth-certificate.pdf', { type: 'application/pdf' }),
    new File([jpegBytes(1200, 3)], 'photo-1.jpg', { type: 'image/jpeg' }),
    new File([jpegBytes(1300, 5)], 'photo-2.jpg', { type: 'image/jpeg' }),
  ];
  const docs = options.docs ?? ['birth-certificate', 'child-photo', 'child-photo'];
  const payload = await buildPayload({
    service: 'school-enrollment',
    locale: 'kk',
    answers: data,
    now: () => signedAt,
    attachments: files.map((file, i) => ({ doc: docs[i], file, original: { size: file.size * 2 } })),
  });
  const detail = { service: 'school-enrollment', payload, canonical: '', digest: '', signature: { type: 'webcrypto', value: '' } } as unknown as Detail;
  await seal(detail, key);
  return { detail, files };
}

/** Recomputes canonical text and digest from the payload object and signs them again with `key` (a forger holding the key, or the host's own test). */
export async function seal(detail: Detail, key: Key): Promise<Detail> {
  detail.canonical = canonicalJson(detail.payload);
  detail.digest = await digestCanonical(detail.canonical);
  detail.signature = { type: 'webcrypto', value: await signDetachedJws(utf8(detail.canonical), key.privateKey, key.jwk), certificate: key.jwk };
  return detail;
}

/** A detached JWS over `payload` with a header given as raw text (for forged headers). */
export async function jwsWithHeader(headerText: string, payload: string, key: Key, signature?: Uint8Array): Promise<string> {
  const head = base64url(utf8(headerText));
  const input = utf8(`${head}.${payload}`);
  const sig = signature ?? new Uint8Array(await globalThis.crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key.privateKey, input));
  return `${head}..${base64url(sig)}`;
}

/** The host's options for details signed by `key`: school-enrollment, webcrypto pinned to it, the server's clock. */
export function hostOptions(key: Key, extra: Partial<VerifyOptions> = {}): VerifyOptions {
  return { service: 'school-enrollment', acceptSignatures: ['webcrypto'], trustedKeys: [key.jwk], now: serverNow, ...extra } as VerifyOptions;
}

export const codes = (result: { mismatches: Array<{ code: string }> }) => result.mismatches.map((m) => m.code);
export const at = (result: { mismatches: Array<{ code: string; path: string }> }) => result.mismatches.map((m) => `${m.path}:${m.code}`);
