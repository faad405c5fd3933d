// A structural look at a base64 CMS SignedData, DOM-free: enough to tell a plausible CMS from
// garbage in the browser. The BER/DER reader is the server's own (src/server/cms.ts), so the page
// and the host read a CMS alike; the cryptographic check stays the host's.
import { readCms } from '../server/cms.js';
import { fromBase64 } from './canonical.js';

export type CmsShape =
  | { ok: true; detached: boolean; content?: Uint8Array; signerCount: number }
  | { ok: false; reason: string };

/** Parses the outer layers of a base64 CMS: ContentInfo → SignedData → encapContentInfo, signerInfos. */
export function inspectCms(base64: string): CmsShape {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(base64);
  } catch {
    return { ok: false, reason: 'not-base64' };
  }
  const cms = readCms(bytes);
  if (!cms.ok) return cms;
  return cms.content === undefined
    ? { ok: true, detached: cms.detached, signerCount: cms.signerCount }
    : { ok: true, detached: cms.detached, content: cms.content, signerCount: cms.signerCount };
}
