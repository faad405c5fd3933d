// Drafts in IndexedDB (through `idb`): a form's answers and processed files, per draft key, with expiry.
// No DOM beyond IndexedDB and Blob, so it runs in a page or a worker and is tested on its own.
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import {
  DEFAULT_TTL_DAYS,
  DRAFT_DB_NAME,
  DraftConflictError,
  DraftStorageError,
  toStorageError,
  type Draft,
  type DraftClearReason,
  type DraftFileInput,
  type DraftInput,
  type DraftOriginal,
  type DraftStoreLike,
  type MissingFile,
  type SaveOptions,
  type SaveResult,
} from './common.js';

export * from './common.js';

const DB_VERSION = 1;
const DAY_MS = 86_400_000;
interface FileMeta {
  id: string;
  doc: string;
  name: string;
  type: string;
  lastModified: number;
  size: number;
  sha256?: string;
  width?: number;
  height?: number;
  original?: DraftOriginal;
  /** The stored original (see DraftFileInput.originalFile). */
  originalFile?: { id: string; name: string; type: string; lastModified: number };
}

interface DraftRecord {
  key: string;
  answers: Record<string, unknown>;
  step?: string;
  files: FileMeta[];
  missing: MissingFile[];
  savedAt: number;
  expiresAt: number;
  /** One more at each save; records from before revisions read as 0. */
  revision?: number;
  /** A mark left by a clear after signing (no answers, no files): loads as no draft. */
  signed?: true;
}

interface DraftSchema extends DBSchema {
  drafts: { key: string; value: DraftRecord; indexes: { expiresAt: number } };
  /** File bytes apart from the record, so typing rewrites a few hundred bytes, never the photos. */
  files: { key: [string, string]; value: { key: string; id: string; bytes: ArrayBuffer }; indexes: { draft: string } };
}

export interface DraftStoreOptions {
  /** Database name (tests use their own). */
  dbName?: string;
  /** The clock, for expiry. */
  now?: () => number;
  /** The IndexedDB factory (tests pass a failing one); default `globalThis.indexedDB`. */
  indexedDB?: IDBFactory;
}

let fileIds = 0;

/**
 * The IndexedDB store. Each file is written once, in its own transaction, so a full disk costs
 * the files that did not fit and never the answers; unchanged files are not written again.
 */
export class DraftStore implements DraftStoreLike {
  private readonly dbName: string;
  private readonly now: () => number;
  private readonly factory: IDBFactory | undefined;
  private db?: Promise<IDBPDatabase<DraftSchema>>;
  /** Blobs already in the database, by draft key: a save only writes new ones. */
  private readonly stored = new Map<string, WeakMap<Blob, string>>();

  constructor(options: DraftStoreOptions = {}) {
    this.dbName = options.dbName ?? DRAFT_DB_NAME;
    this.now = options.now ?? (() => Date.now());
    this.factory = options.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  }

  private open(): Promise<IDBPDatabase<DraftSchema>> {
    this.db ??= this.openFresh().catch((error) => {
      this.db = undefined;
      throw toStorageError(error);
    });
    return this.db;
  }

  private async openFresh(): Promise<IDBPDatabase<DraftSchema>> {
    const factory = this.factory;
    if (!factory) throw new DraftStorageError('unavailable');
    // Opened on the given factory (not idb's `openDB`, which reads the global; tests pass their own), then wrapped.
    const request = factory.open(this.dbName, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      const drafts = db.createObjectStore('drafts', { keyPath: 'key' });
      drafts.createIndex('expiresAt', 'expiresAt');
      const files = db.createObjectStore('files', { keyPath: ['key', 'id'] });
      files.createIndex('draft', 'key');
    };
    const db = (await wrap(request)) as unknown as IDBPDatabase<DraftSchema>;
    // A newer kit in another tab upgrading the schema must not wait for this one.
    db.addEventListener('versionchange', () => {
      db.close();
      this.db = undefined;
    });
    return db;
  }

  private knownBlobs(key: string): WeakMap<Blob, string> {
    let map = this.stored.get(key);
    if (!map) this.stored.set(key, (map = new WeakMap()));
    return map;
  }

