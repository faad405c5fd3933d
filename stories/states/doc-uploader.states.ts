// One list of <doc-uploader> states: the stories show them, the tests check each one (axe, codes, files).
import * as f from '../../test/fixtures/files.js';
import type { UploadErrorCode } from '../../src/upload/admit.js';

export interface DocUploaderState {
  /** Attributes of the element. */
  attrs?: { budget?: number; accept?: string; multiple?: boolean; required?: boolean; 'min-files'?: number; 'max-files'?: number };
  /** What the person adds (made in the browser when the state is shown). */
  files?: () => Promise<File[]>;
  /** Leave the files compressing (the "in progress" state). */
  inProgress?: boolean;
  /** Try to submit: the validity message shows. */
  validate?: boolean;
  /** What the state must show: files kept, codes refused, budget over. */
  expect: { files: number; codes?: UploadErrorCode[]; over?: boolean; belowMinEdge?: boolean; invalid?: boolean };
}

const photos = (n: number, w = 320, h = 240) => () => Promise.all(Array.from({ length: n }, (_, i) => f.jpegFile(w, h, `page-${i + 1}.jpg`, i + 1)));

export const docUploaderStates = {
  /** Nothing attached yet. */
  empty: { attrs: { multiple: true }, expect: { files: 0 } },
  /** Photos being compressed: progress bars, no final sizes yet. */
  inProgress: { attrs: { multiple: true }, files: photos(2, 2400, 1800), inProgress: true, expect: { files: 0 } },
  /** Two photos and a PDF, processed. */
  done: {
    attrs: { multiple: true },
    files: async () => [...(await photos(2)()), f.pdfFile('certificate.pdf', 20_000)],
    expect: { files: 3 },
  },
  /** Files using 90 % of a small budget. */
  nearBudget: {
    attrs: { multiple: true, budget: 150_000 },
    files: async () => [f.pdfFile('form-063.pdf', 135_000)],
    expect: { files: 1 },
  },
  /** PDFs alone over the budget: everything kept, the shortfall said. */
  overBudget: {
    attrs: { multiple: true, budget: 1_000_000 },
    files: async () => [f.pdfFile('a.pdf', 600_000), f.pdfFile('b.pdf', 600_000)],
    expect: { files: 2, over: true, invalid: true },
  },
  /** Many photos into a tiny budget: the long edge goes under A4 at 150 dpi, and the element says so. */
  belowMinEdge: {
    attrs: { multiple: true, budget: 120_000 },
    files: photos(3, 2400, 1800),
    expect: { files: 3, belowMinEdge: true },
  },
  /** A JPEG named .png: accepted by content and sent as .jpg. */
  wrongExtension: { attrs: { multiple: true }, files: async () => [await f.jpegFile(320, 240, 'scan.png')], expect: { files: 1 } },
  fileEmpty: { attrs: { multiple: true }, files: async () => [f.file([], 'empty.jpg', 'image/jpeg')], expect: { files: 0, codes: ['file-empty'] } },
  fileUnreadable: { attrs: { multiple: true }, files: async () => [await f.corruptJpegFile()], expect: { files: 0, codes: ['file-unreadable'] } },
  fileTruncated: { attrs: { multiple: true }, files: async () => [await f.truncatedJpegFile()], expect: { files: 0, codes: ['file-unreadable'] } },
  fileType: { attrs: { multiple: true }, files: async () => [f.textFile('notes.jpg')], expect: { files: 0, codes: ['file-type'] } },
  /** Content fine, but not what `accept` allows (a photo where only PDF is asked for). */
  fileTypeNotAccepted: {
    attrs: { multiple: true, accept: 'application/pdf' },
    files: async () => [await f.jpegFile(320, 240, 'photo.pdf')],
    expect: { files: 0, codes: ['file-type'] },
  },
  fileSvg: { attrs: { multiple: true }, files: async () => [f.svgFile()], expect: { files: 0, codes: ['file-svg'] } },
  imageTooLarge: { attrs: { multiple: true }, files: async () => [f.hundredMegapixelJpeg(16_000)], expect: { files: 0, codes: ['image-too-large'] } },
  heicUnsupported: { attrs: { multiple: true }, files: async () => [f.heicFile()], expect: { files: 0, codes: ['heic-unsupported'] } },
  pdfEncrypted: { attrs: { multiple: true }, files: async () => [f.encryptedPdfFile()], expect: { files: 0, codes: ['pdf-encrypted'] } },
  pdfTooLarge: {
    attrs: { multiple: true, budget: 50_000 },
    files: async () => [f.pdfFile('scan-all-pages.pdf', 60_000)],
    expect: { files: 0, codes: ['pdf-too-large'] },
  },
  tooManyFiles: {
    attrs: { multiple: true, 'max-files': 1 },
    files: photos(2),
    expect: { files: 1, codes: ['too-many-files'] },
  },
  tooFewFiles: { attrs: { multiple: true, 'min-files': 2 }, files: photos(1), validate: true, expect: { files: 1, invalid: true } },
  fileRequired: { attrs: { multiple: true, required: true }, validate: true, expect: { files: 0, invalid: true } },
} satisfies Record<string, DocUploaderState>;

/** Applies a state to an element: attributes, then the files (awaited unless in progress), then validation. */
export async function applyState(el: HTMLElement & { addFiles(files: File[]): Promise<unknown>; reportValidity(): boolean }, state: DocUploaderState): Promise<void> {
  for (const [key, value] of Object.entries(state.attrs ?? {})) {
    if (value === true) el.setAttribute(key, '');
    else if (value !== false && value !== undefined) el.setAttribute(key, String(value));
  }
  if (state.files) {
    const adding = el.addFiles(await state.files());
    if (!state.inProgress) await adding;
    else await new Promise((r) => setTimeout(r, 50));
  }
  if (state.validate) el.reportValidity();
}
