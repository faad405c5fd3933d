// Everything the steps after the questions need (documents, review, signing, the receipt), with their
// styles and the data their views read from the form's engine. Loaded when the form first needs it
// (the parent focuses or types in the form, reaches the last question step, or a draft has files to
// put back: form-engine.ts); the question steps carry none of it.
import type { TemplateResult } from 'lit';
import type { SmsCodeSigner } from '../../signing/signers/sms.js';
import type { EgovMobileSigner } from '../../signing/signers/egov-mobile.js';
import { WebCryptoSigner } from '../../signing/signers/webcrypto.js';
import type { SignPanelSigners } from '../sign-panel/sign-panel.js';
import { focusControl } from './error-summary.js';
import { windowText } from './window-text.js';
import { allProblems } from './problems.js';
import { collectAttachments } from './document-files.js';
import { SignCheck } from './sign-check.js';
import type { FormEngine } from './form-engine.js';
import type { DocumentsView } from './documents-step.js';
import type { ReviewView } from './review-step.js';
import type { SignView } from './sign-step.js';
import { stepsStyles } from './steps.styles.js';
import { receiptStyles } from './receipt.styles.js';

export { canonicalJson, digestCanonical, utf8 } from '../../signing/canonical.js';
export { buildPayload } from '../../signing/payload.js';
export { SigningError } from '../../signing/signer.js';
export { WebCryptoSigner };
export { DocumentFiles } from './document-files.js';
export { classifySubmitError } from './submit-errors.js';
export { renderBudget, renderDocuments, renderDocument } from './documents-step.js';
export { renderReview } from './review-step.js';
export { renderSign, renderReceipt, renderSigned } from './sign-step.js';

/** The styles of these steps, added to the form's shadow root when they arrive. */
export const styles = [stepsStyles, receiptStyles];

/** The attachments as they will be signed, in checklist order. */
function collect(engine: FormEngine): ReturnType<typeof collectAttachments> {
  return collectAttachments(engine.attachments, engine.form.checklist.map((i) => i.doc));
}

/** The form's signing flow: its checks, payload and sending wired to the engine. */
export function signCheck(engine: FormEngine): SignCheck {
  const { host, i18n, form, errors } = engine;
  return new SignCheck(host, {
    window: () => engine.window,
    windowText: (window) => windowText(window, i18n.t, i18n.locale),
    problems: () => allProblems(engine.problems),
    hasApplication: () => host.hasApplication,
    iin: () => String(form.get('child.iin') ?? ''),
    t: (key) => i18n.t(key),
    showSummary: (source) => errors.show(source),
    focusSummary: () => engine.focusSummary(),
    code: () => engine.parts.get(),
    payload: () => ({ service: host.definition.service, locale: i18n.locale, answers: engine.parsedAnswers(), now: host.now }),
    attachments: () => collect(engine),
    submission: engine.submission,
    emit: (detail) => engine.emit('signed-payload', detail),
    focus: (selector) => engine.focus(selector),
  });
}

/** The documents step's data: the checklist, files per document, photo warnings. */
export function documentsView(engine: FormEngine): DocumentsView {
  const { t, locale } = engine.i18n;
  const { attached, aspectWarnings } = engine.files!;
  return { t, locale, checklist: engine.form.checklist, attached, aspectWarnings, onChange: engine.onUploaderChange };
}

/** "Check your answers": every answer and file, with "change" links. */
export function reviewView(engine: FormEngine, nav: TemplateResult): ReviewView {
  const { t, locale } = engine.i18n;
  const { form, navigation, host } = engine;
  return {
    t,
    locale,
    questionSteps: host.definition.steps,
    visibleFields: (step) => form.visibleFields(step),
    get: (path) => form.get(path),
    schools: host.schools,
    checklist: form.checklist,
    attachments: collect(engine).attachments,
    inPersonCheck: !!host.definition.rules.originalsInPerson,
    onChangeAnswer: (index, path) => void navigation.change(index, path),
    onChangeDocument: (doc) => void navigation.goTo(navigation.indexOf('documents')).then(() => focusControl(host.renderRoot, `uploader-${doc}`)),
    nav,
  };
}

/** The signers offered: the host's `signers` as given, else its `signer` by type, else WebCrypto (kept as the `signer`). */
export function panelSigners(host: FormEngine['host']): SignPanelSigners {
  if (host.signers && Object.keys(host.signers).length) return host.signers;
  const signer = host.signer ?? (host.signer = new WebCryptoSigner());
  if (signer.type === 'ncalayer') return { eds: signer };
  if (signer.type === 'sms') return { sms: signer as SmsCodeSigner };
  if (signer.type === 'egov-mobile') return { mobile: signer as EgovMobileSigner };
  return { webcrypto: signer };
}

/** The signing step: the window, the host's sending, the panel's signers and bytes. */
export function signView(engine: FormEngine): SignView {
  const { t, locale } = engine.i18n;
  const { submission, navigation } = engine;
  const signing = engine.signing();
  const window = engine.window;
  return {
    t,
    locale,
    closedText: window && !window.open ? windowText(window, t, locale) : undefined,
    submission: submission.state,
    signers: () => panelSigners(engine.host),
    prepareBytes: signing.prepareBytes,
    onSigned: (event) => void signing.onSigned(event.detail.signature),
    onRetry: () => void signing.send(() => submission.retry()),
    onBack: () => void navigation.back(),
    onBackFromFailure: () => {
      submission.reset();
      void navigation.back();
    },
  };
}