  /** Ids of the file bytes stored under a draft key now (another tab's save may have deleted some). */
  private async storedIds(db: IDBPDatabase<DraftSchema>, key: string): Promise<Set<string>> {
    try {
      return new Set((await db.getAllKeysFromIndex('files', 'draft', key)).map((k) => k[1]));
    } catch (error) {
      throw toStorageError(error);
    }
  }

  /**
   * Writes the draft. Bytes already stored are not written again, but the cache of which ones are
   * stored is checked against the database first, and again in the transaction that writes the
   * record: another tab's save of the same key deletes the bytes its own draft does not use.
   */
  async save(key: string, draft: DraftInput, options: SaveOptions = {}): Promise<SaveResult> {
    const db = await this.open();
    const known = this.knownBlobs(key);
    const savedAt = this.now();
    const ttl = (options.ttlDays ?? DEFAULT_TTL_DAYS) * DAY_MS;
    let present = await this.storedIds(db, key);
    for (let attempt = 0; ; attempt++) {
      const metas: FileMeta[] = [];
      const missing: MissingFile[] = [];
      for (const input of draft.files) {
        let id = known.get(input.file);
        if (!id || !present.has(id)) {
          try {
            const bytes = await input.file.arrayBuffer();
            const newId = `${savedAt.toString(36)}-${(++fileIds).toString(36)}`;
            await db.put('files', { key, id: newId, bytes });
            known.set(input.file, newId);
            present.add(newId);
            id = newId;
          } catch (error) {
            const mapped = toStorageError(error);
            if (mapped.code !== 'quota') throw mapped;
            missing.push({ doc: input.doc, name: input.file.name });
            continue;
          }
        }
        // The original goes beside it when there is room; without it the processed file still restores.
        let originalFile: FileMeta['originalFile'];
        if (input.originalFile) {
          let originalId = known.get(input.originalFile);
          if (!originalId || !present.has(originalId)) {
            try {
              const bytes = await input.originalFile.arrayBuffer();
              originalId = `${savedAt.toString(36)}-${(++fileIds).toString(36)}`;
              await db.put('files', { key, id: originalId, bytes });
              known.set(input.originalFile, originalId);
              present.add(originalId);
            } catch (error) {
              if (toStorageError(error).code !== 'quota') throw toStorageError(error);
              originalId = undefined;
            }
          }
          if (originalId) {
            const o = input.originalFile;
            originalFile = { id: originalId, name: o.name, type: o.type, lastModified: o.lastModified };
          }
        }
        metas.push({
          id,
          originalFile,
          doc: input.doc,
          name: input.file.name,
          type: input.file.type,
          lastModified: input.file.lastModified,
          size: input.file.size,
          sha256: input.sha256,
          width: input.width,
          height: input.height,
          original: input.original,
        });
      }
      let written: number | undefined;
      try {
        const tx = db.transaction(['drafts', 'files'], 'readwrite');
        const drafts = tx.objectStore('drafts');
        const fileStore = tx.objectStore('files');
        const existing = await drafts.get(key);
        const fileKeys = await fileStore.index('draft').getAllKeys(key);
        const ids = new Set(fileKeys.map((k) => k[1]));
        if (existing?.signed && options.baseRevision !== undefined) {
          await tx.done;
          throw new DraftConflictError();
        }
        // Bytes deleted by another tab between the check above and now: written again, next round.
        // (An original deleted meanwhile is only dropped: the processed file restores without it.)
        for (const m of metas) if (m.originalFile && !ids.has(m.originalFile.id)) m.originalFile = undefined;
        if (metas.some((m) => !ids.has(m.id)) && attempt < 3) {
          await tx.done;
          present = ids;
          continue;
        }
        written = (existing?.revision ?? 0) + 1;
        const record: DraftRecord = {
          key,
          answers: draft.answers,
          step: draft.step,
          files: metas,
          missing: [...(draft.missing ?? []), ...missing],
          savedAt,
          expiresAt: savedAt + ttl,
          revision: written,
        };
        await drafts.put(record);
        // Bytes of files no longer in the draft (removed, replaced, another tab's) go.
        const keep = new Set(metas.flatMap((m) => (m.originalFile ? [m.id, m.originalFile.id] : [m.id])));
        for (const fileKey of fileKeys) {
          if (!keep.has(fileKey[1])) await fileStore.delete(fileKey);
        }
        await tx.done;
      } catch (error) {
        if (error instanceof DraftConflictError) throw error;
        throw toStorageError(error);
      }
      return { savedAt: new Date(savedAt), missing, revision: written };
    }
  }

