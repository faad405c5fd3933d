// The signing step: `<sign-panel>` with the ways of signing offered, or why the window is closed;
// while the host's `submit` runs, "Sending…", and when it fails, the reason and "Send again".
// Loaded with the other steps after the questions (after-questions.ts).
import { html, type TemplateResult } from 'lit';
import type { SignedEventDetail, SignPanelSigners } from '../sign-panel/sign-panel.js';
import type { SubmissionState } from './submission-controller.js';
import type { StepsText } from './documents-step.js';
import { renderFailure, renderSending } from './receipt.js';

export interface SignView extends StepsText {
  /** The window is closed: its sentence instead of the panel. */
  closedText?: string;
  submission: SubmissionState;
  /** The ways of signing (asked only when the panel is shown: the default signer is made then). */
  signers: () => SignPanelSigners;
  /** The bytes to sign, built when the parent chooses a method. */
  prepareBytes: () => Promise<Uint8Array>;
  onSigned: (event: CustomEvent<SignedEventDetail>) => void;
  /** "Send again" after a failed `submit`. */
  onRetry: () => void;
  onBack: () => void;
  /** Back after a failed `submit`: the failure is forgotten first. */
  onBackFromFailure: () => void;
}

function back(view: SignView, onClick: () => void): TemplateResult {
  return html`<div class="nav"><button part="button" type="button" class="secondary" @click=${onClick}>${view.t('form.back')}</button></div>`;
}

export function renderSign(view: SignView): TemplateResult {
  const { t, submission } = view;
  if (submission.status === 'sending') return renderSending(view);
  if (submission.status === 'failed') {
    return html`${renderFailure(submission, view, view.onRetry)}${back(view, view.onBackFromFailure)}`;
  }
  return html`
    <p class="intro">${t('form.signIntro')}</p>
    ${view.closedText !== undefined
      ? html`<p part="notice" class="notice notice-closed">${view.closedText}</p>`
      : html`<sign-panel heading-level="3" .signers=${view.signers()} .data=${view.prepareBytes} @signed=${view.onSigned}></sign-panel>`}
    ${back(view, view.onBack)}
  `;
}

export { renderReceipt, renderSigned } from './receipt.js';
