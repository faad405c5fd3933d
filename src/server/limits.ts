// egov-forms/server: the hard limits a signed detail is held to before any parsing, hashing or reading.

/** All attachments of one application together, after compression (docs/design.md: the 5 MB budget, read as 5,000,000 bytes). */
export const MAX_TOTAL_BYTES = 5_000_000;
/** Files (and `payload.documents` entries) in one application: more than any service's checklist can ask for. */
export const MAX_FILES = 32;
/** A file name, in UTF-8 bytes. */
export const MAX_FILE_NAME_BYTES = 255;
/** The canonical text, in UTF-16 code units, checked before it is parsed. */
export const MAX_CANONICAL_CHARS = 65_536;
/** A signature value (a JWS, a base64 CMS with its certificates, an SMS token), in characters. */
export const MAX_SIGNATURE_CHARS = 262_144;
/** Any other string anywhere in the detail. */
export const MAX_STRING_CHARS = 65_536;
/** JSON values (objects, arrays, primitives) read from the detail, in all. */
export const MAX_JSON_NODES = 10_000;
/** Members of one object or entries of one array read from the detail. */
export const MAX_MEMBERS = 1_000;
/** Nesting of objects and arrays in the detail. */
export const MAX_DEPTH = 16;
/** Default time the whole verification may take (callbacks and file reads included). */
export const DEFAULT_TIMEOUT_MS = 10_000;
/** Default: `createdAt` may be this much older than the server's `now`. */
export const DEFAULT_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** Default: `createdAt` may be this much ahead of the server's `now` (the parent's clock runs fast). */
export const DEFAULT_MAX_FUTURE_MS = 5 * 60 * 1000;

/** The limits together, as the README and a host's logs can name them. */
export const limits = Object.freeze({
  maxTotalBytes: MAX_TOTAL_BYTES,
  maxFiles: MAX_FILES,
  maxFileNameBytes: MAX_FILE_NAME_BYTES,
  maxCanonicalChars: MAX_CANONICAL_CHARS,
  maxSignatureChars: MAX_SIGNATURE_CHARS,
  maxStringChars: MAX_STRING_CHARS,
  maxJsonNodes: MAX_JSON_NODES,
  maxMembers: MAX_MEMBERS,
  maxDepth: MAX_DEPTH,
  defaultTimeoutMs: DEFAULT_TIMEOUT_MS,
  defaultMaxAgeMs: DEFAULT_MAX_AGE_MS,
  defaultMaxFutureMs: DEFAULT_MAX_FUTURE_MS,
});
