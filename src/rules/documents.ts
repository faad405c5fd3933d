// What each document is as a file: kind of file, how many files, and the photo's aspect.
import { documentIds, isDocumentId, type DocumentId } from './ids.js';
import type { RuleIssue } from './errors.js';
import type { ChecklistItem } from './requirements.js';

export type DocumentKind = 'image-or-pdf' | 'image';

export type DocumentSpec = {
  kind: DocumentKind;
  /** Number of files the document consists of. */
  count: number;
  /** Width:height the image must have (the 3×4 cm photo). */
  aspect?: { width: number; height: number };
};

/**
 * What a parent may pick for a document of each kind (the uploader's `accept`): what phones and
 * scanners produce. Every image is re-encoded as JPEG on the device; a PDF is sent as it is.
 */
export const pickableTypes: Readonly<Record<DocumentKind, readonly string[]>> = {
  'image-or-pdf': ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif', 'application/pdf'],
  image: ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif'],
};

/** What a signed application carries for a document of each kind: JPEG for every image, PDF as given. */
export const submittedTypes: Readonly<Record<DocumentKind, readonly string[]>> = {
  'image-or-pdf': ['image/jpeg', 'application/pdf'],
  image: ['image/jpeg'],
};

const photo: DocumentSpec = { kind: 'image', count: 2, aspect: { width: 3, height: 4 } };
const scan: DocumentSpec = { kind: 'image-or-pdf', count: 1 };

export const documentSpecs: Readonly<Record<DocumentId, DocumentSpec>> = Object.fromEntries(
  documentIds.map((id) => [id, id === 'child-photo' ? photo : scan]),
) as Record<DocumentId, DocumentSpec>;

export function documentSpec(doc: DocumentId): DocumentSpec {
  return documentSpecs[doc];
}

/** How far (as a share of the expected width:height) an image may be from its document's aspect before a warning. */
export const ASPECT_TOLERANCE = 0.12;

/**
 * Whether an image is far from its document's aspect (the 3×4 photo): a warning, never a block.
 * Either orientation of the expected aspect is fine only if it matches as given (a 3×4 photo is portrait).
 */
export function isFarFromAspect(doc: DocumentId, width: number, height: number, tolerance = ASPECT_TOLERANCE): boolean {
  const aspect = documentSpecs[doc]?.aspect;
  if (!aspect || !(width > 0) || !(height > 0)) return false;
  const expected = aspect.width / aspect.height;
  return Math.abs(width / height - expected) / expected > tolerance;
}

/**
 * The documents still missing from an application: every `required` checklist item with fewer
 * files than its `count`. `attached` counts the files given per document id. The form blocks on
 * these before signing and `verifyPayload` reports them, so the browser and the server agree.
 */
export function missingDocuments(checklist: readonly ChecklistItem[], attached: Readonly<Record<string, number>>): RuleIssue[] {
  const issues: RuleIssue[] = [];
  for (const item of checklist) {
    if (item.state !== 'required') continue;
    const have = Object.hasOwn(attached, item.doc) ? attached[item.doc] : 0;
    if (have < item.count) issues.push({ path: ['documents', item.doc], code: 'document-missing', params: { document: item.doc, min: item.count, have } });
  }
  return issues;
}

/**
 * Documents given more files than they consist of (`count`): `too-many-files`, with the document
 * id, the most it takes (`max`) and how many were given (`have`). Ids that are no document are
 * left to the caller. The uploader never takes more; `verifyPayload` reports these.
 */
export function excessFiles(attached: Readonly<Record<string, number>>): RuleIssue[] {
  const issues: RuleIssue[] = [];
  for (const [doc, have] of Object.entries(attached)) {
    if (!isDocumentId(doc)) continue;
    const max = documentSpecs[doc].count;
    if (have > max) issues.push({ path: ['documents', doc], code: 'too-many-files', params: { document: doc, max, have } });
  }
  return issues;
}
