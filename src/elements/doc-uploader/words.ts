// The uploader's figures in words: megabytes, a file's size, the accepted types.
import { formatNumber } from '../../i18n/localize.js';
import type { Locale } from '../../i18n/types.js';
import { acceptedKinds } from '../../upload/sniff.js';

type T = (path: string, params?: Record<string, string | number>) => string;

/** Megabytes with one decimal ("3.2"), never negative. */
export function mb(locale: Locale, bytes: number): string {
  return formatNumber(locale, Math.max(0, bytes) / 1_000_000, 1);
}

/** A file size in KB under 0.1 MB, else MB with one decimal. */
export function fileSize(t: T, locale: Locale, bytes: number): string {
  if (bytes < 100_000) return t('upload.kilobytes', { n: formatNumber(locale, Math.max(1, Math.round(bytes / 1000))) });
  return t('upload.megabytes', { n: formatNumber(locale, bytes / 1_000_000, 1) });
}

const TYPE_NAMES: Record<string, string> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP', heic: 'HEIC', pdf: 'PDF' };

/** The types `accept` lets in, as people know them ("JPEG, PNG, PDF"). */
export function typesText(accept: string): string {
  return [...acceptedKinds(accept)].map((k) => TYPE_NAMES[k]).join(', ');
}
