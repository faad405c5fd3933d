// Type by content: magic bytes decide, never the name or the browser's MIME guess.
import { expect } from '@open-wc/testing';
import { acceptedKinds, indexOfAscii, isEncryptedPdf, isTruncatedPdf, sniff, submittedName } from '../../src/upload/sniff.js';
import * as f from '../fixtures/files.js';

const head = async (file: Blob) => new Uint8Array(await file.slice(0, 1024).arrayBuffer());
const ascii = (text: string) => new TextEncoder().encode(text);

describe('upload/sniff', () => {
  it('recognises JPEG, PNG, WebP, HEIC and PDF by their bytes', async () => {
    expect(sniff(await head(await f.jpegFile(20, 20, 'x.png')))).to.equal('jpeg');
    expect(sniff(await head(await f.pngFile(20, 20, 'x.jpg')))).to.equal('png');
    expect(sniff(await head(await f.webpFile(20, 20)))).to.equal('webp');
    expect(sniff(await head(f.heicFile()))).to.equal('heic');
    expect(sniff(await head(f.pdfFile()))).to.equal('pdf');
    // A PDF header may follow some junk within the first kilobyte.
    expect(sniff(ascii('\r\n\r\n%PDF-1.7\n'))).to.equal('pdf');
  });

  it('recognises HEIF by its other brands (heix, hevc, msf1), and a PDF after a byte order mark', () => {
    const ftyp = (major: string, ...compatible: string[]) => {
      const body = ascii(`ftyp${major}\0\0\0\0${compatible.join('')}`);
      return new Uint8Array([0, 0, 0, 4 + body.length, ...body]);
    };
    expect(sniff(ftyp('heix', 'mif1', 'heix'))).to.equal('heic');
    expect(sniff(ftyp('hevc', 'msf1', 'hevc'))).to.equal('heic');
    expect(sniff(ftyp('msf1', 'iso8', 'msf1'))).to.equal('heic');
    expect(sniff(ftyp('mp42', 'isom', 'msf1'))).to.equal('heic'); // a compatible brand is enough
    expect(sniff(ftyp('mp42', 'isom', 'avc1'))).to.equal('unknown'); // a video is not a photo
    expect(sniff(new Uint8Array([0xef, 0xbb, 0xbf, ...ascii('%PDF-1.7\n')]))).to.equal('pdf');
  });

  it('recognises SVG (to refuse it) and calls text, AVIF and empty input unknown', () => {
    expect(sniff(ascii('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).to.equal('svg');
    expect(sniff(ascii('\ufeff  <?xml version="1.0"?>\n<svg></svg>'))).to.equal('svg');
    expect(sniff(ascii('<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"><svg/>'))).to.equal('svg');
    expect(sniff(ascii('This is not a photo'))).to.equal('unknown');
    expect(sniff(ascii('<html><body>hi</body></html>'))).to.equal('unknown');
    const avif = new Uint8Array([0, 0, 0, 0x1c, ...ascii('ftypavif'), 0, 0, 0, 0, ...ascii('avifmif1miaf')]);
    expect(sniff(avif)).to.equal('unknown');
    expect(sniff(new Uint8Array())).to.equal('unknown');
  });

  it('reads accept lists of MIME types, wildcards and extensions, never allowing SVG', () => {
    expect([...acceptedKinds('application/pdf')]).to.deep.equal(['pdf']);
    expect([...acceptedKinds('image/*')].sort()).to.deep.equal(['heic', 'jpeg', 'png', 'webp']);
    expect([...acceptedKinds('.jpg, .PDF, image/heif')].sort()).to.deep.equal(['heic', 'jpeg', 'pdf']);
    expect([...acceptedKinds('image/svg+xml')]).to.deep.equal([]);
    expect(acceptedKinds('').size).to.equal(5);
  });

  it('names the submitted file after its content', () => {
    expect(submittedName('scan.png', 'jpeg')).to.equal('scan.jpg');
    expect(submittedName('IMG_0001.HEIC', 'jpeg')).to.equal('IMG_0001.jpg');
    expect(submittedName('letter.jpg', 'pdf')).to.equal('letter.pdf');
    expect(submittedName('no-extension', 'jpeg')).to.equal('no-extension.jpg');
    expect(submittedName('.jpg', 'jpeg')).to.equal('document.jpg');
  });

  it('finds /Encrypt and a missing %%EOF in PDFs without decoding them to text', async () => {
    expect(isEncryptedPdf(await f.bytesOf(f.encryptedPdfFile()))).to.equal(true);
    expect(isEncryptedPdf(await f.bytesOf(f.pdfFile()))).to.equal(false);
    const whole = await f.bytesOf(f.pdfFile());
    expect(isTruncatedPdf(whole)).to.equal(false);
    expect(isTruncatedPdf(whole.subarray(0, whole.length - 20))).to.equal(true);
    expect(indexOfAscii(ascii('abc/Encryp/Encrypt'), '/Encrypt')).to.equal(10);
  });
});
