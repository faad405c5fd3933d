// verifyPayload in plain Node (no DOM): a detail signed in Chromium (test/fixtures/signed-detail.json) and every tampering.
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { errorCodes } from '../../src/rules/index.js';
import { canonicalJson, digestCanonical, fromBase64, utf8 } from '../../src/signing/canonical.js';
import { kazakhstanIso } from '../../src/signing/payload.js';
import { verifyCodes, verifyPayload, type VerifyOptions } from '../../src/server/index.js';
import { publicJwk, signDetachedJws } from '../../src/signing/jws.js';
import { buildPayload, type SignedDetail } from '../../src/signing/payload.js';
import { validateAnswers } from '../../src/rules/validate.js';

type FixtureEntry = { detail: Omit<SignedDetail, 'files'>; files: Array<{ name: string; type: string; base64: string }> };
const fixture = JSON.parse(readFileSync(new URL('../fixtures/signed-detail.json', import.meta.url), 'utf8')) as {
  publicKey: JsonWebKey;
  details: FixtureEntry[];
};

/** A fresh deep copy of fixture detail i and its files as {name, type, bytes}. */
function load(i = 0): { detail: Omit<SignedDetail, 'files'>; files: Array<{ name: string; type: string; bytes: Uint8Array }> } {
  const entry = structuredClone(fixture.details[i]);
  return { detail: entry.detail, files: entry.files.map((f) => ({ name: f.name, type: f.type, bytes: fromBase64(f.base64) })) };
}

/** What an attacker who changes the payload also does: recompute canonical and digest (the signature stays). */
async function reseal(detail: Omit<SignedDetail, 'files'>): Promise<void> {
  detail.canonical = canonicalJson(detail.payload);
  detail.digest = await digestCanonical(detail.canonical);
}

/** The host's options for the fixture: school-enrollment, webcrypto pinned to the fixture's key, the server's clock 45 minutes after signing. */
const trust = (): VerifyOptions => ({
  service: 'school-enrollment',
  acceptSignatures: ['webcrypto'],
  trustedKeys: [fixture.publicKey, ...nodeKeys],
  now: new Date('2027-06-03T06:00:00Z'),
});
/** Keys of details signed here in Node (the documents tests): trusted like the fixture's. */
const nodeKeys: JsonWebKey[] = [];
const verify = (detail: unknown, files?: unknown, extra: Partial<VerifyOptions> = {}) =>
  verifyPayload(detail, files as never, { ...trust(), ...extra } as VerifyOptions);

const codes = (result: { mismatches: Array<{ code: string }> }) => result.mismatches.map((m) => m.code);

