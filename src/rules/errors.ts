// Stable error and warning codes: rules return these, the i18n catalogues turn them into words.

export const errorCodes = [
  // IIN
  'iin-required',
  'iin-format',
  'iin-checksum',
  'iin-unassignable',
  'iin-date-invalid',
  'iin-birthdate-mismatch',
  'iin-century-digit',
  // answers
  'required',
  'invalid-date',
  'date-incomplete',
  'date-impossible',
  'invalid-number',
  'invalid-option',
  'invalid-value',
  'text-too-long',
  'child-too-young',
  'status-required',
  'distance-too-short',
  'same-school',
  // application
  'window-not-open',
  'window-closed',
  'clock-invalid',
  'already-applied',
  'application-check-failed',
  // submission to the host (submit)
  'submit-offline',
  'submit-failed',
  'submit-rejected',
  'submit-bad-answer',
  // documents and files
  'document-missing',
  'budget-exceeded',
  'file-unreadable',
  'file-type',
  'file-too-large',
  'too-few-files',
  'too-many-files',
  // files, by content (src/upload): each bad input has its own code
  'file-empty',
  'file-svg',
  'image-too-large',
  'heic-unsupported',
  'pdf-encrypted',
  'pdf-too-large',
  'file-required',
  'files-processing',
  // signing
  'signing-cancelled',
  'signer-unavailable',
  'signing-failed',
  'signing-timeout',
  'ncalayer-unavailable',
  'ncalayer-failed',
  'sms-code-format',
  'sms-code-wrong',
  'sms-attempts-exhausted',
  'sms-request-failed',
  'ncalayer-permission-denied',
  'ncalayer-outdated',
  'ncalayer-csp-blocked',
  'ncalayer-bad-answer',
  'ncalayer-closed',
  'mobile-expired',
  'mobile-cancelled',
  'mobile-broker-failed',
  'mobile-broker-timeout',
  'mobile-bad-answer',
  // verifyPayload (the host's server): what a signed detail carries against the rules and the host's policy
  'signature-type-not-accepted',
  'document-unknown',
  'document-unexpected',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** Codes that only ever warn: they never block signing (docs/rules.md: the IIN prefix need not be the birth date). */
export const warningCodes = ['iin-date-invalid', 'iin-birthdate-mismatch', 'iin-century-digit'] as const satisfies readonly ErrorCode[];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}

/** One finding of a rule: where (a path into the answers), what (a code), with what values. */
export type RuleIssue = {
  path: (string | number)[];
  code: ErrorCode;
  params?: Record<string, string | number>;
  /** Absent means `error`. */
  severity?: 'error' | 'warning';
};

/** Whether any issue blocks (warnings do not). */
export function hasErrors(issues: readonly RuleIssue[]): boolean {
  return issues.some((issue) => issue.severity !== 'warning');
}
