// What the draft controller and the IndexedDB store share: names, types, errors. Kept apart from
// store.ts (and idb), which a form loads only once it has a draft to read or write (draft-controller.ts).

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
