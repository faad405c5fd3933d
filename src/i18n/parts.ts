// The catalogues' namespaces in two parts, so an element loads the text it shows and no more:
// `files` for the uploader, the checklist and the sign panel; `forms` for a service form's
// questions (a form loads `files` too once the parent starts). A namespace in neither list is in
// both, so new text is never missing from an element (list it to make a part lighter). The build splits src/i18n/kk.ts, ru.ts and en.ts by these lists (vite.config.ts,
// splitCatalogues); the files themselves stay whole, and tests and the "." entry use them whole.
export const catalogueParts = {
  files: ['upload', 'document', 'state', 'reason', 'ui', 'error', 'signing'],
  forms: ['service', 'form', 'status', 'residency', 'transferReason', 'campKind', 'drafts', 'error', 'ui', 'journey', 'nextStep'],
} as const;

/**
 * The `error` namespace is in both parts, split by key: these codes (the uploader's and the sign
 * panel's) are in `files`, every other code in `forms`.
 */
export const filesErrorKeys = /^(file-|files-|image-|heic-|pdf-|budget-|too-|signing-|signer-|signature-|ncalayer-|sms-|egov-|mobile-|qr-)/;

export type CataloguePart = keyof typeof catalogueParts;
export const allParts: readonly CataloguePart[] = ['files', 'forms'];
