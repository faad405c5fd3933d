// Dimensions and orientation from headers, before any decoding; completeness checks.
import { expect } from '@open-wc/testing';
import { displaySize, hasJpegExif, hasJpegMetadata, HEADER_BYTES, isCompleteImage, jpegHeaderShortAt, readImageInfo } from '../../src/upload/image-info.js';
import * as f from '../fixtures/files.js';

describe('upload/image-info', () => {
  it('reads JPEG SOF, PNG IHDR and WebP sizes', async () => {
    expect(readImageInfo('jpeg', await f.bytesOf(await f.jpegFile(321, 123)))).to.deep.equal({ width: 321, height: 123, orientation: 1 });
    expect(readImageInfo('png', await f.bytesOf(await f.pngFile(77, 55)))).to.deep.equal({ width: 77, height: 55, orientation: 1 });
    expect(readImageInfo('webp', await f.bytesOf(await f.webpFile(90, 60)))).to.include({ width: 90, height: 60 });
  });

  it('reads WebP VP8L (lossless) and VP8X headers', () => {
    // VP8L: signature 0x2f, then 14-bit width-1 and height-1.
    const w = 300 - 1;
    const h = 200 - 1;
    const bits = w | (h << 14);
    const vp8l = new Uint8Array([...new TextEncoder().encode('RIFF'), 0, 0, 0, 0, ...new TextEncoder().encode('WEBPVP8L'), 0, 0, 0, 0, 0x2f, bits & 255, (bits >> 8) & 255, (bits >> 16) & 255, (bits >>> 24) & 255]);
    expect(readImageInfo('webp', vp8l)).to.include({ width: 300, height: 200 });
    const vp8x = new Uint8Array(30);
    vp8x.set(new TextEncoder().encode('RIFF'), 0);
    vp8x.set(new TextEncoder().encode('WEBPVP8X'), 8);
    vp8x.set([(4000 - 1) & 255, ((4000 - 1) >> 8) & 255, 0, (3000 - 1) & 255, ((3000 - 1) >> 8) & 255, 0], 24);
    expect(readImageInfo('webp', vp8x)).to.include({ width: 4000, height: 3000 });
  });

  it('reads the EXIF orientation a phone writes, and the displayed size follows it', async () => {
    const bytes = await f.bytesOf(await f.rotatedJpegFile(300, 200));
    const info = readImageInfo('jpeg', bytes)!;
    expect(info).to.deep.equal({ width: 300, height: 200, orientation: 6 });
    expect(displaySize(info)).to.deep.equal({ width: 200, height: 300 });
    expect(hasJpegMetadata(bytes)).to.equal(true);
  });

  it('reads HEIF ispe without decoding', async () => {
    expect(readImageInfo('heic', await f.bytesOf(f.heicFile()))).to.deep.equal({ width: 4032, height: 3024, orientation: 1 });
  });

  it('reads a 100-megapixel JPEG header from its first bytes', async () => {
    const bytes = await f.bytesOf(f.hundredMegapixelJpeg().slice(0, 1024));
    expect(readImageInfo('jpeg', bytes)).to.deep.equal({ width: 10000, height: 10000, orientation: 1 });
  });

  it('says undefined for broken headers and false for truncated files', async () => {
    expect(readImageInfo('jpeg', new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 2]))).to.equal(undefined);
    expect(readImageInfo('png', new Uint8Array(10))).to.equal(undefined);
    const jpeg = await f.bytesOf(await f.jpegFile(200, 100));
    expect(isCompleteImage('jpeg', jpeg)).to.equal(true);
    expect(isCompleteImage('jpeg', jpeg.subarray(0, jpeg.length - 100))).to.equal(false);
    const png = await f.bytesOf(await f.pngFile(50, 50));
    expect(isCompleteImage('png', png)).to.equal(true);
    expect(isCompleteImage('png', png.subarray(0, png.length - 20))).to.equal(false);
    // Whole but undecodable files pass this check (the decoder refuses them later).
    expect(isCompleteImage('jpeg', await f.bytesOf(await f.undecodableJpegFile()))).to.equal(true);
    const webp = await f.bytesOf(await f.webpFile(50, 50));
    expect(isCompleteImage('webp', webp)).to.equal(true);
    expect(isCompleteImage('webp', webp.subarray(0, webp.length - 10))).to.equal(false);
  });

  it("says where a JPEG's metadata runs past the first bytes, so the frame header can be read on from there", async () => {
    const whole = await f.bytesOf(await f.largeMetadataJpegFile(300, 200, 400_000));
    const head = whole.subarray(0, HEADER_BYTES);
    expect(readImageInfo('jpeg', head)).to.equal(undefined);
    const at = jpegHeaderShortAt(head);
    expect(at).to.be.greaterThan(0).and.below(HEADER_BYTES);
    expect([whole[at], whole[at + 1]]).to.deep.equal([0xff, 0xe1]); // the XMP segment cut by the first bytes
    expect(hasJpegExif(head)).to.equal(true);
    expect(readImageInfo('jpeg', whole)).to.deep.equal({ width: 300, height: 200, orientation: 6 });
    // An ordinary JPEG has its frame header in the first bytes; a scan before any frame is no JPEG.
    expect(jpegHeaderShortAt(await f.bytesOf(await f.jpegFile(100, 80)))).to.equal(-1);
    expect(jpegHeaderShortAt(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 2]))).to.equal(-1);
  });
});
