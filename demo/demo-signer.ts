// DEMO ONLY. A fixed development key pair, so the reference receiver (receiver/) can pin the demo's key.
// Its private half is public in this repository: anyone can sign with it. A real site never ships a
// private key to the browser; it pins the keys of its own signers (or takes NCALayer / eGov Mobile CMS).
import { signDetachedJws } from '../src/signing/jws.js';
import { SigningError, type Signature, type Signer, type SignOptions } from '../src/signing/signer.js';

/** The demo key's public half; receiver/demo-key.mjs pins the same (thumbprint in the README). */
export const DEMO_PUBLIC_JWK: JsonWebKey = {
  kty: 'EC',
  crv: 'P-256',
  x: 'D7pMi_NemPdmrb7OtJuFoQ9aICLGzKAIDe5Zd9p2mjY',
  y: 'nbmUUVigb9pc5jgXSdCivzo5nLRZRmQjBm-J4MrPpfk',
};
const DEMO_PRIVATE_D = '8CJG6_zYOjfjGgtCm-yWsODLfU32pdjLpzed92wh63E';

/** Signs like the kit's WebCryptoSigner (ES256 detached JWS), with the fixed demo key instead of a key made in this browser. */
export class DemoKeySigner implements Signer {
  readonly type = 'webcrypto' as const;
  private key?: Promise<CryptoKey>;

  async isAvailable(): Promise<boolean> {
    return typeof globalThis.crypto?.subtle?.sign === 'function';
  }

  async sign(bytes: Uint8Array, options: SignOptions = {}): Promise<Signature> {
    if (options.signal?.aborted) throw new SigningError('cancelled');
    try {
      this.key ??= globalThis.crypto.subtle.importKey('jwk', { ...DEMO_PUBLIC_JWK, d: DEMO_PRIVATE_D }, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
      const value = await signDetachedJws(bytes, await this.key, DEMO_PUBLIC_JWK);
      return { type: this.type, value, certificate: { ...DEMO_PUBLIC_JWK } };
    } catch (error) {
      throw new SigningError('failed', { cause: error, message: String(error) });
    }
  }
}
