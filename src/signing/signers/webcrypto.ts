// WebCrypto signer: ES256 detached JWS with a non-extractable P-256 key kept in IndexedDB (development, sites without EDS).
import { openDB, type IDBPDatabase } from 'idb';
import { signDetachedJws, publicJwk } from '../jws.js';
import { abortedError, SigningError, type Signature, type Signer, type SignOptions } from '../signer.js';

export const KEY_DATABASE = 'egov-forms-keys';
const STORE = 'keys';

interface StoredKey {
  id: string;
  privateKey: CryptoKey;
  publicJwk: JsonWebKey;
  created: string;
}

export interface WebCryptoSignerOptions {
  /** Which stored key to use; another id is another key (default `default`). */
  keyId?: string;
  /** IndexedDB database name (default `egov-forms-keys`). */
  databaseName?: string;
}

/**
 * Signs with an ECDSA P-256 key generated in this browser. The private key is non-extractable:
 * IndexedDB stores the CryptoKey object itself, so its bytes never reach script. The result's
 * `value` is `<protected>..<signature>`; `certificate` is the public key as a JWK.
 */
export class WebCryptoSigner implements Signer {
  readonly type = 'webcrypto' as const;
  private readonly keyId: string;
  private readonly databaseName: string;
  private key?: Promise<StoredKey>;

  constructor(options: WebCryptoSignerOptions = {}) {
    this.keyId = options.keyId ?? 'default';
    this.databaseName = options.databaseName ?? KEY_DATABASE;
  }

  async isAvailable(): Promise<boolean> {
    return typeof globalThis.crypto?.subtle?.sign === 'function';
  }

  async sign(bytes: Uint8Array, options: SignOptions = {}): Promise<Signature> {
    const aborted = abortedError(options.signal);
    if (aborted) throw aborted;
    if (!(await this.isAvailable())) throw new SigningError('unavailable', { message: 'WebCrypto is not available (a secure context is required)' });
    try {
      const key = await this.loadKey();
      const value = await signDetachedJws(bytes, key.privateKey, key.publicJwk);
      const late = abortedError(options.signal);
      if (late) throw late;
      return { type: this.type, value, certificate: key.publicJwk };
    } catch (error) {
      if (error instanceof SigningError) throw error;
      throw new SigningError('failed', { cause: error, message: String(error) });
    }
  }

  /** The public key this signer signs with (generating the key pair on first use). */
  async publicKey(): Promise<JsonWebKey> {
    return (await this.loadKey()).publicJwk;
  }

  /** Forgets the stored key; the next signature uses a new one. */
  async deleteKey(): Promise<void> {
    this.key = undefined;
    const db = await this.open();
    try {
      if (db) await db.delete(STORE, this.keyId);
    } finally {
      db?.close();
    }
  }

  private loadKey(): Promise<StoredKey> {
    this.key ??= this.readOrCreate().catch((error: unknown) => {
      this.key = undefined; // let a later attempt retry
      throw error;
    });
    return this.key;
  }

  private async open(): Promise<IDBPDatabase | undefined> {
    if (typeof globalThis.indexedDB === 'undefined') return undefined;
    try {
      return await openDB(this.databaseName, 1, {
        upgrade(db) {
          db.createObjectStore(STORE, { keyPath: 'id' });
        },
      });
    } catch {
      // Private modes can refuse IndexedDB: sign with a key that lives as long as the page.
      return undefined;
    }
  }

  private async readOrCreate(): Promise<StoredKey> {
    const db = await this.open();
    try {
      const found = (await db?.get(STORE, this.keyId)) as StoredKey | undefined;
      if (found) return found;
      const pair = await globalThis.crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
      const stored: StoredKey = {
        id: this.keyId,
        privateKey: pair.privateKey,
        publicJwk: publicJwk(await globalThis.crypto.subtle.exportKey('jwk', pair.publicKey)),
        created: new Date().toISOString(),
      };
      // add, not put: if another tab created the key meanwhile, keep theirs.
      try {
        await db?.add(STORE, stored);
      } catch {
        const theirs = (await db?.get(STORE, this.keyId)) as StoredKey | undefined;
        if (theirs) return theirs;
      }
      return stored;
    } finally {
      db?.close();
    }
  }
}
