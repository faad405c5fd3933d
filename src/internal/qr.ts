// A QR code as one SVG path, computed here from the text (uqr); loaded by <sign-panel> only when the parent chooses eGov Mobile.
import { encode } from 'uqr';

export interface QrPath {
  /** Modules per side, the quiet zone included. */
  size: number;
  /** An SVG path drawing every dark module as a 1×1 square, in module units. */
  d: string;
}

/** Encodes `text` (error correction M, a 4-module quiet zone as the standard asks) into a path. */
export function qrPath(text: string): QrPath {
  const qr = encode(text, { ecc: 'M', border: 4 });
  const parts: string[] = [];
  qr.data.forEach((row, y) => {
    // Runs of dark modules on one row become one rectangle: a shorter path than one square each.
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return { size: qr.size, d: parts.join('') };
}
