// The uploader's heavy code, loaded when first needed so the element's own chunk stays small: the
// checks a file passes before decoding (src/upload/admit.ts) and how an entry is made (processing.ts)
// with the first file, the compression pool with the first image (or on first intent, to warm it).
import type { CompressorPool } from '../../upload/compress.js';

let poolPromise: Promise<CompressorPool> | undefined;
/** The compression code loads on the first image only: the elements themselves stay small. */
export function compressor(): Promise<CompressorPool> {
  poolPromise ??= import('../../upload/compress.js').then((m) => new m.CompressorPool());
  return poolPromise;
}

/** First intent (focus or hover on the picker): load the code and start the workers before the first photo. */
export function warmCompressor(): void {
  void compressor().then((pool) => pool.warm()).catch(() => {});
}

type AdmitModule = typeof import('../../upload/admit.js');
/** The checks a file passes before decoding (src/upload/admit.ts and its header readers) load with the first file. */
let admitPromise: Promise<AdmitModule> | undefined;
function admitCode(): Promise<AdmitModule> {
  admitPromise ??= import('../../upload/admit.js').catch((error: unknown) => {
    admitPromise = undefined; // a failed request is tried again with the next file
    throw error;
  });
  // Fetched beside the checks, so an admitted file does not wait for it.
  processing().catch(() => {});
  return admitPromise;
}

export async function admitFile(...args: Parameters<AdmitModule['admitFile']>): ReturnType<AdmitModule['admitFile']> {
  return (await admitCode()).admitFile(...args);
}

type ProcessingModule = typeof import('./processing.js');
let processingPromise: Promise<ProcessingModule> | undefined;
/** How an entry is made (processing.ts): loaded with the checks of the first file. */
export function processing(): Promise<ProcessingModule> {
  processingPromise ??= import('./processing.js').catch((error: unknown) => {
    processingPromise = undefined; // tried again with the next file
    throw error;
  });
  return processingPromise;
}
