// Test stores: an in-memory DraftStoreLike with a clock, a slow one, one that fails as storage does, and a "full disk" IndexedDB.
import {
  DraftStorageError,
  type Draft,
  type DraftInput,
  type DraftStorageErrorCode,
  type DraftStoreLike,
  type SaveResult,
} from '../../src/drafts/index.js';

const DAY = 86_400_000;

export class MemoryStore implements DraftStoreLike {
  readonly drafts = new Map<string, Draft>();
  saves = 0;
  now = Date.UTC(2027, 5, 1, 6);

  async save(key: string, draft: DraftInput, options: { ttlDays?: number } = {}): Promise<SaveResult> {
    this.saves++;
    const savedAt = new Date(this.now);
    const { missing = [], ...rest } = draft;
    this.drafts.set(key, { ...structuredClone({ answers: rest.answers }), step: rest.step, files: [...rest.files], missing, savedAt, expiresAt: new Date(this.now + (options.ttlDays ?? 7) * DAY) });
    return { savedAt, missing: [] };
  }

  async load(key: string, options: { ttlDays?: number } = {}): Promise<Draft | null> {
    const draft = this.drafts.get(key);
    if (!draft) return null;
    const limit = Math.min(draft.expiresAt.getTime(), draft.savedAt.getTime() + (options.ttlDays ?? Infinity) * DAY);
    if (this.now >= limit) {
      this.drafts.delete(key);
      return null;
    }
    return draft;
  }

  async clear(key: string): Promise<void> {
    this.drafts.delete(key);
  }

  async purgeExpired(): Promise<number> {
    return 0;
  }
}

/**
 * A store whose `load` answers only when the test says so (`release()`), as IndexedDB does while
 * it reads a draft's photos: the form is usable meanwhile.
 */
export class SlowStore implements DraftStoreLike {
  private open!: () => void;
  private readonly gate = new Promise<void>((resolve) => (this.open = resolve));
  loads = 0;
  constructor(readonly inner: DraftStoreLike = new MemoryStore()) {}
  release(): void {
    this.open();
  }
  async load(key: string, options?: { ttlDays?: number }): Promise<Draft | null> {
    this.loads++;
    await this.gate;
    return this.inner.load(key, options);
  }
  save(key: string, draft: DraftInput, options?: { ttlDays?: number }): Promise<SaveResult> {
    return this.inner.save(key, draft, options);
  }
  clear(key: string): Promise<void> {
    return this.inner.clear(key);
  }
  purgeExpired(): Promise<number> {
    return this.inner.purgeExpired();
  }
}

/** Every call refuses, as IndexedDB does in some private modes (`unavailable`) or on a full disk (`quota`). */
export class FailingStore implements DraftStoreLike {
  calls = 0;
  constructor(readonly code: DraftStorageErrorCode = 'unavailable') {}
  private fail(): never {
    this.calls++;
    throw new DraftStorageError(this.code);
  }
  async save(): Promise<SaveResult> {
    this.fail();
  }
  async load(): Promise<Draft | null> {
    this.fail();
  }
  async clear(): Promise<void> {
    this.fail();
  }
  async purgeExpired(): Promise<number> {
    this.fail();
  }
}

/** An IndexedDB whose writes of large values fail as a full disk does. */
export function quotaFactory(limit: number): IDBFactory {
  const real = indexedDB;
  const put = IDBObjectStore.prototype.put;
  return {
    open(name: string, version?: number) {
      const request = real.open(name, version);
      request.addEventListener('success', () => {
        const db = request.result;
        const transaction = db.transaction.bind(db);
        db.transaction = ((...args: Parameters<IDBDatabase['transaction']>) => {
          const tx = transaction(...args);
          const objectStore = tx.objectStore.bind(tx);
          tx.objectStore = (storeName: string) => {
            const store = objectStore(storeName);
            store.put = function (value: { bytes?: ArrayBuffer }, key?: IDBValidKey) {
              if (value?.bytes && value.bytes.byteLength > limit) throw new DOMException('full', 'QuotaExceededError');
              return put.call(this, value, key);
            };
            return store;
          };
          return tx;
        }) as IDBDatabase['transaction'];
      });
      return request;
    },
    deleteDatabase: (name: string) => real.deleteDatabase(name),
    cmp: (a: unknown, b: unknown) => real.cmp(a, b),
    databases: () => real.databases(),
  } as IDBFactory;
}
