// Hands the signed application to the host's `submit` callback and holds what came of it: sending,
// received (the host's reference: the receipt), or failed (a specific code; retry sends the same detail).
// Why it failed is read by submit-errors.ts, which loads with the steps after the questions.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ErrorCode } from '../../rules/errors.js';
import type { SignedDetail } from '../../signing/index.js';
import type { classifySubmitError } from './submit-errors.js';

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
  /** Why a `submit` failed, in our codes (submit-errors.ts, loaded by the time anything is sent). */
  classify: () => typeof classifySubmitError;
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
      this.set({ status: 'failed', detail, ...this.options.classify()(error, online) });
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
