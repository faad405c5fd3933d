// What the draft controller (draft-shell.ts, draft-parts.ts) and the IndexedDB store share: names,
// types, errors, and whether this origin may hold a draft at all. Kept apart from store.ts (and idb)
// and draft-parts.ts, which a form loads only once it has a draft to read or write.
import type { Attachments } from '../attachments/attachments.js';

export const DRAFT_DB_NAME = 'egov-forms-drafts';
/** Drafts live 7 days after their last save unless the host says otherwise (`draft-ttl`). */
export const DEFAULT_TTL_DAYS = 7;

/** What the original of a processed file was (kept so a restored file signs the same `original`). */
export interface DraftOriginal {
  name: string;
  size: number;
  type: string;
  width?: number;
  height?: number;
}

/** A processed file as a form hands it to the store. */
export interface DraftFileInput {
  /** The document id (docs/rules.md) the file is attached to. */
  doc: string;
  /** The processed bytes: exactly what will be submitted. */
  file: File;
  sha256?: string;
  width?: number;
  height?: number;
  original?: DraftOriginal;  /**
   * The photo as the parent gave it, kept so a photo reduced to fit can be made again at a better
   * quality when space frees up (after a reload too). Best effort: without room it is not kept.
   */
  originalFile?: File;
}

/** A file that was attached but could not be kept; listed so the parent attaches it again. */
export interface MissingFile {
  doc: string;
  name: string;
}

export interface DraftInput {
  answers: Record<string, unknown>;
  files: DraftFileInput[];
  /** Where the parent was (a step id), so a reload lands there. */
  step?: string;
  /** Files from an earlier save that are still to be attached again (kept in the list across reloads). */
  missing?: MissingFile[];
}

export interface Draft extends Omit<DraftInput, 'missing'> {
  savedAt: Date;
  expiresAt: Date;
  /** Files that were attached when the draft was saved but could not be stored. */
  missing: MissingFile[];
  /** The record's revision (one more at each save of the key, by any tab); absent from stores that keep none. */
  revision?: number;
}

export interface SaveResult {
  savedAt: Date;
  /** Files of this save that could not be stored (quota), by document and name. */
  missing: MissingFile[];
  /** The revision this save wrote (stores that keep none leave it out). */
  revision?: number;
}

export interface SaveOptions {
  ttlDays?: number;
  /**
   * The revision the saving tab last read or wrote (undefined: it found no draft). A tab that knew
   * the draft is refused (`DraftConflictError`) once the application was signed elsewhere.
   */
  baseRevision?: number;
}

/** Why a draft is cleared: `signed` leaves a mark so a tab still showing it does not bring it back. */
export type DraftClearReason = 'signed' | 'reset';

export type DraftStorageErrorCode = 'unavailable' | 'quota';

/** Storage refused: `unavailable` (no IndexedDB, private browsing, blocked) or `quota` (full). */
export class DraftStorageError extends Error {
  override readonly name = 'DraftStorageError';
  constructor(
    readonly code: DraftStorageErrorCode,
    options?: { cause?: unknown },
  ) {
    super(`Drafts storage ${code}`, options);
  }
}

/**
 * The draft was cleared because its application was signed (in another tab, or in this one before
 * this tab's last look): this tab's save would bring a submitted application back as a draft.
 */
export class DraftConflictError extends Error {
  override readonly name = 'DraftConflictError';
  readonly code = 'signed-elsewhere';
  constructor() {
    super('Draft was signed elsewhere');
  }
}

/** What a form needs from a store; the IndexedDB one below, or a test's. */
export interface DraftStoreLike {
  save(key: string, draft: DraftInput, options?: SaveOptions): Promise<SaveResult>;
  load(key: string, options?: { ttlDays?: number }): Promise<Draft | null>;
  clear(key: string, options?: { reason?: DraftClearReason; ttlDays?: number }): Promise<void>;
  purgeExpired(): Promise<number>;
}

/** The default key: the service and a host-given `draft-key`, else the service and the page's path. */
export function draftKey(service: string, hostKey: string | null | undefined, location: { pathname: string }): string {
  return hostKey ? `${service}:${hostKey}` : `${service}:${location.pathname}`;
}

/** Maps whatever IndexedDB threw to the two cases a form tells the parent about. */
export function toStorageError(error: unknown): DraftStorageError {
  if (error instanceof DraftStorageError) return error;
  const name = (error as { name?: string } | null)?.name;
  // Chrome reports a full disk as QuotaExceededError; Firefox's private mode once did too, but the
  // parent's remedy differs (free space vs. leave private mode) only when the name says quota.
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return new DraftStorageError('quota', { cause: error });
  return new DraftStorageError('unavailable', { cause: error });
}

/** The channel the tabs of one draft key talk on. */
export function draftChannelName(key: string): string {
  return `egov-forms-drafts:${key}`;
}

/**
 * Whether this origin may hold a draft: false only when the browser lists its databases and the
 * drafts database is not among them (a first visit). Until then a form loads neither the drafts'
 * code (draft-parts.ts) nor the store's (store.ts, idb); the parent's first change loads them.
 */
export async function mayHaveDrafts(): Promise<boolean> {
  const factory = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (typeof factory?.databases !== 'function') return true;
  try {
    return (await factory.databases()).some((db) => db.name === DRAFT_DB_NAME);
  } catch {
    return true; // the store itself says what is wrong
  }
}

/**
 * `off`: turned off by the host; `loading`: looking for a draft; `idle`: nothing saved yet;
 * `saving`/`saved`: the last change is being / was written; `unavailable`: storage refused
 * (see `error`), the form goes on without drafts; `signed-elsewhere`: another tab signed this
 * draft's application and cleared it, so this tab no longer saves it (start over saves again).
 */
export type DraftStatus = 'off' | 'loading' | 'idle' | 'saving' | 'saved' | 'unavailable' | 'signed-elsewhere';

export interface DraftControllerOptions {
  /** The draft key (read when the draft is loaded and at each save). */
  key: () => string;
  /** Days a draft lives after its last save. */
  ttlDays?: () => number;
  /** False turns drafts off (`no-draft`). */
  enabled?: () => boolean;
  /** The store; default one IndexedDB store shared by every form of the page. */
  store?: () => DraftStoreLike | undefined;
  getAnswers: () => Record<string, unknown>;
  /** The step the parent is on (restored with the draft). */
  getStep?: () => string | undefined;
  /**
   * Puts a draft's answers and step back into the form (files go to the uploaders separately).
   * The draft arrives after the form is usable: its `answers` already carry every answer the parent
   * changed meanwhile (those win), and its `step` is undefined when the parent moved meanwhile.
   */
  restore: (draft: Draft) => void;
  /** Start over: the form empties its answers and uploaders (what it announces meanwhile is not saved). */
  reset?: () => void;
  /**
   * The form's attachments model (src/attachments): the files are read from it and put back
   * through it, per document id. Without one, the draft keeps answers and step only.
   */
  attachments?: () => Attachments | undefined;
  /** Delay after the last change before writing. */
  debounceMs?: number;
  /** True keeps the draft when the form signs (the form clears it once the host confirmed receipt). */
  keepOnSigned?: () => boolean;
  /** Loads the drafts' code (default: draft-parts.ts, on demand); tests make it fail or wait. */
  loadParts?: () => Promise<typeof import('./draft-parts.js')>;
  /** Whether a draft may exist in the default store (default: `mayHaveDrafts`); tests answer for the browser. */
  mayHaveDrafts?: () => Promise<boolean>;
}

/** A deep copy of plain answers (JSON-like data; what cannot be cloned is kept as is). */
export function clone<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}