/** Every leaf of a JSON value as a path of keys. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    return entries.length === 0 ? [path] : entries.flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  return [path];
}

function setAt(target: unknown, path: (string | number)[], change: (old: unknown) => unknown): void {
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], target);
  const key = path[path.length - 1];
  (parent as Record<string | number, unknown>)[key] = change((parent as Record<string | number, unknown>)[key]);
}

const changed = (old: unknown): unknown =>
  typeof old === 'string' ? `${old}x` : typeof old === 'number' ? old + 1 : typeof old === 'boolean' ? !old : Array.isArray(old) ? ['orphan'] : 'x';

describe('verifyPayload (Node, a detail signed in the browser)', () => {
  it('runs without a DOM', () => {
    expect(typeof (globalThis as { document?: unknown }).document).to.equal('undefined');
    expect(typeof globalThis.crypto.subtle.digest).to.equal('function');
  });

  it('accepts the untouched detail and its files, and pins the key', async () => {
    for (const i of [0, 1]) {
      const { detail, files } = load(i);
      const result = await verify(detail, files, { trustedKeys: [fixture.publicKey] });
      expect(result.mismatches).to.deep.equal([]);
      expect(result.ok).to.equal(true);
      expect(result.signatureVerified).to.equal(true);
    }
  });

  it('recomputes canonical text and digest exactly as the browser did', async () => {
    const { detail } = load();
    expect(canonicalJson(detail.payload)).to.equal(detail.canonical);
    expect(await digestCanonical(detail.canonical)).to.equal(detail.digest);
  });

  it('detects a flipped byte anywhere in any file', async () => {
    const { detail, files } = load();
    let checked = 0;
    for (let f = 0; f < files.length; f++) {
      // Every byte of the head (the magic bytes the server sniffs), then every third byte.
      for (let at = 0; at < files[f].bytes.length; at += at < 16 ? 1 : 3) {
        const copy = files.map((x) => ({ ...x, bytes: x.bytes.slice() }));
        copy[f].bytes[at] ^= 0x01;
        const result = await verify(detail, copy);
        expect(result.ok, `file ${f} byte ${at}`).to.equal(false);
        const hash = result.mismatches.find((m) => m.code === 'sha256-mismatch');
        expect(hash).to.deep.equal({ path: `payload.documents[${f}].sha256`, code: 'sha256-mismatch', expected: detail.payload.documents[f].sha256, actual: hash?.actual });
        // A flip in the magic bytes also changes what the server sniffs the file as.
        const others = result.mismatches.filter((m) => m !== hash).map((m) => `${m.path}:${m.code}`);
        expect(others).to.deep.equal(at < 3 || (f === 0 && at < 5) ? [`payload.documents[${f}].type:file-content-type`] : []);
        checked++;
      }
    }
    expect(checked).to.equal([1500, 1200, 1300].reduce((n, length) => n + 16 + Math.ceil((length - 16) / 3), 0));
  });

  it('detects a missing, extra, truncated or renamed file', async () => {
    const { detail, files } = load();
    expect(codes(await verify(detail, files.slice(0, 2)))).to.deep.equal(['file-missing']);
    expect(codes(await verify(detail, [...files, files[0]]))).to.deep.equal(['file-unexpected']);
    const cut = files.map((x, i) => (i === 1 ? { ...x, bytes: x.bytes.slice(0, -1) } : x));
    // A size that differs from the signed one: the file is not read or hashed at all.
    expect(codes(await verify(detail, cut))).to.deep.equal(['size-mismatch']);
    const renamed = files.map((x, i) => (i === 2 ? { ...x, name: 'other.jpg' } : x));
    expect(codes(await verify(detail, renamed))).to.deep.equal(['name-mismatch']);
    const swapped = [files[0], files[2], files[1]];
    expect(codes(await verify(detail, swapped))).to.include('size-mismatch');
    const sameSize = load();
    const other = new Uint8Array(sameSize.files[2].bytes.length);
    other.set(sameSize.files[1].bytes.subarray(0, other.length)); // another photo's bytes, padded to the signed size
    sameSize.files[2] = { ...sameSize.files[2], bytes: other };
    expect(codes(await verify(sameSize.detail, sameSize.files))).to.deep.equal(['sha256-mismatch']);
  });

  it('detects every changed answer, whether or not canonical and digest were recomputed', async () => {
    const paths = leaves(load().detail.payload.answers);
    expect(paths.length).to.be.greaterThan(8);
    for (const path of paths) {
      const label = path.join('.');
      // Only the payload object changed: it no longer matches the signed canonical text.
      const a = load();
      setAt(a.detail.payload.answers, path, changed);
      const onlyPayload = await verify(a.detail, a.files);
      expect(onlyPayload.ok, label).to.equal(false);
      expect(onlyPayload.mismatches.some((m) => m.path.startsWith(`payload.answers.${label}`)), label).to.equal(true);
      // Payload, canonical and digest changed together: the signature no longer covers it.
      const b = load();
      setAt(b.detail.payload.answers, path, changed);
      await reseal(b.detail);
      const resealed = await verify(b.detail, b.files);
      expect(codes(resealed), label).to.include('signature-invalid');
    }
  });

  it('detects a changed document entry, createdAt or idempotency key', async () => {
    for (const path of [['documents', 0, 'sha256'], ['documents', 1, 'original', 'width'], ['createdAt'], ['idempotencyKey'], ['locale']]) {
      const { detail, files } = load();
      setAt(detail.payload, path, changed);
      await reseal(detail);
      expect(codes(await verify(detail, files)), path.join('.')).to.include('signature-invalid');
    }
    const { detail, files } = load();
    detail.payload.idempotencyKey = '0'.repeat(64);
    await reseal(detail);
    expect(codes(await verify(detail, files))).to.include('idempotency-key-mismatch');
  });

  it('detects a digest that is not the canonical text’s', async () => {
    const { detail, files } = load();
    detail.digest = load(1).detail.digest;
    const result = await verify(detail, files);
    expect(result.mismatches).to.deep.equal([{ path: 'digest', code: 'digest-mismatch', expected: load().detail.digest, actual: load(1).detail.digest }]);
  });

  it('detects a swapped signature (another application’s, same key)', async () => {
    const { detail, files } = load(0);
    detail.signature = load(1).detail.signature;
    expect(codes(await verify(detail, files))).to.deep.equal(['signature-invalid']);
  });

  it('detects a signature made with another key', async () => {
    const pair = await globalThis.crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
    const otherJwk = await globalThis.crypto.subtle.exportKey('jwk', pair.publicKey);
    // The forger keeps the declared public key: the JWS key differs from it.
    const a = load();
    a.detail.signature = { ...a.detail.signature, value: await signDetachedJws(utf8(a.detail.canonical), pair.privateKey, otherJwk) };
    expect(codes(await verify(a.detail, a.files))).to.deep.equal(['signature-key-mismatch', 'signature-key-untrusted']);
    // The forger replaces the key too: self-consistent, so only the pinned key catches it (and pinning is required).
    const b = load();
    b.detail.signature = { type: 'webcrypto', value: await signDetachedJws(utf8(b.detail.canonical), pair.privateKey, otherJwk), certificate: otherJwk };
    const forged = await verify(b.detail, b.files, { trustedKeys: [fixture.publicKey] });
    expect(codes(forged)).to.deep.equal(['signature-key-untrusted']);
    expect(forged.ok).to.equal(false);
    expect(forged.signatureVerified).to.equal(false);
  });

  it('does not treat reordered keys or whitespace as a change', async () => {
    const { detail, files } = load();
    const reversed = (value: unknown): unknown =>
      value !== null && typeof value === 'object'
        ? Array.isArray(value)
          ? value.map(reversed)
          : Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]))
        : value;
    detail.payload = JSON.parse(JSON.stringify(reversed(detail.payload), null, '\t\n ')) as typeof detail.payload;
    expect(Object.keys(detail.payload)[0]).to.equal('documents');
    const result = await verify(detail, files, { trustedKeys: [fixture.publicKey] });
    expect(result.mismatches).to.deep.equal([]);
    // Whitespace inside the signed canonical text itself is a change, though: it is not canonical.
    const spaced = load();
    spaced.detail.canonical = JSON.stringify(spaced.detail.payload, null, 2);
    expect(codes(await verify(spaced.detail, spaced.files))).to.include.members(['canonical-invalid', 'digest-mismatch']);
  });

  it('reports answers the schema or the rules reject', async () => {
    const { detail, files } = load();
    detail.payload.answers = { ...(detail.payload.answers as object), child: { ...(detail.payload.answers as { child: object }).child, iin: '200821501077' } };
    await reseal(detail);
    const result = await verify(detail, files);
    expect(result.mismatches.map((m) => `${m.path}:${m.code}`)).to.include.members(['payload.answers.child.iin:iin-checksum', 'payload.idempotencyKey:idempotency-key-mismatch']);
  });

  it('never throws on garbage', async () => {
    for (const bad of [null, 42, {}, { payload: {}, canonical: 'not json' }, { payload: { service: 'nope' }, canonical: '{"service":"nope"}', signature: { type: 'x', value: 'y' } }]) {
      const result = await verify(bad, []);
      expect(result.ok).to.equal(false);
      expect(result.mismatches.length).to.be.greaterThan(0);
    }
  });

  it('never throws on garbage files: not an array is detail-malformed at files, an unreadable file is file-unreadable', async () => {
    const { detail, files } = load();
    for (const bad of ['abc', 42, true, {}, { length: 3 }, new Uint8Array(3)]) {
      const result = await verify(detail, bad as never);
      expect(result.mismatches, String(bad)).to.deep.equal([{ path: 'files', code: 'detail-malformed', expected: 'an array of files', actual: Object.prototype.toString.call(bad) }]);
      expect(result.ok).to.equal(false);
      expect(result.signatureVerified).to.equal(true); // the rest is still checked
    }
    // A file given as its name alone, as a bare object, a number or a string: unreadable, each at its index.
    for (const bad of [{ name: 'birth-certificate.pdf' }, {}, 42, 'bytes', { bytes: 'abc' }, { bytes: [1, 2, 3] }, { arrayBuffer: 5 }]) {
      const result = await verify(detail, [bad, files[1], files[2]] as never);
      expect(codes(result), JSON.stringify(bad)).to.deep.equal(['file-unreadable']);
      expect(result.mismatches[0].path).to.equal('files[0]');
    }
    // A Blob whose bytes cannot be read (rejecting or throwing).
    const failing = [
      { name: files[0].name, arrayBuffer: () => Promise.reject(new Error('gone')) },
      { name: files[0].name, arrayBuffer: () => { throw new Error('gone'); } },
      { get bytes(): Uint8Array { throw new Error('getter'); } },
    ];
    for (const bad of failing) expect(codes(await verify(detail, [bad, files[1], files[2]] as never))).to.deep.equal(['file-unreadable']);
    // null and undefined entries are missing files; null as the whole list means "not given".
    expect(codes(await verify(detail, [null, files[1], files[2]] as never))).to.deep.equal(['file-missing']);
    expect(codes(await verify(detail, null as never))).to.deep.equal(['file-missing', 'file-missing', 'file-missing']);
  });

  it('reads bytes given as an ArrayBuffer, a DataView, another typed array, or a Blob', async () => {
    const { detail, files } = load();
    const copy = (b: Uint8Array) => b.slice().buffer;
    const shapes = [
      files.map((f) => ({ name: f.name, type: f.type, bytes: copy(f.bytes) })),
      files.map((f) => ({ name: f.name, bytes: new DataView(copy(f.bytes)) })),
      files.map((f) => ({ bytes: new Int8Array(copy(f.bytes)) })),
      // A view into a larger buffer: only its own bytes count.
      files.map((f) => {
        const big = new Uint8Array(f.bytes.length + 20);
        big.set(f.bytes, 10);
        return { name: f.name, bytes: new Uint8Array(big.buffer, 10, f.bytes.length) };
      }),
      files.map((f) => new File([f.bytes.slice()], f.name, { type: f.type })),
      files.map((f) => new Blob([f.bytes.slice()])),
    ];
    for (const [i, shape] of shapes.entries()) {
      const result = await verify(detail, shape as never, { trustedKeys: [fixture.publicKey] });
      expect(result.mismatches, `shape ${i}`).to.deep.equal([]);
      expect(result.ok).to.equal(true);
    }
  });

  it('resolves, never rejects, for a few hundred garbage combinations', async () => {
    const good = load();
    const cyclic: Record<string, unknown> = { service: 'school-enrollment' };
    cyclic.self = cyclic;
    const throwing = new Proxy({}, { get() { throw new Error('trap'); }, has() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } });
    const withDocs = (documents: unknown) => {
      const copy = load().detail as unknown as { payload: Record<string, unknown> };
      copy.payload.documents = documents;
      return copy;
    };
    const withSignature = (signature: unknown) => ({ ...load().detail, signature });
    const withPayload = (patch: Record<string, unknown>) => {
      const copy = load().detail as unknown as { payload: Record<string, unknown>; canonical: string };
      Object.assign(copy.payload, patch);
      return copy;
    };
    const details: unknown[] = [
      null, undefined, 0, 42, NaN, '', 'detail', true, Symbol('d'), 10n, [], [1, 2], {}, () => 1, new Date(), throwing,
      { canonical: 5, payload: {} }, { canonical: '{}', payload: 'x' }, { canonical: '{}', payload: {} }, { canonical: 'null', payload: {} },
      { canonical: '42', payload: {} }, { canonical: '"s"', payload: { service: 1 } }, { canonical: '[]', payload: [] },
      { canonical: '{"a":1}', payload: cyclic }, { canonical: '{}', payload: Object.create(null) },
      { canonical: good.detail.canonical, payload: good.detail.payload, digest: {}, service: Object.create(null), signature: 'sig' },
      withDocs('x'), withDocs([null, 5, 'x', { doc: 7 }, { doc: '__proto__', size: 'big' }]), withDocs({ length: 2 }),
      withPayload({ service: '__proto__' }), withPayload({ service: 'constructor' }), withPayload({ service: Object.create(null) }),
      withPayload({ answers: null }), withPayload({ answers: 'x' }), withPayload({ answers: { child: throwing } }),
      withPayload({ createdAt: 5 }), withPayload({ createdAt: '9999-99-99T99:99:99.999+05:00' }), withPayload({ version: Object.create(null) }),
      withSignature(null), withSignature({ type: 'webcrypto', value: 5 }), withSignature({ type: 'webcrypto', value: 'a.b.c' }),
      withSignature({ type: 'webcrypto', value: '..' }), withSignature({ type: 'ncalayer', value: '!!!' }), withSignature({ type: 'ncalayer', value: 'MA==' }),
      withSignature({ type: 'sms', value: 'x' }), withSignature({ type: Object.create(null), value: 'x' }),
      withSignature({ ...good.detail.signature, certificate: 'not a jwk' }), withSignature({ ...good.detail.signature, certificate: throwing }),
    ];
    const fileSets: unknown[] = [undefined, null, 'abc', 42, {}, [], [null], [42, 'x', {}], [{ bytes: new ArrayBuffer(3) }], [{ name: 'x' }], [throwing], good.files];
    const optionSets: unknown[] = [
      undefined, null, 'x', 5, {}, { trustedKeys: 'x' }, { trustedKeys: [5, null, {}, 'thumb'] }, { trustedKeys: throwing },
      { ruleContext: 'x' }, { ruleContext: { ageCutoff: 'not a date' } }, { ruleContext: { now: 'yesterday' } },
      { registry: 'x', checklistOptions: null }, { acceptSignatures: 'x' }, { acceptSignatures: [5, null] },
    ];
    let runs = 0;
    for (const detail of details) {
      for (const files of fileSets) {
        for (const options of [optionSets[runs % optionSets.length], undefined]) {
          runs++;
          let result;
          try {
            result = await verify(detail, files as never, options as never);
          } catch (error) {
            expect.fail(`threw for detail #${details.indexOf(detail)}, files ${fileSets.indexOf(files)}, options ${JSON.stringify(options)}: ${String(error)}`);
          }
          expect(result.ok, `detail #${details.indexOf(detail)}`).to.be.a('boolean');
          expect(result.mismatches).to.be.an('array');
          for (const m of result.mismatches) {
            expect(m.path).to.be.a('string');
            expect(m.code).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
            if (m.expected !== undefined) expect(m.expected).to.be.a('string');
            if (m.actual !== undefined) expect(m.actual).to.be.a('string');
          }
          if (result.ok) expect(result.mismatches).to.deep.equal([]);
        }
      }
    }
    for (const options of optionSets) {
      await verify(good.detail, good.files, options as never);
      runs++;
    }
    expect(runs).to.be.greaterThan(500);
  });

  it('checks a CMS detail structurally, then asks the host (verifyCms) over the canonical bytes', async () => {
    const { detail, files } = load();
    const cms = fixtureCms();
    detail.signature = { type: 'ncalayer', value: cms };
    const calls: Array<[string, string]> = [];
    const verifyCms = async (value: string, content: Uint8Array) => {
      calls.push([value, new TextDecoder().decode(content)]);
      return { ok: true, iin: '800101300011' };
    };
    const result = await verify(detail, files, { acceptSignatures: ['ncalayer'], trustedKeys: undefined, verifyCms });
    expect(result).to.deep.equal({ ok: true, mismatches: [], signatureVerified: true, signer: { type: 'ncalayer', iin: '800101300011' } });
    expect(calls).to.deep.equal([[cms, detail.canonical]]);
    detail.signature = { type: 'ncalayer', value: 'MIIB' + 'A'.repeat(20) };
    expect(codes(await verify(detail, files, { acceptSignatures: ['ncalayer'], trustedKeys: undefined, verifyCms }))).to.deep.equal(['cms-malformed']);
    expect(calls).to.have.length(1); // garbage never reaches the host's PKI
  });

  describe('accepted signature types (acceptSignatures, trustedKeys, verifyCms, verifySmsToken)', () => {
    const sms = () => {
      const a = load();
      a.detail.signature = { type: 'sms', value: 'token-from-the-host-back-end' } as never;
      return a;
    };
    const cms = () => {
      const a = load();
      a.detail.signature = { type: 'ncalayer', value: fixtureCms() };
      return a;
    };
    const smsOnly = { acceptSignatures: ['sms'], trustedKeys: undefined } as const;

    it('an SMS token is verified only by the host: ok only when verifySmsToken says true for this digest', async () => {
      const a = sms();
      const seen: string[] = [];
      const yes = await verify(a.detail, a.files, { ...smsOnly, acceptSignatures: ['sms'], verifySmsToken: (token, digest) => (seen.push(digest), token === 'token-from-the-host-back-end') });
      expect(yes).to.deep.equal({ ok: true, mismatches: [], signatureVerified: true, signer: { type: 'sms' } });
      expect(seen).to.deep.equal([a.detail.digest]);
      // The forged token "x", a callback that says anything but true, one that throws or rejects.
      const x = sms();
      x.detail.signature = { type: 'sms', value: 'x' } as never;
      for (const verifySmsToken of [async () => false, async () => 'yes' as never, () => { throw new Error('db down'); }, () => Promise.reject(new Error('db down'))]) {
        const result = await verify(x.detail, x.files, { ...smsOnly, acceptSignatures: ['sms'], verifySmsToken: verifySmsToken as never });
        expect(result.ok).to.equal(false);
        expect(result.signatureVerified).to.equal(false);
        expect(codes(result)).to.deep.equal(['signature-invalid']);
      }
    });

    it('a random "CMS" is never ok: malformed, and a well-formed one the host refuses is signature-invalid', async () => {
      const random = load();
      random.detail.signature = { type: 'ncalayer', value: Buffer.from(crypto.getRandomValues(new Uint8Array(300))).toString('base64') };
      let called = 0;
      const verifyCms = async () => (called++, { ok: true });
      expect(codes(await verify(random.detail, random.files, { acceptSignatures: ['ncalayer'], trustedKeys: undefined, verifyCms }))).to.deep.equal(['cms-malformed']);
      expect(called).to.equal(0);
      const a = cms();
      for (const answer of [async () => ({ ok: false }), async () => null, async () => ({ ok: 'true' }), () => { throw new Error('ocsp down'); }]) {
        const result = await verify(a.detail, a.files, { acceptSignatures: ['ncalayer'], trustedKeys: undefined, verifyCms: answer as never });
        expect(codes(result)).to.deep.equal(['signature-invalid']);
        expect(result.ok).to.equal(false);
      }
    });

    it('refuses a type the host did not list', async () => {
      for (const [make, type] of [[sms, 'sms'], [cms, 'ncalayer']] as const) {
        const a = make();
        const result = await verify(a.detail, a.files);
        expect(result.ok, type).to.equal(false);
        expect(result.mismatches).to.deep.equal([{ path: 'signature.type', code: 'signature-type-not-accepted', expected: 'webcrypto', actual: type }]);
        expect(result.signatureVerified).to.equal(false);
      }
      const b = load();
      const webcrypto = await verify(b.detail, b.files, { acceptSignatures: ['sms'], trustedKeys: undefined, verifySmsToken: () => true });
      expect(webcrypto.mismatches).to.deep.equal([{ path: 'signature.type', code: 'signature-type-not-accepted', expected: 'sms', actual: 'webcrypto' }]);
      expect(webcrypto.ok).to.equal(false);
    });

    it('reports an unknown type once, as signature-type', async () => {
      const a = load();
      a.detail.signature = { type: 'eds', value: 'x' } as never;
      expect(codes(await verify(a.detail, a.files))).to.deep.equal(['signature-type']);
    });
  });

  describe('documents against the rules (registry, checklistOptions)', () => {
    /** School-enrollment answers with special needs, a foreign child and an orphan's status, as the form validates them. */
    const raw = {
      child: { iin: '200821501076', birthDate: '2020-08-21', lastName: 'Seitkali', firstName: 'Alikhan' },
      schoolYear: 2027, school: 'School No. 12', specialNeeds: true, residency: 'foreigner', statuses: ['orphan'],
    };
    const createdAt = new Date('2027-06-03T05:15:00Z');

    /** A detail signed here in Node with a fresh key, with one small file per document id given. */
    async function signed(docs: string[], answers: unknown = raw, typeOf: (doc: string) => string = () => 'image/jpeg') {
      const data = validateAnswers('school-enrollment', answers, { now: createdAt }).data;
      if (!data) throw new Error('fixture answers must be valid');
      const files = docs.map((doc, i) => {
        const bytes = new Uint8Array(40 + i).fill(i + 1);
        // The magic bytes of what the file says it is, as the server sniffs them.
        bytes.set(typeOf(doc) === 'application/pdf' ? [0x25, 0x50, 0x44, 0x46, 0x2d] : typeOf(doc) === 'image/jpeg' ? [0xff, 0xd8, 0xff] : [], 0);
        return new File([bytes], `${doc}-${i}.jpg`, { type: typeOf(doc) });
      });
      const payload = await buildPayload({
        service: 'school-enrollment', locale: 'en', answers: data, now: () => createdAt,
        attachments: files.map((file, i) => ({ doc: docs[i], file })),
      });
      const pair = await globalThis.crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
      const jwk = publicJwk(await globalThis.crypto.subtle.exportKey('jwk', pair.publicKey));
      nodeKeys.push(jwk);
      const canonical = canonicalJson(payload);
      const signature = { type: 'webcrypto' as const, value: await signDetachedJws(utf8(canonical), pair.privateKey, jwk), certificate: jwk };
      return { detail: { service: 'school-enrollment', payload, canonical, digest: await digestCanonical(canonical), signature }, files };
    }
    const missing = (result: { mismatches: Array<{ code: string; expected?: string; actual?: string; path: string }> }) =>
      result.mismatches.filter((m) => m.code === 'document-missing').map((m) => `${m.path}:${m.expected}:${m.actual}`);

    it('reports every required document that is not attached when the host gives the registry', async () => {
      const { detail, files } = await signed([]);
      // Without the registry the documents are not checked against the checklist (the README contract).
      expect((await verify(detail, files)).ok).to.equal(true);
      const result = await verify(detail, files, { registry: {} });
      expect(result.ok).to.equal(false);
      expect(codes(result)).to.deep.equal(Array(5).fill('document-missing'));
      expect(missing(result)).to.deep.equal([
        'payload.documents:birth-certificate:0',
        'payload.documents:child-photo:0',
        'payload.documents:pmpc-conclusion:0',
        'payload.documents:residence-permit:0',
        'payload.documents:guardianship-decision:0',
      ]);
    });

    it('asks nothing the registry holds, counts files, and applies checklistOptions', async () => {
      const { detail, files } = await signed(['child-photo', 'pmpc-conclusion', 'residence-permit']);
      const registry = { civilRegistry: true, guardianship: true };
      expect(missing(await verify(detail, files, { registry }))).to.deep.equal(['payload.documents:child-photo:1']);
      expect(missing(await verify(detail, files, { registry, checklistOptions: { medicalCertificates: 'required' } }))).to.deep.equal([
        'payload.documents:child-photo:1', 'payload.documents:health-063:0', 'payload.documents:health-026:0',
      ]);
      const complete = await signed(['child-photo', 'child-photo', 'pmpc-conclusion', 'residence-permit']);
      const result = await verify(complete.detail, complete.files, { registry });
      expect(result.mismatches).to.deep.equal([]);
      expect(result.ok).to.equal(true);
      // Attaching a document the registry holds anyway is fine: it is on the checklist.
      const extra = await signed(['birth-certificate', 'child-photo', 'child-photo', 'pmpc-conclusion', 'residence-permit', 'guardianship-decision', 'health-026']);
      expect((await verify(extra.detail, extra.files, { registry })).mismatches).to.deep.equal([]);
    });

    it('reports a document id that is not one, always, and one the checklist does not list, with the registry', async () => {
      const { detail, files } = await signed(['birth-certificate', 'child-photo', 'child-photo', 'absentee-ballot', 'passport', 'pmpc-conclusion', 'residence-permit', 'guardianship-decision']);
      expect((await verify(detail, files)).mismatches).to.deep.equal([
        { path: 'payload.documents[4].doc', code: 'document-unknown', actual: 'passport' },
      ]);
      expect((await verify(detail, files, { registry: {} })).mismatches).to.deep.equal([
        { path: 'payload.documents[4].doc', code: 'document-unknown', actual: 'passport' },
        { path: 'payload.documents[3].doc', code: 'document-unexpected', actual: 'absentee-ballot' },
      ]);
    });

    it('reports a document given more files than it consists of, always, once per document', async () => {
      const { detail, files } = await signed(['child-photo', 'child-photo', 'child-photo', 'birth-certificate', 'birth-certificate', 'pmpc-conclusion']);
      const result = await verify(detail, files);
      expect(result.ok).to.equal(false);
      expect(result.mismatches).to.deep.equal([
        { path: 'payload.documents', code: 'too-many-files', expected: 'child-photo', actual: '3' },
        { path: 'payload.documents', code: 'too-many-files', expected: 'birth-certificate', actual: '2' },
      ]);
      // Two photos and one of each scan: nothing to say.
      const right = await signed(['child-photo', 'child-photo', 'birth-certificate', 'pmpc-conclusion']);
      expect((await verify(right.detail, right.files)).mismatches).to.deep.equal([]);
    });

    it('reports a file type the kit never sends for the document: a PDF photo, a PNG, a WebP', async () => {
      const types: Record<string, string> = {
        'child-photo': 'application/pdf', 'birth-certificate': 'image/png', 'pmpc-conclusion': 'image/webp', 'residence-permit': 'application/pdf',
      };
      const { detail, files } = await signed(['child-photo', 'birth-certificate', 'pmpc-conclusion', 'residence-permit'], raw, (doc) => types[doc]);
      // (The PNG and WebP bytes here are not what they claim either: file-content-type, tested apart.)
      expect((await verify(detail, files)).mismatches.filter((m) => m.code !== 'file-content-type')).to.deep.equal([
        { path: 'payload.documents[0].type', code: 'file-type', expected: 'image/jpeg', actual: 'application/pdf' },
        { path: 'payload.documents[1].type', code: 'file-type', expected: 'image/jpeg,application/pdf', actual: 'image/png' },
        { path: 'payload.documents[2].type', code: 'file-type', expected: 'image/jpeg,application/pdf', actual: 'image/webp' },
      ]);
    });

    it('gives only codes it lists (verifyCodes) or rules error codes', async () => {
      const { detail, files } = await signed(['child-photo', 'child-photo', 'child-photo', 'passport'], raw, () => 'text/plain');
      (detail as { digest: string }).digest = 'x';
      const result = await verify(detail, files.slice(1), { registry: {} });
      expect(result.mismatches.length).to.be.greaterThan(5);
      for (const m of result.mismatches) expect([...verifyCodes, ...errorCodes]).to.include(m.code);
    });

    it('does not count names of Object.prototype as documents', async () => {
      const { detail, files } = await signed(['constructor', '__proto__', 'toString']);
      const result = await verify(detail, files, { registry: {} });
      expect(codes(result).filter((c) => c === 'document-unknown')).to.have.length(3);
      expect(missing(result)).to.have.length(5);
    });

    it('accepts the browser-signed fixture against its checklist', async () => {
      for (const registry of [{}, { civilRegistry: true }]) {
        const { detail, files } = load();
        expect((await verify(detail, files, { registry, trustedKeys: [fixture.publicKey] })).mismatches).to.deep.equal([]);
      }
    });
  });

  it('writes createdAt in +05:00 whatever TZ this process has', () => {
    expect(kazakhstanIso(new Date(Date.UTC(2027, 5, 3, 5, 15)))).to.equal('2027-06-03T10:15:00.000+05:00');
    expect(kazakhstanIso(new Date(Date.UTC(2027, 11, 31, 20, 0)))).to.equal('2028-01-01T01:00:00.000+05:00');
  });
});

/** A minimal detached SignedData (ContentInfo → SignedData, no eContent, one SignerInfo), base64. */
function fixtureCms(): string {
  const tlv = (tag: number, ...parts: number[][]): number[] => {
    const body = parts.flat();
    return [tag, ...(body.length < 0x80 ? [body.length] : [0x81, body.length]), ...body];
  };
  const hex = (h: string) => h.match(/../g)!.map((b) => parseInt(b, 16));
  const signerInfo = tlv(0x30, tlv(0x02, [1]), tlv(0x04, new Array(64).fill(7)));
  const signedData = tlv(0x30, tlv(0x02, [1]), tlv(0x31), tlv(0x30, tlv(0x06, hex('2a864886f70d010701'))), tlv(0x31, signerInfo));
  const der = tlv(0x30, tlv(0x06, hex('2a864886f70d010702')), tlv(0xa0, signedData));
  return Buffer.from(der).toString('base64');
}
