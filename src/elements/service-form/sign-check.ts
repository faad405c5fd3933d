// Signing, as the form runs it: the checks before signing (window, every rule, the host's
// one-application check), the bytes the sign panel signs (the payload built when the parent chooses
// a method), then the signed application to the host: `signed-payload`, its `submit`, the receipt.
// The payload and signing code itself loads with the steps after the questions (after-questions.ts).
import type { ReactiveControllerHost } from 'lit';
import type { WindowStatus } from '../../rules/window.js';
import type { Attachment, SignedDetail } from '../../signing/payload.js';
import { fieldId } from './answers.js';
import type { SummaryEntry } from './problems.js';
import type { SubmissionController } from './submission-controller.js';

/** The signing code the flow needs (after-questions.ts gives it). */
export interface SigningCode {
  buildPayload: typeof import('../../signing/payload.js').buildPayload;
  canonicalJson: typeof import('../../signing/canonical.js').canonicalJson;
  digestCanonical: typeof import('../../signing/canonical.js').digestCanonical;
  utf8: typeof import('../../signing/canonical.js').utf8;
  SigningError: typeof import('../../signing/signer.js').SigningError;
}

export interface SignCheckOptions {
  /** The application window now (undefined: the service has none). */
  window: () => WindowStatus | undefined;
  windowText: (window: WindowStatus) => string;
  /** Every blocking problem of the answers and documents. */
  problems: () => SummaryEntry[];
  /** The host's one-application check. */
  hasApplication: () => ((iin: string) => Promise<boolean> | boolean) | undefined;
  /** The child's IIN as answered. */
  iin: () => string;
  t: (key: string) => string;
  showSummary: (source: () => SummaryEntry[]) => void;
  focusSummary: () => Promise<void>;
  /** The signing code, loaded if it is not yet. */
  code: () => Promise<SigningCode>;
  /** What the payload is built from (answers: the schema's output). */
  payload: () => { service: string; locale: string; answers: unknown; now: () => Date };
  attachments: () => { attachments: Attachment[]; files: File[] };
  submission: SubmissionController;
  /** Fires `signed-payload`. */
  emit: (detail: SignedDetail) => void;
  /** Focuses the first match of a selector in the host's shadow root, once it rendered. */
  focus: (selector: string) => void;
}

export class SignCheck {
  /** The signed application (what the receipt shows). */
  receipt: SignedDetail | undefined;
  /** Signed without the host's `submit`: the signed view replaces the steps. */
  signed = false;
  /** Why the last check said no (an error code), for the sign panel's message. */
  private blockedBy?: string;
  /** The payload being signed, between the panel asking for bytes and its `signed` event. */
  private pending?: Omit<SignedDetail, 'signature' | 'service'>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SignCheckOptions,
  ) {}

  /**
   * Checks everything that must hold before signing: the window is open, every answer and
   * document passes the rules, and the host's one-application check says no earlier application.
   * Shows the problems in the error summary and resolves false when any fails.
   */
  async check(): Promise<boolean> {
    const o = this.options;
    this.blockedBy = undefined;
    const window = o.window();
    if (window && !window.open) {
      this.blockedBy = window.code!;
      o.showSummary(() => [{ target: 'window', message: o.windowText(o.window() ?? window) }]);
      await o.focusSummary();
      return false;
    }
    if (o.problems().length) {
      this.blockedBy = 'document-missing';
      o.showSummary(() => o.problems());
      await o.focusSummary();
      return false;
    }
    const hasApplication = o.hasApplication();
    if (hasApplication) {
      let code: 'already-applied' | 'application-check-failed' | undefined;
      try {
        if (await hasApplication(o.iin())) code = 'already-applied';
      } catch {
        // The host's back end could not answer: nothing is signed until it can.
        code = 'application-check-failed';
      }
      if (code) {
        this.blockedBy = code;
        o.showSummary(() => [{ target: fieldId('child.iin'), message: o.t(`error.${code}`) }]);
        await o.focusSummary();
        return false;
      }
    }
    return true;
  }

  /** What the sign panel signs: the payload is built (files digested) when the parent chooses a method. */
  readonly prepareBytes = async (): Promise<Uint8Array> => {
    const code = await this.options.code();
    // The window may have closed or the host's check changed since the review step.
    if (!(await this.check())) throw new code.SigningError('failed', { id: this.blockedBy ?? 'signing-failed' });
    const { attachments, files } = this.options.attachments();
    const payload = await code.buildPayload({ ...this.options.payload(), attachments });
    const canonical = code.canonicalJson(payload);
    this.pending = { payload, canonical, digest: await code.digestCanonical(canonical), files };
    return code.utf8(canonical);
  };

  /** The panel signed: the detail goes to the host and the receipt is shown. */
  async onSigned(signature: SignedDetail['signature']): Promise<void> {
    const pending = this.pending;
    if (!pending) return;
    const detail: SignedDetail = { service: this.options.payload().service, ...pending, signature };
    this.pending = undefined;
    this.receipt = detail;
    if (this.options.submission.enabled) {
      // The host sends it: "Sending…", then its receipt or the reason and "Send again".
      this.options.emit(detail);
      await this.send(() => this.options.submission.send(detail));
      return;
    }
    this.signed = true;
    this.host.requestUpdate();
    this.options.emit(detail);
    await this.host.updateComplete;
    this.options.focus('#receipt-title');
  }

  /** Sends (or sends again) through the host's `submit`, then moves focus to the receipt or the failure. */
  async send(send: () => Promise<unknown>): Promise<void> {
    const sending = send();
    await this.host.updateComplete;
    this.options.focus('[data-submission="sending"]');
    await sending;
    await this.host.updateComplete;
    this.options.focus(this.options.submission.state.status === 'received' ? '#receipt-title' : '#submit-error');
  }
}