  async load(key: string, options: { ttlDays?: number } = {}): Promise<Draft | null> {
    const db = await this.open();
    let record: DraftRecord | undefined;
    let bytes: { id: string; bytes: ArrayBuffer }[];
    try {
      const tx = db.transaction(['drafts', 'files'], 'readonly');
      record = await tx.objectStore('drafts').get(key);
      bytes = record && !record.signed ? await tx.objectStore('files').index('draft').getAll(key) : [];
      await tx.done;
    } catch (error) {
      throw toStorageError(error);
    }
    if (!record) return null;
    const now = this.now();
    // The host may have shortened the TTL since the save: the shorter one wins.
    const expiresAt = Math.min(record.expiresAt, options.ttlDays === undefined ? Infinity : record.savedAt + options.ttlDays * DAY_MS);
    if (now >= expiresAt) {
      await this.clear(key).catch(() => undefined);
      return null;
    }
    // Signed: nothing to restore; the mark stays (until it expires) for tabs that still show the draft.
    if (record.signed) return null;
    const byId = new Map(bytes.map((b) => [b.id, b.bytes]));
    const known = this.knownBlobs(key);
    const files: DraftFileInput[] = [];
    const missing = [...record.missing];
    for (const meta of record.files) {
      const data = byId.get(meta.id);
      if (!data) {
        missing.push({ doc: meta.doc, name: meta.name });
        continue;
      }
      const file = new File([data], meta.name, { type: meta.type, lastModified: meta.lastModified });
      known.set(file, meta.id);
      const originalData = meta.originalFile && byId.get(meta.originalFile.id);
      const originalFile =
        meta.originalFile && originalData
          ? new File([originalData], meta.originalFile.name, { type: meta.originalFile.type, lastModified: meta.originalFile.lastModified })
          : undefined;
      if (originalFile) known.set(originalFile, meta.originalFile!.id);
      files.push({ doc: meta.doc, file, sha256: meta.sha256, width: meta.width, height: meta.height, original: meta.original, originalFile });
    }
    return {
      answers: record.answers,
      step: record.step,
      files,
      missing,
      savedAt: new Date(record.savedAt),
      expiresAt: new Date(expiresAt),
      revision: record.revision ?? 0,
    };
  }

  /**
   * Deletes the draft and its bytes. After signing (`reason: 'signed'`) a mark without answers or
   * files stays until the TTL, so a tab that still shows the draft cannot save it again.
   */
  async clear(key: string, options: { reason?: DraftClearReason; ttlDays?: number } = {}): Promise<void> {
    const db = await this.open();
    try {
      const tx = db.transaction(['drafts', 'files'], 'readwrite');
      const drafts = tx.objectStore('drafts');
      if (options.reason === 'signed') {
        const existing = await drafts.get(key);
        const now = this.now();
        await drafts.put({
          key,
          answers: {},
          files: [],
          missing: [],
          savedAt: now,
          expiresAt: now + (options.ttlDays ?? DEFAULT_TTL_DAYS) * DAY_MS,
          revision: (existing?.revision ?? 0) + 1,
          signed: true,
        });
      } else {
        await drafts.delete(key);
      }
      const fileStore = tx.objectStore('files');
      for (const fileKey of await fileStore.index('draft').getAllKeys(key)) await fileStore.delete(fileKey);
      await tx.done;
    } catch (error) {
      throw toStorageError(error);
    }
    this.stored.delete(key);
  }

  /** Deletes every expired draft (of any form on this origin); resolves with how many. */
  async purgeExpired(): Promise<number> {
    const db = await this.open();
    let keys: string[];
    try {
      keys = (await db.getAllKeysFromIndex('drafts', 'expiresAt', IDBKeyRange.upperBound(this.now()))) as string[];
    } catch (error) {
      throw toStorageError(error);
    }
    for (const key of keys) await this.clear(key);
    return keys.length;
  }

  /** Closes the connection (tests delete the database afterwards). */
  async close(): Promise<void> {
    const db = await this.db?.catch(() => undefined);
    db?.close();
    this.db = undefined;
  }
}
