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

scope.addEventListener('message', async (event: MessageEvent<WorkerRequest>) => {
  const { job } = event.data;
  try {
    const result = await compressImage(job, (fraction) => post({ type: 'progress', id: job.id, fraction }));
    post({ type: 'done', id: job.id, result }, result.thumbnail ? [result.thumbnail] : []);
  } catch (error) {
    const code = error instanceof PipelineError ? error.code : 'file-unreadable';
    post({ type: 'error', id: job.id, code, detail: String(error) });
  }
});
