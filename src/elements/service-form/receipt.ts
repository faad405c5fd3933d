// The views after signing: "sending", the failure with retry, the receipt a parent keeps (and can
// print), and the signed-only view when the host gives no `submit`. They render; the form decides.
// Loaded with the steps after the questions (after-questions.ts): nothing here is needed before signing.
import { html, nothing, type TemplateResult } from 'lit';
import { formatKzDateTime } from '../../rules/day-input.js';
import { nextSteps } from '../../rules/next-steps.js';
import type { ServiceId } from '../../rules/index.js';
import { formatSize, hasText, type Locale, type Params } from '../../i18n/localize.js';
import type { SignedDetail } from '../../signing/index.js';
import type { SubmissionState } from './submission-controller.js';

interface ViewContext {
  t: (key: string, params?: Params) => string;
  locale: Locale;
  /** Shows the "originals checked in person" notice (meal-subsidy). */
  inPersonCheck?: boolean;
}

/** The child's name as the answers give it ("Last First Patronymic"). */
export function childName(detail: SignedDetail): string {
  const answers = (detail.payload.answers ?? {}) as { child?: Record<string, unknown> };
  const child = answers.child ?? {};
  return [child.lastName, child.firstName, child.patronymic].filter((p) => typeof p === 'string' && p.trim()).join(' ');
}

function documentsRow(detail: SignedDetail, { t, locale }: ViewContext): TemplateResult | typeof nothing {
  if (!detail.payload.documents.length) return nothing;
  return html`<div class="summary-row"><dt>${t('journey.documents')}</dt><dd>
    <ul>${detail.payload.documents.map((d) => html`<li>${t(`document.${d.doc}`)}: ${d.name} (${formatSize(locale, d.size)})</li>`)}</ul>
  </dd></div>`;
}

function technical(detail: SignedDetail, { t }: ViewContext): TemplateResult {
  return html`<details part="technical" class="technical">
    <summary>${t('journey.technical')}</summary>
    <dl class="summary-list">
      <div class="summary-row"><dt>${t('journey.idempotencyKey')}</dt><dd><code data-idempotency-key>${detail.payload.idempotencyKey}</code></dd></div>
      <div class="summary-row"><dt>${t('journey.digest')}</dt><dd><code>${detail.digest}</code></dd></div>
      <div class="summary-row"><dt>${t('journey.signedAt')}</dt><dd><code>${detail.payload.createdAt}</code></dd></div>
    </dl>
  </details>`;
}

/** "Sending…" while the host's `submit` runs: a status the screen reader announces, nothing to press twice. */
export function renderSending(view: ViewContext): TemplateResult {
  const { t } = view;
  return html`<div part="sending" class="sending" role="status" aria-live="polite" data-submission="sending">
    <span class="spinner" aria-hidden="true"></span>
    <p><strong>${t('journey.sending')}</strong></p>
    <p class="hint">${t('journey.sendingHint')}</p>
  </div>`;
}

/** The failure: what went wrong, in words, and "Send again" (the same signed application). */
export function renderFailure(state: Extract<SubmissionState, { status: 'failed' }>, view: ViewContext, onRetry: () => void): TemplateResult {
  const { t } = view;
  const extra = state.hostCodes.filter((code) => hasText(`error.${code}`));
  return html`<div part="submit-error" class="submit-error" data-submission="failed" data-code=${state.code} tabindex="-1" id="submit-error">
    <div role="alert">
      <h3 id="submit-error-title">${t('journey.failedTitle')}</h3>
      ${extra.map((code) => html`<p data-host-code=${code}>${t(`error.${code}`)}</p>`)}
      <p>${t(`error.${state.code}`)}</p>
    </div>
    <button part="button button-primary" class="primary" type="button" id="retry" @click=${onRetry}>${t('journey.retry')}</button>
  </div>`;
}

/** The receipt, once the host confirmed: its reference, the child, the service, the time, what happens next, print. */
export function renderReceipt(state: Extract<SubmissionState, { status: 'received' }>, view: ViewContext): TemplateResult {
  const { t } = view;
  const { detail } = state;
  const service = detail.service as ServiceId;
  const child = childName(detail);
  return html`<section part="receipt" class="receipt" data-submission="received" aria-labelledby="receipt-title">
    <h2 id="receipt-title" tabindex="-1">${t('journey.receiptTitle')}</h2>
    <p>${t('journey.receiptLead')}</p>
    <dl class="summary-list">
      <div class="summary-row"><dt>${t('journey.reference')}</dt><dd><strong part="reference" data-reference>${state.reference}</strong></dd></div>
      ${child ? html`<div class="summary-row"><dt>${t('journey.child')}</dt><dd data-child>${child}</dd></div>` : nothing}
      <div class="summary-row"><dt>${t('journey.service')}</dt><dd data-service=${service}>${t(`service.${service}`)}</dd></div>
      <div class="summary-row"><dt>${t('journey.receivedAt')}</dt><dd data-received-at>${formatKzDateTime(state.receivedAt)}</dd></div>
      ${documentsRow(detail, view)}
    </dl>
    ${state.message ? html`<div class="host-message"><h3>${t('journey.hostMessage')}</h3><p data-host-message>${state.message}</p></div>` : nothing}
    <h3>${t('journey.nextTitle')}</h3>
    <ol part="next-steps" class="next-steps">
      ${nextSteps(service).map((id) => html`<li data-next-step=${id}>${t(`nextStep.${id}`)}</li>`)}
    </ol>
    <div class="nav no-print">
      <button part="button button-primary" class="primary" type="button" id="print" @click=${() => window.print()}>${t('journey.print')}</button>
    </div>
    ${technical(detail, view)}
  </section>`;
}

/** Without `submit`: the application is signed and handed to the page (`signed-payload`); the page confirms receipt itself. */
export function renderSigned(detail: SignedDetail, view: ViewContext): TemplateResult {
  const { t } = view;
  const child = childName(detail);
  return html`<section part="receipt" class="receipt" data-submission="signed" aria-labelledby="receipt-title">
    <h2 id="receipt-title" tabindex="-1">${t('journey.signedTitle')}</h2>
    <p>${t('journey.signedLead')}</p>
    <dl class="summary-list">
      ${child ? html`<div class="summary-row"><dt>${t('journey.child')}</dt><dd data-child>${child}</dd></div>` : nothing}
      <div class="summary-row"><dt>${t('journey.service')}</dt><dd>${t(`service.${detail.service}`)}</dd></div>
      <div class="summary-row"><dt>${t('journey.signedAt')}</dt><dd>${formatKzDateTime(new Date(detail.payload.createdAt))}</dd></div>
      ${documentsRow(detail, view)}
    </dl>
    ${view.inPersonCheck ? html`<p part="notice" class="notice">${t('form.inPersonCheck')}</p>` : nothing}
    ${technical(detail, view)}
  </section>`;
}
