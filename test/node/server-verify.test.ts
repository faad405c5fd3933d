// egov-forms/server in plain Node: options, forgeries, the strict schema, the server's clock, files, limits, hostile input, CMS in DER and BER.
import { expect } from 'chai';
import { errorCodes } from '../../src/rules/errors.js';
import { readCms, verifyCodes, verifyPayload, limits, type VerifyOptions } from '../../src/server/index.js';
import { utf8 } from '../../src/signing/canonical.js';
import { base64, signedData } from './support/cms.js';
import { at, codes, hostOptions, jpegBytes, jwsWithHeader, makeKey, pdfBytes, seal, serverNow, signedDetail, type Key, type Signed } from './support/sign.js';

let key: Key;
let attacker: Key;
before(async () => {
  key = await makeKey();
  attacker = await makeKey();
});

const fresh = () => signedDetail(key);

describe('egov-forms/server verifyPayload', () => {
  it('accepts a complete detail signed by a trusted key, on the server clock, and names the signer', async () => {
    const { detail, files } = await fresh();
    const result = await verifyPayload(detail, files, hostOptions(key));
    expect(result.mismatches).to.deep.equal([]);
    expect(result.ok).to.equal(true);
    expect(result.signatureVerified).to.equal(true);
    expect(result.signer?.type).to.equal('webcrypto');
    expect(result.signer?.thumbprint).to.match(/^[A-Za-z0-9_-]{43}$/);
    // Pinned by the JWK as exportKey gives it (ext, key_ops), or by thumbprint: the same.
    const exported = await verifyPayload(detail, files, hostOptions(key, { trustedKeys: [{ ...key.jwk, ext: true, key_ops: ['verify'], kid: 'k1' } as JsonWebKey] }));
    expect(exported.ok).to.equal(true);
    const byThumbprint = await verifyPayload(detail, files, hostOptions(key, { trustedKeys: [result.signer!.thumbprint!] }));
    expect(byThumbprint.ok).to.equal(true);
  });

  describe('options: missing or contradictory is options-invalid, never a permissive default', () => {
    const cases: Array<[string, (k: Key) => unknown, string]> = [
      ['no options', () => undefined, 'options'],
      ['null', () => null, 'options'],
      ['a string', () => 'webcrypto', 'options'],
      ['no service', (k) => ({ acceptSignatures: ['webcrypto'], trustedKeys: [k.jwk] }), 'options.service'],
      ['an unknown service', (k) => hostOptions(k, { service: 'passport' as never }), 'options.service'],
      ['no acceptSignatures', (k) => ({ service: 'school-enrollment', trustedKeys: [k.jwk] }), 'options.acceptSignatures'],
      ['empty acceptSignatures', (k) => hostOptions(k, { acceptSignatures: [] }), 'options.acceptSignatures'],
      ['an unknown signature type', (k) => hostOptions(k, { acceptSignatures: ['webcrypto', 'eds' as never] }), 'options.acceptSignatures'],
      ['webcrypto without trustedKeys', () => ({ service: 'school-enrollment', acceptSignatures: ['webcrypto'] }), 'options.trustedKeys'],
      ['webcrypto with empty trustedKeys', (k) => hostOptions(k, { trustedKeys: [] }), 'options.trustedKeys'],
      ['a trusted key that is no P-256 key', (k) => hostOptions(k, { trustedKeys: [{ kty: 'RSA', n: 'x', e: 'AQAB' }] }), 'options.trustedKeys[0]'],
      ['a trusted "thumbprint" that is not one', (k) => hostOptions(k, { trustedKeys: ['thumb'] }), 'options.trustedKeys[0]'],
      ['a private key as a trusted key', (k) => hostOptions(k, { trustedKeys: [{ ...k.jwk, d: 'x'.repeat(43) }] }), 'options.trustedKeys[0]'],
      ['trustedKeys without webcrypto', (k) => hostOptions(k, { acceptSignatures: ['sms'], verifySmsToken: () => true }), 'options.trustedKeys'],
      ['ncalayer without verifyCms', (k) => hostOptions(k, { acceptSignatures: ['webcrypto', 'ncalayer'] }), 'options.verifyCms'],
      ['egov-mobile without verifyCms', (k) => hostOptions(k, { acceptSignatures: ['webcrypto', 'egov-mobile'] }), 'options.verifyCms'],
      ['verifyCms that is not a function', (k) => hostOptions(k, { acceptSignatures: ['webcrypto', 'ncalayer'], verifyCms: true as never }), 'options.verifyCms'],
      ['verifyCms without a CMS type', (k) => hostOptions(k, { verifyCms: async () => ({ ok: true }) }), 'options.verifyCms'],
      ['sms without verifySmsToken', (k) => hostOptions(k, { acceptSignatures: ['webcrypto', 'sms'] }), 'options.verifySmsToken'],
      ['verifySmsToken without sms', (k) => hostOptions(k, { verifySmsToken: () => true }), 'options.verifySmsToken'],
      ['an invalid now', (k) => hostOptions(k, { now: new Date(Number.NaN) }), 'options.now'],
      ['now as a string', (k) => hostOptions(k, { now: '2027-06-03' as never }), 'options.now'],
      ['a clock that throws', (k) => hostOptions(k, { now: () => { throw new Error('no clock'); } }), 'options.now'],
      ['a clock that gives no Date', (k) => hostOptions(k, { now: (() => 5) as never }), 'options.now'],
      ['timeoutMs 0', (k) => hostOptions(k, { timeoutMs: 0 }), 'options.timeoutMs'],
      ['timeoutMs Infinity', (k) => hostOptions(k, { timeoutMs: Number.POSITIVE_INFINITY }), 'options.timeoutMs'],
      ['maxAgeMs negative', (k) => hostOptions(k, { maxAgeMs: -1 }), 'options.maxAgeMs'],
      ['maxFutureMs a string', (k) => hostOptions(k, { maxFutureMs: '5' as never }), 'options.maxFutureMs'],
      ['a window with a date that is none', (k) => hostOptions(k, { window: { opens: '02-30', closes: '06-01' } }), 'options.window'],
      ['a window without dates', (k) => hostOptions(k, { window: {} as never }), 'options.window'],
      ['a school year out of range', (k) => hostOptions(k, { schoolYear: 1999 }), 'options.schoolYear'],
      ['ruleContext with its own now', (k) => hostOptions(k, { ruleContext: { now: new Date() } as never }), 'options.ruleContext.now'],
      ['registry that is not an object', (k) => hostOptions(k, { registry: 'all' as never }), 'options.registry'],
      ['a getter in the options', (k) => Object.defineProperty(hostOptions(k), 'trustedKeys', { get: () => [k.jwk], enumerable: true }), 'options.trustedKeys'],
    ];
    for (const [name, make, path] of cases) {
      it(name, async () => {
        const { detail, files } = await fresh();
        const result = await verifyPayload(detail, files, make(key) as VerifyOptions);
        expect(result.ok).to.equal(false);
        expect(result.signatureVerified).to.equal(false);
        expect(result.mismatches.length).to.be.greaterThan(0);
        expect(result.mismatches.every((m) => m.code === 'options-invalid'), JSON.stringify(result.mismatches)).to.equal(true);
        expect(result.mismatches.map((m) => m.path)).to.include(path);
      });
    }
  });

  describe('forgeries', () => {
    it("a detail signed with the attacker's own WebCrypto key (the key travels in the header) is signature-key-untrusted", async () => {
      const { detail, files } = await signedDetail(attacker);
      const result = await verifyPayload(detail, files, hostOptions(key));
      expect(at(result)).to.deep.equal(['signature.value:signature-key-untrusted']);
      expect(result.ok).to.equal(false);
      expect(result.signatureVerified).to.equal(false);
    });

    it('a trusted signature moved onto a changed payload is signature-invalid', async () => {
      const { detail, files } = await fresh();
      const signature = detail.signature;
      detail.payload.answers.school = '№ 1 мектеп';
      await seal(detail, attacker);
      detail.signature = signature;
      expect(codes(await verifyPayload(detail, files, hostOptions(key)))).to.deep.equal(['signature-invalid']);
    });

    const header = (jwk: JsonWebKey, extra = '') => `{"alg":"ES256","b64":false,"crit":["b64"],"jwk":${JSON.stringify(jwk)}${extra}}`;
    const headers: Array<[string, (jwk: JsonWebKey) => string]> = [
      ['an unknown crit member', (jwk) => `{"alg":"ES256","b64":false,"crit":["b64","exp"],"exp":1,"jwk":${JSON.stringify(jwk)}}`],
      ['crit without b64', (jwk) => `{"alg":"ES256","b64":false,"crit":[],"jwk":${JSON.stringify(jwk)}}`],
      ['no crit', (jwk) => `{"alg":"ES256","b64":false,"jwk":${JSON.stringify(jwk)}}`],
      ['a duplicate alg (none, then ES256)', (jwk) => `{"alg":"none","alg":"ES256","b64":false,"crit":["b64"],"jwk":${JSON.stringify(jwk)}}`],
      ['a duplicate alg (ES256, then none)', (jwk) => `{"alg":"ES256","b64":false,"crit":["b64"],"jwk":${JSON.stringify(jwk)},"alg":"ES256"}`],
      ['a duplicate member inside the key', (jwk) => header({ ...jwk }).replace('"kty":"EC"', '"kty":"EC","kty":"EC"')],
      ['an escaped member name', (jwk) => header(jwk).replace('"alg"', '"\\u0061lg"')],
      ['whitespace in the header', (jwk) => header(jwk).replace(',', ', ')],
      ['alg none', (jwk) => header(jwk).replace('ES256', 'none')],
      ['alg HS256', (jwk) => header(jwk).replace('ES256', 'HS256')],
      ['alg ES384', (jwk) => header(jwk).replace('ES256', 'ES384')],
      ['b64 true', (jwk) => header(jwk).replace('"b64":false', '"b64":true')],
      ['an extra header member (kid)', (jwk) => header(jwk, ',"kid":"k1"')],
      ['a jku pointing elsewhere', (jwk) => header(jwk, ',"jku":"https://attacker.example/keys"')],
      ['a key with a private member', (jwk) => header({ ...jwk, d: 'AAAA' })],
      ['a P-384 key', (jwk) => header({ ...jwk, crv: 'P-384' })],
      ['a point not on the curve', (jwk) => header({ ...jwk, y: jwk.x })],
      ['a short coordinate', (jwk) => header({ ...jwk, x: 'AAAA' })],
      ['a header that is an array', () => '[]'],
      ['a header that is not JSON', () => '{alg:ES256}'],
    ];
    for (const [name, make] of headers) {
      it(`a JWS header with ${name} is refused (signature-malformed), even when signed by the trusted key`, async () => {
        const { detail, files } = await fresh();
        detail.signature = { type: 'webcrypto', value: await jwsWithHeader(make(key.jwk), detail.canonical, key) };
        const result = await verifyPayload(detail, files, hostOptions(key));
        expect(codes(result)).to.deep.equal(['signature-malformed']);
        expect(result.ok).to.equal(false);
      });
    }

    it('a signature that is not 64 bytes of r||s, or not base64url, is signature-malformed; a JWS with an attached payload too', async () => {
      const { detail, files } = await fresh();
      const good = detail.signature.value;
      const [head, , sig] = good.split('.');
      for (const value of [`${head}..${sig}AA`, `${head}..${sig.slice(0, -4)}`, `${head}..${sig}=`, `${head}..+/${sig.slice(2)}`, `${head}.eyJ9.${sig}`, `${head}.${sig}`, '..', 'x'.repeat(100)]) {
        detail.signature = { type: 'webcrypto', value };
        expect(codes(await verifyPayload(detail, files, hostOptions(key))), value.slice(-20)).to.deep.equal(['signature-malformed']);
      }
    });

    it('an SMS "token" x is never ok without the host saying so', async () => {
      const { detail, files } = await fresh();
      detail.signature = { type: 'sms', value: 'x' };
      const refused = await verifyPayload(detail, files, hostOptions(key));
      expect(at(refused)).to.deep.equal(['signature.type:signature-type-not-accepted']);
      const asked = await verifyPayload(detail, files, { service: 'school-enrollment', acceptSignatures: ['sms'], verifySmsToken: async () => false, now: serverNow });
      expect(at(asked)).to.deep.equal(['signature.value:signature-invalid']);
      expect(asked.ok).to.equal(false);
    });

    it('a random "CMS" is cms-malformed and never reaches the host', async () => {
      const { detail, files } = await fresh();
      let asked = 0;
      const options: VerifyOptions = { service: 'school-enrollment', acceptSignatures: ['ncalayer', 'egov-mobile'], verifyCms: async () => (asked++, { ok: true }), now: serverNow };
      for (const value of [base64(crypto.getRandomValues(new Uint8Array(512))), 'MIIB', 'not base64 at all!', base64(signedData()).slice(0, -8)]) {
        for (const type of ['ncalayer', 'egov-mobile']) {
          detail.signature = { type, value };
          const result = await verifyPayload(detail, files, options);
          expect(codes(result)).to.deep.equal(['cms-malformed']);
          expect(result.ok).to.equal(false);
        }
      }
      expect(asked).to.equal(0);
    });
  });

  describe('CMS in DER and BER (NCALayer sends indefinite lengths)', () => {
    for (const encoding of ['der', 'ber'] as const) {
      it(`reads a detached SignedData in ${encoding.toUpperCase()}`, () => {
        const parsed = readCms(signedData({ encoding }));
        expect(parsed).to.deep.equal({ ok: true, encoding, detached: true, signerCount: 1, certificateCount: 0 });
      });

      it(`reads attached content in ${encoding.toUpperCase()} (BER: a constructed OCTET STRING in chunks)`, () => {
        const content = utf8('{"a":"сәлем"}');
        const parsed = readCms(signedData({ encoding, content, chunk: 5 }));
        expect(parsed.ok).to.equal(true);
        if (parsed.ok) expect(new TextDecoder().decode(parsed.content)).to.equal('{"a":"сәлем"}');
      });

      it(`verifies through the host when the attached content is the canonical text, refuses other content (${encoding.toUpperCase()})`, async () => {
        const { detail, files } = await fresh();
        const calls: string[] = [];
        const options: VerifyOptions = {
          service: 'school-enrollment',
          acceptSignatures: ['ncalayer'],
          verifyCms: async (cms, content) => (calls.push(new TextDecoder().decode(content)), { ok: cms.length > 0, iin: '800101300011' }),
          now: serverNow,
        };
        detail.signature = { type: 'ncalayer', value: base64(signedData({ encoding, content: utf8(detail.canonical), chunk: 100 })) };
        const result = await verifyPayload(detail, files, options);
        expect(result).to.deep.equal({ ok: true, mismatches: [], signatureVerified: true, signer: { type: 'ncalayer', iin: '800101300011' } });
        expect(calls).to.deep.equal([detail.canonical]);
        detail.signature = { type: 'ncalayer', value: base64(signedData({ encoding, content: utf8(detail.canonical.replace('Астана', 'Алматы')) })) };
        expect(codes(await verifyPayload(detail, files, options))).to.deep.equal(['cms-content-mismatch']);
        expect(calls).to.have.length(1);
      });
    }

    it('refuses broken BER: no end-of-contents, an indefinite primitive, no signer, truncation, trailing bytes', () => {
      const ber = signedData({ encoding: 'ber' });
      expect(readCms(ber.slice(0, -2)).ok).to.equal(false);
      expect(readCms(new Uint8Array([0x04, 0x80, 0x00, 0x00])).ok).to.equal(false);
      expect(readCms(signedData({ signers: 0 }))).to.deep.equal({ ok: false, reason: 'no-signer' });
      expect(readCms(signedData().slice(0, 30)).ok).to.equal(false);
      expect(readCms(new Uint8Array([...signedData(), 0])).ok).to.equal(false);
      // Nesting deeper than any CMS: refused, not a stack overflow.
      const deep = new Uint8Array(20_000).fill(0x30).map((b, i) => (i % 2 ? 0x80 : b));
      expect(readCms(deep).ok).to.equal(false);
    });
  });

  describe("checked on the server's terms", () => {
    it('the expected service only: a detail for another service is service-mismatch', async () => {
      const { detail, files } = await fresh();
      const result = await verifyPayload(detail, files, hostOptions(key, { service: 'meal-subsidy' }));
      expect(result.ok).to.equal(false);
      expect(result.mismatches[0]).to.deep.equal({ path: 'payload.service', code: 'service-mismatch', expected: 'meal-subsidy', actual: 'school-enrollment' });
    });

    it("createdAt: more than 24 h old is created-at-too-old, more than 5 min ahead is created-at-in-future (both configurable); never the payload's clock", async () => {
      const { detail, files } = await fresh();
      const now = (iso: string) => hostOptions(key, { now: new Date(iso) });
      expect(codes(await verifyPayload(detail, files, now('2027-06-04T05:15:00Z')))).to.deep.equal([]);
      expect(codes(await verifyPayload(detail, files, now('2027-06-04T05:15:00.001Z')))).to.deep.equal(['created-at-too-old']);
      expect(codes(await verifyPayload(detail, files, now('2027-06-03T05:10:00Z')))).to.deep.equal([]);
      expect(codes(await verifyPayload(detail, files, now('2027-06-03T05:09:59.999Z')))).to.deep.equal(['created-at-in-future']);
      expect(codes(await verifyPayload(detail, files, hostOptions(key, { now: new Date('2027-06-05T00:00:00Z'), maxAgeMs: 3 * 86_400_000 })))).to.deep.equal([]);
      expect(codes(await verifyPayload(detail, files, hostOptions(key, { now: () => new Date('2027-06-03T05:00:00Z'), maxFutureMs: 3_600_000 })))).to.deep.equal([]);
    });

    it('the application window against now: a detail signed in the window and posted after it closed is window-closed', async () => {
      const { detail, files } = await fresh();
      // Signed at 23:30 on 1 September (the default window's last day), received at midnight: the window is shut on the server's clock.
      detail.payload.createdAt = '2027-09-01T23:30:00.000+05:00';
      await seal(detail, key);
      const late = await verifyPayload(detail, files, hostOptions(key, { now: new Date('2027-09-01T19:00:00Z') }));
      // (From 2 September the admission year is the next one, so the school year no longer matches either.)
      expect(at(late)).to.deep.equal(['payload.answers.schoolYear:school-year-mismatch', 'now:window-closed']);
      const early = await verifyPayload(detail, files, hostOptions(key, { now: new Date('2027-09-01T18:59:00Z'), window: { opens: '06-01', closes: '08-31' } }));
      expect(at(early)).to.deep.equal(['now:window-closed']);
      const open = await verifyPayload(detail, files, hostOptions(key, { now: new Date('2027-09-01T18:59:00Z') }));
      expect(at(open)).to.deep.equal([]);
    });

    it('the school year against now (as the form computes it, or the years the host takes)', async () => {
      const { detail, files } = await fresh();
      detail.payload.answers.schoolYear = 2028;
      detail.payload.idempotencyKey = (await import('../../src/signing/payload.js')).idempotencyKey('school-enrollment', '200821501076', 2028) as never;
      detail.payload.idempotencyKey = await (detail.payload.idempotencyKey as unknown as Promise<string>);
      await seal(detail, key);
      const result = await verifyPayload(detail, files, hostOptions(key, { window: { opens: '2027-06-01', closes: '2028-08-31' } }));
      expect(result.mismatches).to.deep.equal([{ path: 'payload.answers.schoolYear', code: 'school-year-mismatch', expected: '2027', actual: '2028' }]);
      const taken = await verifyPayload(detail, files, hostOptions(key, { window: { opens: '2027-06-01', closes: '2028-08-31' }, schoolYear: [2027, 2028] }));
      expect(taken.mismatches).to.deep.equal([]);
    });

    it('a window that closes before it opens (in the application\'s school year) is options-invalid', async () => {
      const { detail, files } = await fresh();
      const result = await verifyPayload(detail, files, hostOptions(key, { window: { opens: '09-01', closes: '06-01' } }));
      expect(at(result)).to.deep.equal(['options.window:options-invalid']);
      expect(result.ok).to.equal(false);
    });

    it("the child's age against now, with the host's rule parameters", async () => {
      const { detail, files } = await fresh();
      const result = await verifyPayload(detail, files, hostOptions(key, { ruleContext: { minAge: 8 } }));
      expect(at(result)).to.deep.equal(['payload.answers.child.birthDate:child-too-young']);
    });

    it('the idempotency key is recomputed (SHA-256 of service, child IIN and school year)', async () => {
      const { detail, files } = await fresh();
      detail.payload.idempotencyKey = 'a'.repeat(64);
      await seal(detail, key);
      expect(at(await verifyPayload(detail, files, hostOptions(key)))).to.deep.equal(['payload.idempotencyKey:idempotency-key-mismatch']);
    });
  });

  describe('strict payload schema: a field the contract does not name, at any level, is field-unexpected', () => {
    const places: Array<[string, (s: Signed) => void, string]> = [
      ['the detail', (s) => Object.assign(s.detail, { note: 'hi' }), 'note'],
      ['the payload', (s) => Object.assign(s.detail.payload, { admin: true }), 'payload.admin'],
      ['the answers', (s) => Object.assign(s.detail.payload.answers, { priority: 1 }), 'payload.answers.priority'],
      ['the child', (s) => Object.assign(s.detail.payload.answers.child as object, { school: 'x' }), 'payload.answers.child.school'],
      ['a document', (s) => Object.assign(s.detail.payload.documents[1], { url: 'https://x' }), 'payload.documents[1].url'],
      ['an original', (s) => Object.assign(s.detail.payload.documents[1].original as object, { exif: {} }), 'payload.documents[1].original.exif'],
      ['the signature', (s) => Object.assign(s.detail.signature, { alg: 'none' }), 'signature.alg'],
      ['__proto__ in the payload', (s) => Object.defineProperty(s.detail.payload, '__proto__', { value: { admin: true }, enumerable: true }), 'payload.__proto__'],
    ];
    for (const [name, change, path] of places) {
      it(`in ${name}`, async () => {
        const s = await fresh();
        change(s);
        if (path !== 'note' && !path.startsWith('signature')) await seal(s.detail, key);
        const result = await verifyPayload(s.detail, s.files, hostOptions(key));
        expect(result.ok).to.equal(false);
        expect(at(result)).to.include(`${path}:field-unexpected`);
      });
    }

    it('a member the contract names but the payload lacks is field-missing', async () => {
      for (const member of ['locale', 'version', 'documents', 'answers', 'createdAt', 'idempotencyKey']) {
        const s = await fresh();
        delete s.detail.payload[member];
        await seal(s.detail, key);
        expect(at(await verifyPayload(s.detail, s.files, hostOptions(key))), member).to.include(`payload.${member}:field-missing`);
      }
      for (const member of ['doc', 'name', 'type', 'size', 'sha256', 'original']) {
        const s = await fresh();
        delete s.detail.payload.documents[0][member];
        await seal(s.detail, key);
        expect(at(await verifyPayload(s.detail, s.files, hostOptions(key))), member).to.include(`payload.documents[0].${member}:field-missing`);
      }
    });

    it('every JSON type in every field is refused with the field path', async () => {
      const base = await fresh();
      const leaves = (value: unknown, path: (string | number)[] = []): (string | number)[][] => {
        const here = path.length ? [path] : [];
        if (value !== null && typeof value === 'object') {
          const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
          return [...here, ...entries.flatMap(([k, v]) => leaves(v, [...path, k]))];
        }
        return here;
      };
      const values: unknown[] = [null, true, 0, -1, 1.5, '', 'x', [], [1], {}, { a: 1 }];
      const name = (path: (string | number)[]) => path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : `${s}.${k}`), 'payload');
      let checked = 0;
      for (const path of leaves(base.detail.payload)) {
        for (const value of values) {
          const s = structuredClone({ detail: base.detail });
          const parent = path.slice(0, -1).reduce<any>((node, k) => node[k], s.detail.payload); // eslint-disable-line @typescript-eslint/no-explicit-any
          const old = parent[path[path.length - 1]];
          if (JSON.stringify(old) === JSON.stringify(value)) continue;
          // Same-type values that are still valid for a field (another boolean) are not errors.
          if (typeof old === 'boolean' && typeof value === 'boolean') continue;
          if (typeof old === 'string' && typeof value === 'string' && value !== '' && path.includes('answers')) continue; // another name
          if (typeof old === 'number' && typeof value === 'number' && Number.isInteger(value) && value >= 0 && path.includes('original')) continue;
          if (Array.isArray(old) && old.length === 0 && Array.isArray(value) && value.length === 0) continue;
          parent[path[path.length - 1]] = value;
          await seal(s.detail as never, key);
          const result = await verifyPayload(s.detail, base.files, hostOptions(key));
          const p = name(path);
          expect(result.ok, `${p} = ${JSON.stringify(value)}`).to.equal(false);
          const near = result.mismatches.some((m) => m.path === p || m.path.startsWith(`${p}.`) || m.path.startsWith(`${p}[`) || (p.startsWith('payload.documents') && (m.path === 'payload.documents' || m.path.startsWith('files'))));
          expect(near, `${p} = ${JSON.stringify(value)}: ${JSON.stringify(result.mismatches)}`).to.equal(true);
          for (const m of result.mismatches) expect([...verifyCodes, ...errorCodes]).to.include(m.code);
          checked++;
        }
      }
      expect(checked).to.be.greaterThan(300);
    });

    it('the envelope: each member of the detail in each wrong JSON type', async () => {
      for (const member of ['service', 'payload', 'canonical', 'digest', 'signature']) {
        for (const value of [null, true, 0, 'x', [], {}]) {
          const s = await fresh();
          (s.detail as Record<string, unknown>)[member] = value;
          const result = await verifyPayload(s.detail, s.files, hostOptions(key));
          expect(result.ok, `${member} = ${JSON.stringify(value)}`).to.equal(false);
          expect(result.mismatches.length).to.be.greaterThan(0);
        }
      }
    });
  });

  describe('files: sniffed, named plainly, sized before hashing', () => {
    const withFile = async (file: File, doc = 'birth-certificate'): Promise<Signed> => {
      const key0 = key;
      return signedDetail(key0, { files: [file], docs: [doc] });
    };

    it('HTML, SVG or script never pass as a document, whatever they are called', async () => {
      const sneaky: Array<[string, string]> = [
        ['<!doctype html><html><body>%PDF-1.7</body></html>', 'html before a PDF header'],
        ['%PDF-1.7\n<script>alert(1)</script>', 'script after a PDF header'],
        ['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', 'SVG'],
        ['  <?xml version="1.0"?><svg/>', 'XML SVG'],
        ['alert(document.cookie) // %PDF-', 'script text'],
      ];
      for (const [text, label] of sneaky) {
        const s = await withFile(new File([text], 'scan.pdf', { type: 'application/pdf' }));
        const result = await verifyPayload(s.detail, s.files, hostOptions(key));
        expect(at(result), label).to.include('payload.documents[0].type:file-content-type');
        expect(result.ok).to.equal(false);
      }
    });

    it('the declared type must match the bytes: a PDF said to be a JPEG, a JPEG said to be a PDF, a PNG', async () => {
      const cases: Array<[Uint8Array<ArrayBuffer>, string, string]> = [
        [pdfBytes(300), 'image/jpeg', 'child-photo'],
        [jpegBytes(300), 'application/pdf', 'birth-certificate'],
        [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), 'image/jpeg', 'child-photo'],
      ];
      for (const [bytes, type, doc] of cases) {
        const s = await withFile(new File([bytes], 'file', { type }), doc);
        expect(at(await verifyPayload(s.detail, s.files, hostOptions(key)))).to.include('payload.documents[0].type:file-content-type');
      }
    });

    it('names: no path separators, control characters, bidi overrides, or more than 255 bytes', async () => {
      const names = ['../../etc/passwd', 'a/b.pdf', 'a\\b.pdf', 'a\u0000b.pdf', 'a\nb.pdf', 'a\u202Efdp.exe', `${'я'.repeat(128)}.pdf`, '..', ''];
      for (const name of names) {
        const s = await withFile(new File([pdfBytes(200)], 'x.pdf', { type: 'application/pdf' }));
        s.detail.payload.documents[0].name = name;
        await seal(s.detail, key);
        const file = new File([pdfBytes(200)], name || 'x.pdf', { type: 'application/pdf' });
        const result = await verifyPayload(s.detail, [file], hostOptions(key));
        expect(result.ok, JSON.stringify(name)).to.equal(false);
        expect(codes(result), JSON.stringify(name)).to.include('file-name-invalid');
      }
      // 255 bytes exactly is fine (127 two-byte letters + ".pd" … here: 'я' × 125 + '.pdf' = 254 bytes).
      const s = await withFile(new File([pdfBytes(200)], `${'я'.repeat(125)}.pdf`, { type: 'application/pdf' }));
      expect((await verifyPayload(s.detail, s.files, hostOptions(key))).ok).to.equal(true);
    });

    it('the 5,000,000-byte total: declared sizes over it are budget-exceeded before any file is read', async () => {
      const s = await fresh();
      s.detail.payload.documents[0].size = 4_000_000;
      s.detail.payload.documents[1].size = 1_000_001;
      await seal(s.detail, key);
      let reads = 0;
      const spy = s.files.map((f) => ({ name: f.name, type: f.type, size: f.size, arrayBuffer: () => (reads++, f.arrayBuffer()) }));
      const result = await verifyPayload(s.detail, spy, hostOptions(key));
      expect(at(result)).to.include('payload.documents:budget-exceeded');
      expect(reads).to.equal(0);
    });

    it('files received over the total are budget-exceeded at files, and none is hashed', async () => {
      const big = [new File([pdfBytes(2_600_000)], 'a.pdf', { type: 'application/pdf' }), new File([jpegBytes(2_600_000)], 'b.jpg', { type: 'image/jpeg' })];
      const s = await signedDetail(key, { files: big, docs: ['birth-certificate', 'child-photo'] });
      const result = await verifyPayload(s.detail, s.files, hostOptions(key));
      expect(at(result)).to.include.members(['payload.documents:budget-exceeded', 'files:budget-exceeded']);
      expect(codes(result)).not.to.include('sha256-mismatch');
    });

    it('more files than any application has is limit-exceeded, without looking at them', async () => {
      const s = await fresh();
      const many = Array.from({ length: limits.maxFiles + 1 }, () => s.files[0]);
      expect(at(await verifyPayload(s.detail, many, hostOptions(key)))).to.include('files:limit-exceeded');
    });

    it('a Blob subclass that lies about its size or bytes is read with the engine’s own getters', async () => {
      const s = await fresh();
      class Liar extends File {
        override get size() {
          return 1;
        }
        override arrayBuffer(): Promise<ArrayBuffer> {
          return new Promise(() => undefined);
        }
      }
      const files = s.files.map((f, i) => (i === 0 ? new Liar([pdfBytes(1500)], f.name, { type: f.type }) : f));
      const result = await verifyPayload(s.detail, files, hostOptions(key, { timeoutMs: 2000 }));
      expect(result.mismatches).to.deep.equal([]);
      expect(result.ok).to.equal(true);
    });
  });

  describe('it settles, always: hostile input ends as ok:false within timeoutMs, memory bounded', () => {
    const settles = async (label: string, detail: unknown, files: unknown, options: Partial<VerifyOptions> = {}, timeoutMs = 500) => {
      const heapBefore = process.memoryUsage().heapUsed;
      const started = performance.now();
      let result;
      try {
        result = await verifyPayload(detail, files as never, hostOptions(key, { timeoutMs, ...options }));
      } catch (error) {
        expect.fail(`${label}: rejected with ${String(error)}`);
      }
      const elapsed = performance.now() - started;
      const grew = process.memoryUsage().heapUsed - heapBefore;
      expect(result.ok, label).to.equal(false);
      expect(result.mismatches.length, label).to.be.greaterThan(0);
      // A bound on settling, not a speed figure: the deadline plus the event loop's slack.
      expect(elapsed, `${label}: settled after ${Math.round(elapsed)} ms`).to.be.below(timeoutMs + 1500);
      expect(grew, `${label}: heap grew ${grew} bytes`).to.be.below(64 * 1024 * 1024);
      return result;
    };

    it('getters that throw, getters that change, toJSON, Proxies', async () => {
      const s = await fresh();
      const trap = () => { throw new Error('trap'); };
      const hostile: Array<[string, unknown]> = [
        ['a throwing getter on payload', Object.defineProperty({ ...s.detail }, 'payload', { get: trap, enumerable: true })],
        ['a getter that answers differently each time', Object.defineProperty({ ...s.detail }, 'canonical', { get: (() => { let n = 0; return () => (n++ ? '{}' : s.detail.canonical); })(), enumerable: true })],
        ['toJSON on the payload', { ...s.detail, payload: { ...s.detail.payload, toJSON: () => s.detail.payload } }],
        ['toJSON on the detail', { ...s.detail, toJSON: () => ({}) }],
        ['a Proxy detail whose traps throw', new Proxy(s.detail, { ownKeys: trap, get: trap, getOwnPropertyDescriptor: trap })],
        ['a Proxy payload that lies about its keys', { ...s.detail, payload: new Proxy(s.detail.payload, { ownKeys: () => ['service', 'x'], getOwnPropertyDescriptor: trap }) }],
        ['a Proxy whose getPrototypeOf throws', { ...s.detail, signature: new Proxy(s.detail.signature, { getPrototypeOf: trap }) }],
        ['a revoked Proxy', { ...s.detail, payload: (() => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; })() }],
        ['a class instance as the payload', { ...s.detail, payload: new (class P { service = 'school-enrollment'; })() }],
        ['a symbol member', { ...s.detail, payload: { ...s.detail.payload, [Symbol('x')]: 1 } }],
        ['a BigInt', { ...s.detail, digest: 10n }],
        ['a cycle', (() => { const d: Record<string, unknown> = { ...s.detail, payload: { ...s.detail.payload } }; (d.payload as Record<string, unknown>).self = d.payload; return d; })()],
        ['deep nesting', { ...s.detail, payload: JSON.parse(`${'['.repeat(5000)}${']'.repeat(5000)}`) }],
        ['a deeply nested canonical text', { ...s.detail, canonical: `${'['.repeat(30_000)}${']'.repeat(30_000)}` }],
      ];
      for (const [label, detail] of hostile) await settles(label, detail, s.files);
      const files: Array<[string, unknown]> = [
        ['a throwing getter on a file', [Object.defineProperty({}, 'bytes', { get: trap }), s.files[1], s.files[2]]],
        ['a Proxy file list', new Proxy(s.files, { get: trap, getOwnPropertyDescriptor: trap })],
        ['a file list with a throwing length', Object.defineProperty([], 'x', { get: trap })],
      ];
      for (const [label, list] of files) await settles(label, s.detail, list);
    });

    it('a never-settling Blob, verifyCms or verifySmsToken ends as verify-timeout', async () => {
      const s = await fresh();
      const never = { name: s.files[0].name, type: s.files[0].type, size: s.files[0].size, arrayBuffer: () => new Promise(() => undefined) };
      const blob = await settles('a never-settling Blob', s.detail, [never, s.files[1], s.files[2]], {}, 300);
      expect(codes(blob)).to.include('verify-timeout');
      const cms = { ...s.detail, signature: { type: 'ncalayer', value: base64(signedData()) } };
      const hung = await settles('a never-settling verifyCms', cms, s.files, { acceptSignatures: ['ncalayer'], trustedKeys: undefined, verifyCms: () => new Promise(() => undefined) }, 300);
      expect(codes(hung)).to.deep.equal(['verify-timeout']);
      const sms = { ...s.detail, signature: { type: 'sms', value: 'token' } };
      const smsHung = await settles('a never-settling verifySmsToken', sms, s.files, { acceptSignatures: ['sms'], trustedKeys: undefined, verifySmsToken: () => new Promise(() => undefined) }, 300);
      expect(codes(smsHung)).to.deep.equal(['verify-timeout']);
    });

    it('10^7 document entries, 10^7 files, a 10^7-character canonical text', async function () {
      this.timeout(60_000);
      const s = await fresh();
      const huge = new Array(10_000_000).fill(s.detail.payload.documents[0]);
      await settles('10^7 entries in payload.documents', { ...s.detail, payload: { ...s.detail.payload, documents: huge } }, s.files);
      await settles('10^7 files', s.detail, huge);
      const long = 'x'.repeat(10_000_000);
      const r = await settles('a 10^7-character canonical text', { ...s.detail, canonical: long }, s.files);
      expect(codes(r)).to.include('limit-exceeded');
      await settles('a 10^7-character signature', { ...s.detail, signature: { type: 'webcrypto', value: long } }, s.files);
      const wide: Record<string, number> = {};
      for (let i = 0; i < 100_000; i++) wide[`k${i}`] = i;
      await settles('an object of 10^5 members', { ...s.detail, payload: { ...s.detail.payload, answers: wide } }, s.files);
    });
  });

  it('every code in verifyCodes is given for some input (each with its own case)', async function () {
    this.timeout(60_000);
    const seen = new Set<string>();
    const run = async (make: (s: Signed) => Promise<[unknown, unknown, Partial<VerifyOptions>?]> | [unknown, unknown, Partial<VerifyOptions>?], withoutOptions = false) => {
      const s = await fresh();
      const [detail, files, extra] = await make(s);
      const options = withoutOptions ? undefined : hostOptions(key, { timeoutMs: 500, ...extra });
      const result = await verifyPayload(detail, files as never, options as VerifyOptions);
      expect(result.ok, make.toString().slice(0, 120)).to.equal(false);
      for (const m of result.mismatches) seen.add(m.code);
    };
    const resealed = (change: (s: Signed) => void) => async (s: Signed): Promise<[unknown, unknown]> => {
      change(s);
      await seal(s.detail, key);
      return [s.detail, s.files];
    };
    const file = (s: Signed, i: number, patch: { bytes?: Uint8Array<ArrayBuffer>; name?: string; type?: string }) =>
      s.files.map((f, j) => (j === i ? new File([patch.bytes ?? f], patch.name ?? f.name, { type: patch.type ?? f.type }) : f));
    await run((s) => [s.detail, s.files], true); // options-invalid
    await run((s) => [s.detail, [{ name: s.files[0].name, size: s.files[0].size, arrayBuffer: () => new Promise(() => undefined) }, s.files[1], s.files[2]]]); // verify-timeout
    await run((s) => [42, s.files]); // detail-malformed
    await run((s) => [{ ...s.detail, extra: 1 }, s.files]); // field-unexpected
    await run(resealed((s) => delete s.detail.payload.locale)); // field-missing
    await run(resealed((s) => (s.detail.payload.locale = 5))); // field-invalid
    await run((s) => [{ ...s.detail, canonical: 'x'.repeat(limits.maxCanonicalChars + 1) }, s.files]); // limit-exceeded
    await run((s) => [{ ...s.detail, canonical: JSON.stringify(s.detail.payload, null, 1) }, s.files]); // canonical-invalid
    await run((s) => [{ ...s.detail, payload: { ...s.detail.payload, locale: 'ru' } }, s.files]); // canonical-mismatch
    await run((s) => [{ ...s.detail, digest: 'x' }, s.files]); // digest-mismatch
    await run((s) => [s.detail, s.files, { service: 'meal-subsidy' }]); // service-mismatch
    await run(resealed((s) => (s.detail.payload.service = 'passport'))); // service-unknown
    await run(resealed((s) => (s.detail.payload.version = 2))); // version-unsupported
    await run(resealed((s) => (s.detail.payload.createdAt = '2027-06-03T05:15:00Z'))); // created-at-format
    await run((s) => [s.detail, s.files, { now: new Date('2027-06-05T00:00:00Z') }]); // created-at-too-old
    await run((s) => [s.detail, s.files, { now: new Date('2027-06-03T00:00:00Z') }]); // created-at-in-future
    await run((s) => [s.detail, s.files, { schoolYear: 2030 }]); // school-year-mismatch
    await run(resealed((s) => (s.detail.payload.idempotencyKey = '0'.repeat(64)))); // idempotency-key-mismatch
    await run(resealed((s) => (s.detail.payload.answers.school = '  № 12  '))); // answers-not-normalised
    await run((s) => [s.detail, s.files.slice(0, 2)]); // file-missing
    await run((s) => [s.detail, [...s.files, s.files[0]]]); // file-unexpected
    await run((s) => [s.detail, file(s, 1, { name: 'a/b.jpg' })]); // file-name-invalid
    await run(async (s) => {
      const html = new TextEncoder().encode('<html>'.padEnd(1200, ' '));
      s.detail.payload.documents[1].sha256 = Buffer.from(await crypto.subtle.digest('SHA-256', html)).toString('base64url');
      await seal(s.detail, key);
      return [s.detail, file(s, 1, { bytes: html })];
    }); // file-content-type
    await run((s) => [s.detail, file(s, 1, { bytes: jpegBytes(1199, 3) })]); // size-mismatch
    await run((s) => [s.detail, file(s, 1, { bytes: jpegBytes(1200, 4) })]); // sha256-mismatch
    await run((s) => [s.detail, file(s, 1, { name: 'other.jpg' })]); // name-mismatch
    await run((s) => [s.detail, file(s, 1, { type: 'image/png' })]); // type-mismatch
    await run((s) => [{ ...s.detail, signature: { type: 'eds', value: 'x' } }, s.files]); // signature-type
    await run((s) => [{ ...s.detail, signature: { type: 'webcrypto', value: '..' } }, s.files]); // signature-malformed
    await run(async (s) => [{ ...s.detail, signature: (await fresh().then((o) => seal({ ...o.detail, payload: { ...o.detail.payload, locale: 'en' } }, key))).signature }, s.files]); // signature-invalid
    await run((s) => [{ ...s.detail, signature: { ...s.detail.signature, certificate: attacker.jwk } }, s.files]); // signature-key-mismatch
    await run(async (s) => [(await signedDetail(attacker)).detail, s.files]); // signature-key-untrusted
    const cmsOptions = { acceptSignatures: ['ncalayer'] as VerifyOptions['acceptSignatures'], trustedKeys: undefined, verifyCms: async () => ({ ok: true }) };
    await run((s) => [{ ...s.detail, signature: { type: 'ncalayer', value: 'AAAA' } }, s.files, cmsOptions]); // cms-malformed
    await run((s) => [{ ...s.detail, signature: { type: 'ncalayer', value: base64(signedData({ content: utf8('other') })) } }, s.files, cmsOptions]); // cms-content-mismatch
    expect(verifyCodes.filter((code) => !seen.has(code))).to.deep.equal([]);
  });

  it('gives only codes it lists (verifyCodes) or rules error codes', () => {
    for (const code of verifyCodes) expect(code).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(verifyCodes).size).to.equal(verifyCodes.length);
  });
});
