// What each document is as a file: kind of file, how many files, and the photo's aspect.
import { documentIds, type DocumentId } from './ids.js';

export type DocumentKind = 'image-or-pdf' | 'image';

export type DocumentSpec = {
  kind: DocumentKind;
  /** Number of files the document consists of. */
  count: number;
  /** Width:height the image must have (the 3×4 cm photo). */
  aspect?: { width: number; height: number };
};

/** MIME types per kind; JPEG and PNG are what phones and scanners produce and what the portal accepts. */
export const acceptedTypes: Readonly<Record<DocumentKind, readonly string[]>> = {
  'image-or-pdf': ['image/jpeg', 'image/png', 'application/pdf'],
  image: ['image/jpeg', 'image/png'],
};

const photo: DocumentSpec = { kind: 'image', count: 2, aspect: { width: 3, height: 4 } };
const scan: DocumentSpec = { kind: 'image-or-pdf', count: 1 };

export const documentSpecs: Readonly<Record<DocumentId, DocumentSpec>> = Object.fromEntries(
  documentIds.map((id) => [id, id === 'child-photo' ? photo : scan]),
) as Record<DocumentId, DocumentSpec>;

export function documentSpec(doc: DocumentId): DocumentSpec {
  return documentSpecs[doc];
}
