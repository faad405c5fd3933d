// detectDevice: desktop or mobile from client hints, the platform in the user agent, and the pointers.
import { expect } from '@open-wc/testing';
import { detectDevice } from '../../src/signing/device.js';

const none = () => false;

describe('detectDevice', () => {
  it('reads client hints first', () => {
    expect(detectDevice({ userAgentData: { mobile: true, platform: 'Android' }, userAgent: 'X' }, none)).to.equal('mobile');
    expect(detectDevice({ userAgentData: { mobile: false, platform: 'Android' }, userAgent: 'X' }, none)).to.equal('mobile'); // a tablet
    expect(detectDevice({ userAgentData: { mobile: false, platform: 'Windows' }, userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)' }, none)).to.equal('desktop');
  });

  it('reads the platform in the user agent: iPhone, Android, iPad, and iPadOS asking for the desktop site', () => {
    const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';
    const android = 'Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Mobile Safari/537.36';
    const ipadDesktop = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15';
    expect(detectDevice({ userAgent: iphone }, none)).to.equal('mobile');
    expect(detectDevice({ userAgent: android }, none)).to.equal('mobile');
    expect(detectDevice({ userAgent: ipadDesktop, maxTouchPoints: 5 }, none)).to.equal('mobile');
    expect(detectDevice({ userAgent: ipadDesktop, maxTouchPoints: 0 }, none)).to.equal('desktop'); // a Mac
  });

  it('a touch-only device (coarse pointer, no fine one) is mobile; a touch laptop with a trackpad is a desktop', () => {
    const linux = 'Mozilla/5.0 (X11; Linux x86_64)';
    expect(detectDevice({ userAgent: linux }, (q) => q === '(pointer: coarse)')).to.equal('mobile');
    expect(detectDevice({ userAgent: linux }, (q) => q === '(pointer: coarse)' || q === '(any-pointer: fine)')).to.equal('desktop');
    expect(detectDevice({ userAgent: linux }, none)).to.equal('desktop');
    expect(detectDevice(undefined)).to.equal('desktop');
  });

  it('this headless Chromium on Linux is a desktop', () => {
    expect(detectDevice()).to.equal('desktop');
  });
});
