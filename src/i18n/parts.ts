// The catalogues' namespaces in four parts, so an element loads the text it shows and no more:
// `upload` for the uploader, `files` for the checklist and the sign panel, `forms` for a service
// form's questions, `steps` for what a form shows after them (documents, review, signing, the
// receipt); a form loads `files`, `upload` and `steps` with its later steps. A namespace in no list
// is in every part, so new text is never missing from an element (list it to make a part lighter).
// The build splits src/i18n/kk.ts, ru.ts and en.ts by these lists (vite.config.ts, splitCatalogues);
// the files themselves stay whole, and tests and the "." entry use them whole.
export const catalogueParts = {
  upload: ['upload', 'error'],
  files: ['document', 'state', 'reason', 'ui', 'error', 'signing'],
  forms: ['service', 'form', 'status', 'residency', 'transferReason', 'campKind', 'drafts', 'error', 'ui', 'journey'],
  steps: ['form', 'journey', 'nextStep', 'error'],
} as const;

/** The `error` namespace is in every part, split by key: these codes (the uploader's) are in `upload`. */
export const uploadErrorKeys = /^(file-|files-|image-|heic-|pdf-|budget-|too-)/;

/** These codes (the sign panel's) are in `files`; every code neither list matches is in `forms`. */
export const filesErrorKeys = /^(signing-|signer-|signature-|ncalayer-|sms-|egov-|mobile-|qr-)/;

/** These codes (the checks before signing, sending to the host, the host's refusals) are in `steps`. */
export const stepsErrorKeys = /^(submit-|already-applied|application-check-failed|document-)/;

/** The keys of `form` and `journey` a form shows only after its questions: in `steps`, the rest in `forms`. */
export const stepsFormKeys = /^(inPersonCheck|budget[A-Z]|documentsIntro|photoAspect|sign[A-Z]|signing$|receipt[A-Z]|change$)/;
export const stepsJourneyKeys = /^(sending|failedTitle|retry|receipt|reference|child$|service$|receivedAt|documents$|hostMessage|nextTitle|print|technical|idempotencyKey|digest|signed)/;

/** The part an error code's text is in. */
export function errorPart(code: string): CataloguePart {
  if (uploadErrorKeys.test(code)) return 'upload';
  if (filesErrorKeys.test(code)) return 'files';
  return stepsErrorKeys.test(code) ? 'steps' : 'forms';
}

/**
 * The one part a key of a namespace split by key is in (`error`, `form`, `journey`); undefined for
 * the other namespaces, which are whole in every part that lists them.
 */
export function keyPart(namespace: string, key: string): CataloguePart | undefined {
  if (namespace === 'error') return errorPart(key);
  if (namespace === 'form') return stepsFormKeys.test(key) ? 'steps' : 'forms';
  if (namespace === 'journey') return stepsJourneyKeys.test(key) ? 'steps' : 'forms';
  return undefined;
}

export type CataloguePart = keyof typeof catalogueParts;
export const allParts: readonly CataloguePart[] = ['upload', 'files', 'forms', 'steps'];
