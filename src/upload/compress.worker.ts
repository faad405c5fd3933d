// The kit's own module worker: image decoding and JPEG encoding off the page's main thread.
import { compressImage, PipelineError } from './encode.js';
import type { WorkerRequest, WorkerResponse } from './protocol.js';

/** The parts of DedicatedWorkerGlobalScope used here (the DOM lib, which the project compiles with, lacks it). */
interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;

function post(message: WorkerResponse, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

/** Decodes and encodes a tiny image once, so the codecs are ready when the first photo comes. */
async function warm(): Promise<void> {
  try {
    const canvas = new OffscreenCanvas(8, 8);
    canvas.getContext('2d')?.fillRect(0, 0, 8, 8);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
    (await createImageBitmap(blob)).close();
  } catch {
    // Warming is an optimisation only.
  }
  post({ type: 'warm' });
}

scope.addEventListener('message', async (event: MessageEvent<WorkerRequest>) => {
  if (event.data.type === 'warm') return warm();
  const { job } = event.data;
  try {
    const result = await compressImage(job, (fraction) => post({ type: 'progress', id: job.id, fraction }));
    post({ type: 'done', id: job.id, result }, result.thumbnail ? [result.thumbnail] : []);
  } catch (error) {
    const code = error instanceof PipelineError ? error.code : 'file-unreadable';
    post({ type: 'error', id: job.id, code, detail: String(error) });
  }
});
