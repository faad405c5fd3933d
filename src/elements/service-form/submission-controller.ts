// Hands the signed application to the host's `submit` callback and holds what came of it: sending,
// received (the host's reference: the receipt), or failed (a specific code; retry sends the same detail).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isErrorCode, type ErrorCode } from '../../rules/errors.js';
import type { SignedDetail } from '../../signing/index.js';

/** What the host's `submit` resolves with once its server has the application. */
export interface SubmitResult {
  /** The host's reference for the application (shown on the receipt). */
  reference: string;
  /** A message from the host for the parent (shown on the receipt as given). */
  message?: string;
}

/** The host's callback: receives the `signed-payload` detail, resolves once its server has accepted it. */
export type SubmitCallback = (detail: SignedDetail) => Promise<SubmitResult>;

export type SubmissionState =
  | { status: 'idle' }
  | { status: 'sending'; detail: SignedDetail }
  | { status: 'received'; detail: SignedDetail; reference: string; message?: string; receivedAt: Date }
  | { status: 'failed'; detail: SignedDetail; code: ErrorCode; hostCodes: ErrorCode[] };

export interface SubmissionOptions {
  submit: () => SubmitCallback | undefined;
  /** The form's clock (the receipt's time). */
  now: () => Date;
  /** Called once the host confirmed (clears the draft). */
  onReceived?: () => void;
}

/**
 * Why a submission failed, as one of our codes, from what the host's callback threw: no network
 * (`submit-offline`), a refusal with codes or a 4xx status (`submit-rejected`), anything else
 * (`submit-failed`). Codes the host gives that the kit knows (`already-applied`, …) are kept to be shown.
 */
export function classifySubmitError(error: unknown, online = true): { code: ErrorCode; hostCodes: ErrorCode[] } {
  const e = (typeof error === 'object' && error !== null ? error : {}) as { codes?: unknown; code?: unknown; status?: unknown; name?: unknown };
  const given = [...(Array.isArray(e.codes) ? e.codes : []), ...(typeof e.code === 'string' ? [e.code] : [])];
  const hostCodes = given.filter((c): c is ErrorCode => isErrorCode(c) && !String(c).startsWith('submit-'));
  const status = typeof e.status === 'number' ? e.status : undefined;
  // fetch() rejects with a TypeError when the request never reached a server.
  if (!online || error instanceof TypeError || e.name === 'NetworkError') return { code: 'submit-offline', hostCodes };
  if (given.includes('submit-offline')) return { code: 'submit-offline', hostCodes };
  if (hostCodes.length || (status !== undefined && status >= 400 && status < 500)) return { code: 'submit-rejected', hostCodes };
  return { code: 'submit-failed', hostCodes };
}

export class SubmissionController implements ReactiveController {
  state: SubmissionState = { status: 'idle' };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SubmissionOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether the host gave a `submit` callback (else the `signed-payload` event alone, as before). */
  get enabled(): boolean {
    return typeof this.options.submit() === 'function';
  }

  /** The state as the element's `submissionStatus` gives it: `status`, and `code` or `reference`. */
  get status(): { status: string; code?: string; reference?: string } {
    const state = this.state;
    if (state.status === 'failed') return { status: state.status, code: state.code };
    if (state.status === 'received') return { status: state.status, reference: state.reference };
    return { status: state.status };
  }

  get busy(): boolean {
    return this.state.status === 'sending';
  }

  /** Sends a signed detail; a second call while one is on its way does nothing. */
  async send(detail: SignedDetail): Promise<SubmissionState> {
    const submit = this.options.submit();
    if (!submit || this.busy) return this.state;
    this.set({ status: 'sending', detail });
    try {
      const result = await submit(detail);
      const reference = result && (typeof result.reference === 'string' || typeof result.reference === 'number') ? String(result.reference).trim() : '';
      if (!reference) {
        this.set({ status: 'failed', detail, code: 'submit-bad-answer', hostCodes: [] });
      } else {
        const received: SubmissionState = { status: 'received', detail, reference, receivedAt: this.options.now() };
        if (typeof result.message === 'string' && result.message.trim()) received.message = result.message.trim();
        this.set(received);
        this.options.onReceived?.();
      }
    } catch (error) {
      const online = typeof navigator === 'undefined' || navigator.onLine !== false;
      this.set({ status: 'failed', detail, ...classifySubmitError(error, online) });
    }
    return this.state;
  }

  /** Sends the same signed detail again (answers, files and signature unchanged). */
  retry(): Promise<SubmissionState> {
    return this.state.status === 'failed' ? this.send(this.state.detail) : Promise.resolve(this.state);
  }

  /** Forgets a failed or finished submission (the parent went back to change something). */
  reset(): void {
    if (this.state.status !== 'sending') this.set({ status: 'idle' });
  }

  private set(state: SubmissionState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
