// The catalogues' namespaces in three parts, so an element loads the text it shows and no more:
// `upload` for the uploader, `files` for the checklist and the sign panel, `forms` for a service
// form's questions (a form loads `files` and `upload` too once the parent starts). A namespace in no
// list is in every part, so new text is never missing from an element (list it to make a part
// lighter). The build splits src/i18n/kk.ts, ru.ts and en.ts by these lists (vite.config.ts,
// splitCatalogues); the files themselves stay whole, and tests and the "." entry use them whole.
export const catalogueParts = {
  upload: ['upload', 'error'],
  files: ['document', 'state', 'reason', 'ui', 'error', 'signing'],
  forms: ['service', 'form', 'status', 'residency', 'transferReason', 'campKind', 'drafts', 'error', 'ui', 'journey', 'nextStep'],
} as const;

/** The `error` namespace is in every part, split by key: these codes (the uploader's) are in `upload`. */
export const uploadErrorKeys = /^(file-|files-|image-|heic-|pdf-|budget-|too-)/;

/** These codes (the sign panel's) are in `files`; every code neither list matches is in `forms`. */
export const filesErrorKeys = /^(signing-|signer-|signature-|ncalayer-|sms-|egov-|mobile-|qr-)/;

/** The part an error code's text is in. */
export function errorPart(code: string): CataloguePart {
  return uploadErrorKeys.test(code) ? 'upload' : filesErrorKeys.test(code) ? 'files' : 'forms';
}

export type CataloguePart = keyof typeof catalogueParts;
export const allParts: readonly CataloguePart[] = ['upload', 'files', 'forms'];
