// An uploader's constraint validation as a rule: counts and states in, a code and the
// ElementInternals flags out (no DOM, no text; the element puts the code into words).
import type { UploadErrorCode } from './admit.js';

export interface UploaderValidityInput {
  /** Processed files. */
  files: number;
  required: boolean;
  minFiles?: number;
  maxFiles?: number;
  disabled: boolean;
  /** Files still being processed. */
  busy: boolean;
  /** Bytes over the application's budget (0 when it fits). */
  overBy: number;
}

export interface UploaderValidity {
  code?: Extract<UploadErrorCode, 'file-required' | 'files-processing' | 'too-few-files' | 'too-many-files' | 'budget-exceeded'>;
  flags: ValidityStateFlags;
  params: Record<string, number>;
}

/** Why the uploader is invalid, first reason first; `{ flags: {} }` when valid (or disabled, which bars validation). */
export function uploaderValidity(v: UploaderValidityInput): UploaderValidity {
  const min = Math.max(v.minFiles ?? 0, v.required ? 1 : 0);
  if (v.disabled) return { flags: {}, params: {} };
  if (v.required && v.files === 0 && !v.busy) return { code: 'file-required', flags: { valueMissing: true }, params: {} };
  if (v.busy) return { code: 'files-processing', flags: { customError: true }, params: {} };
  if (v.files > 0 && v.files < min) return { code: 'too-few-files', flags: { rangeUnderflow: true }, params: { min } };
  if (v.maxFiles !== undefined && v.files > v.maxFiles) return { code: 'too-many-files', flags: { rangeOverflow: true }, params: { max: v.maxFiles } };
  if (v.overBy > 0) return { code: 'budget-exceeded', flags: { customError: true }, params: { over: v.overBy } };
  return { flags: {}, params: {} };
}
