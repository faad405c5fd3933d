// The demo host's adapter to the reference receiver (issue 11: `POST /api/applications/<service>`,
// multipart: field `detail` = the signed detail without its files as JSON, field `files` = each file;
// it answers `{ ok: true, reference }` or 4xx `{ ok: false, codes: [...] }`). It is the form's `submit`:
// resolves `{ reference }`, or throws what the form turns into a message (README "Submission and receipt").
import type { SignedDetail } from '../src/signing/index.js';

export function submitToReceiver(base = '/api/applications'): (detail: SignedDetail) => Promise<{ reference: string; message?: string }> {
  return async (detail) => {
    const { files, ...rest } = detail;
    const body = new FormData();
    body.append('detail', JSON.stringify(rest));
    for (const file of files) body.append('files', file, file.name);
    // fetch throws a TypeError when the server cannot be reached: the form says "no connection".
    const response = await fetch(`${base}/${encodeURIComponent(detail.service)}`, { method: 'POST', body });
    let answer: { ok?: boolean; reference?: string; codes?: string[]; message?: string } = {};
    try {
      answer = await response.json();
    } catch {
      // not JSON: the status decides below
    }
    if (!response.ok || answer.ok === false) {
      throw Object.assign(new Error(`receiver answered ${response.status}`), { status: response.status, codes: answer.codes ?? [] });
    }
    return { reference: String(answer.reference ?? ''), ...(answer.message ? { message: answer.message } : {}) };
  };
}

/**
 * Demo state records: the host's `lookupChild` answers for the demo IIN only (a real site asks its
 * back end, which asks the state systems). Slow on purpose, as a real lookup is.
 */
export async function demoLookupChild(iin: string): Promise<{ lastName: string; firstName: string; patronymic?: string; birthDate: string } | null> {
  await new Promise((r) => setTimeout(r, 600));
  return iin === '200821501076' ? { lastName: 'Сейтқали', firstName: 'Аружан', patronymic: 'Ерланқызы', birthDate: '2020-08-21' } : null;
}
