// The browser's structural look at a CMS (src/signing/cms.ts) reads it with the server's BER reader.
import { expect } from 'chai';
import { inspectCms } from '../../src/signing/cms.js';
import { base64, signedData } from './support/cms.js';

describe('inspectCms (page side, the server reader)', () => {
  it('reads a detached DER CMS: one signer, no content', () => {
    expect(inspectCms(base64(signedData()))).to.deep.equal({ ok: true, detached: true, signerCount: 1 });
  });

  it('reads BER with indefinite lengths and chunked content, as NCALayer can send', () => {
    const content = new TextEncoder().encode('{"a":1}');
    const shape = inspectCms(base64(signedData({ encoding: 'ber', content, chunk: 3 })));
    expect(shape.ok).to.equal(true);
    if (!shape.ok) return;
    expect(shape.detached).to.equal(false);
    expect(new TextDecoder().decode(shape.content)).to.equal('{"a":1}');
  });

  it('refuses what is not base64, not a CMS, cut short, or without a signer', () => {
    expect(inspectCms('not base64 at all!')).to.deep.equal({ ok: false, reason: 'not-base64' });
    expect(inspectCms(base64(new Uint8Array([1, 2, 3, 4]))).ok).to.equal(false);
    expect(inspectCms(base64(signedData().slice(0, 30))).ok).to.equal(false);
    expect(inspectCms(base64(signedData({ signers: 0 })))).to.deep.equal({ ok: false, reason: 'no-signer' });
  });
});
