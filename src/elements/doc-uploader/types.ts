// The uploader's types: what its public methods take and give, and one file as the queue holds it.
import type { AdmittedFile, UploadErrorCode } from '../../upload/admit.js';

/** One rejected file: its name as given, the error code, and the message shown. */
export interface RejectedFile {
  file: File;
  name: string;
  code: UploadErrorCode;
  message: string;
}

/** What `addFiles` resolves with once every file is processed or refused. */
export interface AddResult {
  /** The processed files (the bytes that will be submitted), in the order given. */
  accepted: File[];
  rejected: RejectedFile[];
}

/** Details of a processed file, for the signed payload (`documents[]` in docs/design.md). */
export interface UploadedFileInfo {
  file: File;
  sha256: string;
  original: { name: string; size: number; type: string; width?: number; height?: number };
  width?: number;
  height?: number;
  /** The photo as the person gave it (kept in memory and in the draft, to re-plan from it when space frees). */
  originalFile?: File;
}

/** A file this kit processed earlier (a restored draft), with what its original was. */
export interface RestoredFile {
  file: File;
  width?: number;
  height?: number;
  original?: UploadedFileInfo['original'];
  /** The original itself (kept in the draft), so a reduced photo can be made again at a better quality. */
  originalFile?: File;
}

export type EntryStatus = 'queued' | 'processing' | 'done';

export type Params = Record<string, string | number>;

/** A refused file as kept for display: code and params, put into words at each render (the language may change). */
export interface Refusal {
  file: File;
  name: string;
  code: UploadErrorCode;
  params: Params;
}

/** One file in the uploader: admitted, then queued, processing, done (and perhaps processed again). */
export interface Entry extends AdmittedFile {
  id: string;
  status: EntryStatus;
  progress: number;
  result?: File;
  sha256?: string;
  outWidth?: number;
  outHeight?: number;
  /** The share the current result was made for (re-compress only when a later plan gives less). */
  madeFor?: number;
  /** The current result is at the highest quality and the planned size: a larger share would not change it. */
  unconstrained?: boolean;
  belowMinEdge?: boolean;
  /** Being compressed (for the first time, or again for a smaller share). */
  working?: boolean;
  /** A restored file's original (its `source` is then the original file when the draft kept it, else the processed one). */
  original?: UploadedFileInfo['original'];
  /** `source` is the original as the person gave it (false for a draft restored without its original). */
  hasOriginal?: boolean;
  thumbnail?: ImageBitmap;
  abort?: AbortController;
  /** Settles when the entry is done, refused or removed. */
  settled: Promise<RejectedFile | undefined>;
  settle: (rejection?: RejectedFile) => void;
}
