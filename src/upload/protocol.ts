// Messages between the page and the compression worker (types only, shared by both sides).

export interface CompressJob {
  id: number;
  file: Blob;
  kind: 'jpeg' | 'png' | 'webp' | 'heic';
  /** From the headers, read on the page before any decoding. */
  width: number;
  height: number;
  orientation: number;
  /** The plan's target for this image. */
  maxBytes: number;
  longEdge: number;
  minLongEdge: number;
  /** Long edge of the thumbnail to return (0 for none). */
  thumbnail: number;
}

export interface CompressResult {
  blob: Blob;
  width: number;
  height: number;
  quality: number;
  sha256: string;
  thumbnail?: ImageBitmap;
  /** Made at the highest quality and the planned long edge: a larger share would not have changed it. */
  unconstrained: boolean;
  /** How many JPEG encodes it took, and where the time went (for the benchmark's report). */
  encodes: number;
  decodeMs: number;
  encodeMs: number;
}

export type FailureCode = 'file-unreadable' | 'heic-unsupported' | 'image-too-large';

/** `warm`: start-up work (module, codecs) done before the first photo arrives. */
export type WorkerRequest = { type: 'process'; job: CompressJob } | { type: 'warm' };
export type WorkerResponse =
  | { type: 'warm' }
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'done'; id: number; result: CompressResult }
  | { type: 'error'; id: number; code: FailureCode; detail: string };
