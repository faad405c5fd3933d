// Why the host's `submit` failed, in the kit's codes: what the parent is told, with "Send again".
// Loaded with the steps after the questions (after-questions.ts): nothing is sent before them.
import { isErrorCode, type ErrorCode } from '../../rules/errors.js';

/**
 * Why a submission failed, as one of our codes, from what the host's callback threw: no network
 * (`submit-offline`), a refusal with codes or a 4xx status (`submit-rejected`), anything else
 * (`submit-failed`). Codes the host gives that the kit knows (`already-applied`, …) are kept to be shown.
 */
export function classifySubmitError(error: unknown, online = true): { code: ErrorCode; hostCodes: ErrorCode[] } {
  const e = (typeof error === 'object' && error !== null ? error : {}) as { codes?: unknown; code?: unknown; status?: unknown; name?: unknown };
  const given = [...(Array.isArray(e.codes) ? e.codes : []), ...(typeof e.code === 'string' ? [e.code] : [])];
  const hostCodes = given.filter((c): c is ErrorCode => isErrorCode(c) && !String(c).startsWith('submit-'));
  const status = typeof e.status === 'number' ? e.status : undefined;
  // fetch() rejects with a TypeError when the request never reached a server.
  if (!online || error instanceof TypeError || e.name === 'NetworkError') return { code: 'submit-offline', hostCodes };
  if (given.includes('submit-offline')) return { code: 'submit-offline', hostCodes };
  if (hostCodes.length || (status !== undefined && status >= 400 && status < 500)) return { code: 'submit-rejected', hostCodes };
  return { code: 'submit-failed', hostCodes };
}

