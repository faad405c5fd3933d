// Payload assembly (documents, createdAt, idempotency key), signing with WebCrypto, and egov-forms/server's verification run in the browser.
import { expect } from '@open-wc/testing';
import {
  base64url,
  buildPayload,
  canonicalJson,
  digestCanonical,
  digestFiles,
  hex,
  idempotencyInput,
  idempotencyKey,
  kazakhstanIso,
  sha256,
  signPayload,
  SigningError,
  utf8,
  WebCryptoSigner,
} from '../../src/signing/index.js';
import { verifyPayload } from '../../src/server/index.js';
import { fixedNow, sampleAnswers, sampleFile } from './helpers.js';

describe('payload', () => {
  it('writes createdAt in +05:00 whatever the machine time zone', () => {
    expect(kazakhstanIso(new Date('2027-06-03T05:15:00Z'))).to.equal('2027-06-03T10:15:00.000+05:00');
    expect(kazakhstanIso(new Date('2027-08-31T19:30:00.250Z'))).to.equal('2027-09-01T00:30:00.250+05:00');
    expect(() => kazakhstanIso(new Date('nope'))).to.throw(RangeError);
  });

  it('derives the idempotency key from "service|IIN|year" (SHA-256, hex)', async () => {
    expect(idempotencyInput('school-enrollment', '200821501076', 2027)).to.equal('school-enrollment|200821501076|2027');
    const key = await idempotencyKey('school-enrollment', '200821501076', 2027);
    expect(key).to.equal(hex(await sha256(utf8('school-enrollment|200821501076|2027'))));
    expect(key).to.match(/^[0-9a-f]{64}$/);
    expect(await idempotencyKey('school-enrollment', '200821501076', 2028)).not.to.equal(key);
  });

  it('digests files one at a time, reports progress and stops when aborted', async () => {
    const files = [1, 2, 3].map((i) => sampleFile(`f${i}.pdf`, 'application/pdf', 100_000 * i, i));
    const progress: number[] = [];
    const digests = await digestFiles(files, { onProgress: (done) => progress.push(done) });
    expect(progress).to.deep.equal([1, 2, 3]);
    expect(digests[1]).to.equal(base64url(await sha256(await files[1].arrayBuffer())));
    const controller = new AbortController();
    const partial = digestFiles(files, { signal: controller.signal, onProgress: () => controller.abort() });
    const error = await partial.then(() => undefined, (e: unknown) => e);
    expect(error).to.be.instanceOf(SigningError);
    expect((error as SigningError).code).to.equal('cancelled');
  });

  it('builds the payload with every document field and signs its canonical text', async () => {
    const files = [sampleFile('birth.pdf', 'application/pdf', 2000, 1), sampleFile('photo.jpg', 'image/jpeg', 3000, 2)];
    const payload = await buildPayload({
      service: 'school-enrollment',
      locale: 'ru',
      answers: sampleAnswers(),
      attachments: [
        { doc: 'birth-certificate', file: files[0] },
        { doc: 'child-photo', file: files[1], original: { size: 4_000_000, width: 3000, height: 4000 } },
      ],
      now: fixedNow,
    });
    expect(Object.keys(payload).sort()).to.deep.equal(['answers', 'createdAt', 'documents', 'idempotencyKey', 'locale', 'service', 'version']);
    expect(payload.createdAt).to.equal('2027-06-03T10:15:00.000+05:00');
    expect(payload.documents[0]).to.deep.equal({
      doc: 'birth-certificate',
      name: 'birth.pdf',
      type: 'application/pdf',
      size: 2000,
      sha256: base64url(await sha256(await files[0].arrayBuffer())),
      original: { size: 2000 },
    });
    expect(payload.documents[1].original).to.deep.equal({ size: 4_000_000, width: 3000, height: 4000 });

    const signer = new WebCryptoSigner({ keyId: 'payload-test' });
    const detail = await signPayload(payload, signer, files);
    expect(detail.service).to.equal('school-enrollment');
    expect(detail.canonical).to.equal(canonicalJson(payload));
    expect(detail.digest).to.equal(await digestCanonical(detail.canonical));
    expect(detail.files).to.deep.equal(files);
    expect(detail.signature.type).to.equal('webcrypto');

    const options = { service: 'school-enrollment', acceptSignatures: ['webcrypto'], trustedKeys: [await signer.publicKey()], now: fixedNow } as const;
    const ok = await verifyPayload(detail, files, { ...options, acceptSignatures: ['webcrypto'], trustedKeys: [...options.trustedKeys] });
    expect(ok.ok).to.equal(true);
    expect(ok.mismatches).to.deep.equal([]);

    // The same checks the Node test makes on the fixture, here on File objects.
    const flipped = new Uint8Array(await files[1].arrayBuffer());
    flipped[1234] ^= 0x80;
    const bad = await verifyPayload(detail, [files[0], new File([flipped], 'photo.jpg', { type: 'image/jpeg' })], { ...options, acceptSignatures: ['webcrypto'], trustedKeys: [...options.trustedKeys] });
    expect(bad.mismatches.map((m) => m.path)).to.deep.equal(['payload.documents[1].sha256']);
    await signer.deleteKey();
  });

  it('refuses answers without the idempotency key inputs', async () => {
    const error = await buildPayload({ service: 'school-enrollment', locale: 'kk', answers: { schoolYear: 2027 } }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(TypeError);
  });
});
