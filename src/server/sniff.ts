// What a received file is, from its bytes: stricter than the browser's sniffing, since here the bytes are untrusted.
import { sniff as sniffKind } from '../upload/sniff.js';
import { MAX_FILE_NAME_BYTES } from './limits.js';

/** What the kit submits: a JPEG for every image, a PDF as given. Everything else is refused on the server. */
export type SubmittedKind = 'jpeg' | 'pdf';

export const KIND_TYPES: Readonly<Record<SubmittedKind, string>> = { jpeg: 'image/jpeg', pdf: 'application/pdf' };

const HEAD_BYTES = 1024;

/** Markup or script a browser could run if the file were ever served back: never a document. */
const ACTIVE = /<\s*(?:!doctype|html|head|body|script|svg|iframe|object|embed|xml|\?xml)\b|<\?php|javascript:/i;

/**
 * The file's kind: `jpeg` (starts FF D8 FF), `pdf` (starts `%PDF-`, after a BOM or whitespace at
 * most, with no markup or script in the first kilobyte), or what else it looks like (`html`, `svg`,
 * `png`, …, `unknown`), which the server refuses.
 */
export function serverKind(bytes: Uint8Array): SubmittedKind | 'active' | string {
  const head = bytes.subarray(0, HEAD_BYTES);
  const kind = sniffKind(head);
  if (kind === 'jpeg') return 'jpeg';
  let text = '';
  for (let i = 0; i < head.length; i++) text += String.fromCharCode(head[i]);
  if (kind === 'svg' || ACTIVE.test(text)) return 'active';
  // The PDF header first (after a byte-order mark or whitespace at most): text before it is not a document the kit sends.
  if (kind === 'pdf') return /^(?:\xef\xbb\xbf)?[\t\n\r ]*%PDF-/.test(text) ? 'pdf' : 'unknown';
  return kind;
}

const encoder = new TextEncoder();

/**
 * Why a file name is not plain, or undefined when it is: empty, `.` or `..`, a path separator
 * (`/`, `\`), a control character (C0, DEL, C1), a lone surrogate, or more than 255 UTF-8 bytes.
 */
export function nameProblem(name: string): string | undefined {
  if (name === '' || name === '.' || name === '..') return 'empty';
  if (/[/\\]/.test(name)) return 'path-separator';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(name)) return 'control-character';
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(name)) return 'lone-surrogate';
  if (encoder.encode(name).length > MAX_FILE_NAME_BYTES) return 'too-long';
  return undefined;
}
