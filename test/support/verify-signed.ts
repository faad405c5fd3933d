// Browser tests: a detail the form signed, checked by egov-forms/server as a host would, trusting the key the detail names
// (these tests are about the form producing what the server accepts; trust itself is tested in test/node/server-*.test.ts).
import { verifyPayload, type ReceivedFile, type VerifyOptions, type VerifyResult } from '../../src/server/index.js';

type Signed = { service: string; payload: { createdAt: string; answers?: unknown }; signature: { certificate?: unknown }; files?: File[] };

export function verifySigned(detail: Signed, files?: readonly ReceivedFile[], extra: Partial<VerifyOptions> = {}): Promise<VerifyResult> {
  const year = (detail.payload.answers as { schoolYear?: unknown } | undefined)?.schoolYear;
  return verifyPayload(detail, files ?? detail.files, {
    service: detail.service as VerifyOptions['service'],
    ...(extra.acceptSignatures && !extra.acceptSignatures.includes('webcrypto')
      ? {}
      : { acceptSignatures: ['webcrypto'] as VerifyOptions['acceptSignatures'], trustedKeys: [detail.signature.certificate as JsonWebKey] }),
    // The form's own clock and school year: the time it signed at, the year it chose.
    now: new Date(detail.payload.createdAt),
    ...(typeof year === 'number' ? { schoolYear: year } : {}),
    window: { opens: '2000-01-01', closes: '2100-12-31' },
    ...extra,
  } as VerifyOptions);
}
