// The checks before any decoding: type by content, headers, and JPEG metadata past the first bytes.
import { expect } from '@open-wc/testing';
import { admitFile, type AdmittedFile } from '../../src/upload/admit.js';
import * as f from '../fixtures/files.js';

const budget = 5_000_000;

describe('upload/admit', () => {
  it('reads a JPEG whose metadata before the frame header is over 256 KB (extended XMP), without reading it all', async () => {
    const file = await f.largeMetadataJpegFile(300, 200, 2_000_000);
    const read: number[] = [];
    // Count the bytes the check reads: segments are hopped by their headers, not read.
    const spy = new Proxy(file, {
      get(target, key) {
        if (key === 'slice') {
          return (start?: number, end?: number) => {
            read.push(Math.min(end ?? target.size, target.size) - (start ?? 0));
            return target.slice(start, end);
          };
        }
        const value = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const admitted = (await admitFile(spy, { budget })) as AdmittedFile;
    expect(admitted).to.include({ kind: 'jpeg', width: 300, height: 200, orientation: 6, displayWidth: 200, displayHeight: 300 });
    expect(read.reduce((a, b) => a + b, 0)).to.be.below(400_000);
  });

  it('refuses a JPEG whose metadata never reaches a frame header as unreadable', async () => {
    const whole = await f.bytesOf(await f.largeMetadataJpegFile(300, 200, 400_000));
    const cut = f.file([whole.subarray(0, 350_000)], 'cut.jpg', 'image/jpeg');
    expect(await admitFile(cut, { budget })).to.deep.equal({ code: 'file-unreadable' });
  });
});
