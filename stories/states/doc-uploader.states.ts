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
  /**
   * What the state must show: files kept; codes refused, each with the params its message is made
   * with (sizes in bytes); budget over; why it is invalid (`validity`, with its message's params).
   */
  expect: {
    files: number;
    codes?: UploadErrorCode[];
    params?: Record<string, string | number>[];
    over?: boolean;
    belowMinEdge?: boolean;
    invalid?: boolean;
    validity?: { code: UploadErrorCode; params?: Record<string, string | number> };
  };
}

const photos = (n: number, w = 320, h = 240) => () => Promise.all(Array.from({ length: n }, (_, i) => f.jpegFile(w, h, `page-${i + 1}.jpg`, i + 1)));

export const docUploaderStates = {
  /** Nothing attached yet. */
  empty: { attrs: { multiple: true }, expect: { files: 0 } },
  /** Photos being compressed: progress bars, no final sizes yet. */
  inProgress: { attrs: { multiple: true }, files: photos(2, 2400, 1800), inProgress: true, expect: { files: 0 } },
  /** A submit tried while photos are still compressing: the form waits for them. */
  filesProcessing: {
    attrs: { multiple: true, required: true },
    files: photos(2, 2400, 1800),
    inProgress: true,
    validate: true,
    expect: { files: 0, invalid: true, validity: { code: 'files-processing' } },
  },
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
  /** A document that needs two files with one attached: "1 of 2 attached" on the card. */
  oneOfTwo: {
    attrs: { multiple: true, 'min-files': 2, 'max-files': 2 },
    files: photos(1, 300, 400),
    expect: { files: 1, invalid: true, validity: { code: 'too-few-files', params: { min: 2 } } },
  },
  /** Long names (as phones and scanners make them): shortened in the middle, the extension kept. */
  longNames: {
    attrs: { multiple: true },
    files: async () => [
      f.pdfFile('Свидетельство-о-рождении-ребёнка-2019-скан-страница-первая.pdf', 40_000),
      await f.jpegFile(640, 480, 'IMG_20240601_123456_HDR_portrait_mode_final.jpg'),
    ],
    expect: { files: 2 },
  },
  /** PDFs alone over the budget: everything kept, one notice names the file to remove; photos keep standard quality. */
  overBudget: {
    attrs: { multiple: true, budget: 1_000_000 },
    files: async () => [f.pdfFile('a.pdf', 600_000), f.pdfFile('b.pdf', 600_000)],
    expect: { files: 2, over: true, invalid: true, validity: { code: 'budget-exceeded' } },
  },
  /** Many photos into a tiny budget: the long edge goes under A4 at 150 dpi, and the element says so. */
  belowMinEdge: {
    // 100 kB a photo: under A4 at 150 dpi even at the lowest quality, yet well above the smallest
    // size, so every engine's encoder fits it (Firefox's JPEGs of these pages are larger than Chromium's).
    attrs: { multiple: true, budget: 300_000 },
    files: photos(3, 2400, 1800),
    expect: { files: 3, belowMinEdge: true },
  },
  /** A JPEG named .png: accepted by content and sent as .jpg. */
  wrongExtension: { attrs: { multiple: true }, files: async () => [await f.jpegFile(320, 240, 'scan.png')], expect: { files: 1 } },
  fileEmpty: { attrs: { multiple: true }, files: async () => [f.file([], 'empty.jpg', 'image/jpeg')], expect: { files: 0, codes: ['file-empty'] } },
  /** Whole (it passes the completeness check) but its data cannot be decoded. */
  fileUnreadable: { attrs: { multiple: true }, files: async () => [await f.undecodableJpegFile()], expect: { files: 0, codes: ['file-unreadable'] } },
  /** The same over 1 MB (its completeness is checked on its last 64 KB). */
  fileUnreadableLarge: {
    attrs: { multiple: true },
    files: async () => [await f.undecodableJpegFile(true)],
    expect: { files: 0, codes: ['file-unreadable'] },
  },
  fileTruncated: { attrs: { multiple: true }, files: async () => [await f.truncatedJpegFile()], expect: { files: 0, codes: ['file-unreadable'] } },
  fileType: {
    attrs: { multiple: true },
    files: async () => [f.textFile('notes.jpg')],
    expect: { files: 0, codes: ['file-type'], params: [{ types: 'JPEG, PNG, WebP, HEIC, PDF' }] },
  },
  /** Content fine, but not what `accept` allows (a photo where only PDF is asked for). */
  fileTypeNotAccepted: {
    attrs: { multiple: true, accept: 'application/pdf' },
    files: async () => [await f.jpegFile(320, 240, 'photo.pdf')],
    expect: { files: 0, codes: ['file-type'], params: [{ types: 'PDF' }] },
  },
  fileSvg: { attrs: { multiple: true }, files: async () => [f.svgFile()], expect: { files: 0, codes: ['file-svg'] } },
  imageTooLarge: { attrs: { multiple: true }, files: async () => [f.hundredMegapixelJpeg(16_000)], expect: { files: 0, codes: ['image-too-large'], params: [{ megapixels: 256 }] } },
  heicUnsupported: { attrs: { multiple: true }, files: async () => [f.heicFile()], expect: { files: 0, codes: ['heic-unsupported'] } },
  pdfEncrypted: { attrs: { multiple: true }, files: async () => [f.encryptedPdfFile()], expect: { files: 0, codes: ['pdf-encrypted'] } },
  pdfTooLarge: {
    attrs: { multiple: true, budget: 50_000 },
    files: async () => [f.pdfFile('scan-all-pages.pdf', 60_000)],
    expect: { files: 0, codes: ['pdf-too-large'], params: [{ size: 60_000, max: 50_000 }] },
  },
  tooManyFiles: {
    attrs: { multiple: true, 'max-files': 1 },
    files: photos(2),
    expect: { files: 1, codes: ['too-many-files'], params: [{ max: 1 }] },
  },
  tooFewFiles: {
    attrs: { multiple: true, 'min-files': 2 },
    files: photos(1),
    validate: true,
    expect: { files: 1, invalid: true, validity: { code: 'too-few-files', params: { min: 2 } } },
  },
  fileRequired: {
    attrs: { multiple: true, required: true },
    validate: true,
    expect: { files: 0, invalid: true, validity: { code: 'file-required' } },
  },
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
    else {
      // In progress: once the uploader lists a file (its checks load and run first; slower on a busy machine).
      for (let i = 0; i < 500 && !el.shadowRoot?.querySelector('[part~="file"]'); i++) await new Promise((r) => setTimeout(r, 10));
    }
  }
  if (state.validate) el.reportValidity();
}
