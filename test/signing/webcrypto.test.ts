// WebCryptoSigner: ES256 detached JWS, the non-extractable key kept in IndexedDB.
import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { fromBase64, KEY_DATABASE, SigningError, utf8, verifyDetachedJws, WebCryptoSigner } from '../../src/signing/index.js';

describe('WebCryptoSigner', () => {
  const signer = new WebCryptoSigner({ keyId: 'webcrypto-test' });
  after(() => signer.deleteKey());

  it('is available in a secure context', async () => {
    expect(await signer.isAvailable()).to.equal(true);
  });

  it('signs a detached JWS `<protected>..<signature>` that verifies over the exact bytes only', async () => {
    const bytes = utf8('{"a":1}');
    const result = await signer.sign(bytes);
    expect(result.type).to.equal('webcrypto');
    const [head, payload, sig] = result.value.split('.');
    expect(payload).to.equal('');
    const header = JSON.parse(new TextDecoder().decode(fromBase64(head)));
    expect(header).to.deep.include({ alg: 'ES256', b64: false, crit: ['b64'] });
    expect(header.jwk).to.deep.equal(result.certificate);
    expect(header.jwk).to.have.keys('kty', 'crv', 'x', 'y'); // public members only
    expect(fromBase64(sig).length).to.equal(64); // P1363 r||s
    expect((await verifyDetachedJws(result.value, bytes)).ok).to.equal(true);
    expect((await verifyDetachedJws(result.value, utf8('{"a":2}'))).ok).to.equal(false);
  });

  it('keeps one non-extractable key per id in IndexedDB `egov-forms-keys`', async () => {
    const first = await signer.publicKey();
    expect(await new WebCryptoSigner({ keyId: 'webcrypto-test' }).publicKey()).to.deep.equal(first);
    const other = new WebCryptoSigner({ keyId: 'webcrypto-test-other' });
    expect(await other.publicKey()).not.to.deep.equal(first);
    await other.deleteKey();

    const db = await openDB(KEY_DATABASE);
    const stored = await db.get('keys', 'webcrypto-test');
    db.close();
    expect(stored.privateKey).to.be.instanceOf(CryptoKey);
    expect(stored.privateKey.extractable).to.equal(false);
    const exported = await crypto.subtle.exportKey('jwk', stored.privateKey).then(() => 'exported', () => 'refused');
    expect(exported).to.equal('refused');
  });

  it('a deleted key is replaced by a new one', async () => {
    const s = new WebCryptoSigner({ keyId: 'webcrypto-test-rotate' });
    const before = await s.publicKey();
    await s.deleteKey();
    expect(await s.publicKey()).not.to.deep.equal(before);
    await s.deleteKey();
  });

  it('rejects with `cancelled` on an aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await signer.sign(utf8('x'), { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(SigningError);
    expect((error as SigningError).code).to.equal('cancelled');
  });
});
