// The uploader's heavy code, loaded when first needed so the element's own chunk stays small: the
// checks a file passes before decoding (src/upload/admit.ts, and the digest) with the first file, the compression
// pool with the first image (or on first intent, to warm it).
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
  return admitPromise;
}

export async function admitFile(...args: Parameters<AdmitModule['admitFile']>): ReturnType<AdmitModule['admitFile']> {
  return (await admitCode()).admitFile(...args);
}

/** SHA-256 of a restored file: the digest code comes with the checks (admit.ts hashes PDFs), not in the first load. */
export async function sha256Hex(...args: Parameters<typeof import('../../upload/digest.js').sha256Hex>): Promise<string> {
  return (await import('../../upload/digest.js')).sha256Hex(...args);
}

export async function processPdf(...args: Parameters<AdmitModule['processPdf']>): ReturnType<AdmitModule['processPdf']> {
  return (await admitCode()).processPdf(...args);
}
