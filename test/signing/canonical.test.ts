// RFC 8785 canonical JSON, encodings and digests in the browser.
import { expect } from '@open-wc/testing';
import { base64url, canonicalJson, digestCanonical, fromBase64, hex, sha256, utf8 } from '../../src/signing/index.js';

describe('canonicalJson (RFC 8785)', () => {
  it('sorts keys by UTF-16 code units and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: [3, { d: true, c: null }], '\u20ac': 'x', '\r': 'y' })).to.equal(
      '{"\\r":"y","a":[3,{"c":null,"d":true}],"b":1,"€":"x"}',
    );
  });

  it('gives the same text for reordered keys and for pretty-printed input', () => {
    const a = { service: 's', answers: { x: 1, y: [1, 2] } };
    const b = JSON.parse(JSON.stringify({ answers: { y: [1, 2], x: 1 }, service: 's' }, null, 4));
    expect(canonicalJson(b)).to.equal(canonicalJson(a));
  });

  it('formats numbers as ECMAScript does (RFC 8785 §3.2.2.3)', () => {
    expect(canonicalJson([1e21, 1e-7, -0, 0.000001, 333333333.33333329, 1e30, 4.5])).to.equal(
      '[1e+21,1e-7,0,0.000001,333333333.3333333,1e+30,4.5]',
    );
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ n: NaN })).to.throw();
    expect(() => canonicalJson(undefined)).to.throw(TypeError);
    expect(() => canonicalJson([Infinity])).to.throw(TypeError);
    expect(() => canonicalJson({ big: 1n })).to.throw(TypeError);
    expect(() => canonicalJson({ s: 'a\ud800b' })).to.throw(TypeError, /surrogate/);
    expect(() => canonicalJson({ ['\udc00']: 1 })).to.throw(TypeError, /surrogate/);
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = { back: cycle };
    expect(() => canonicalJson(cycle)).to.throw(TypeError, /Circular/);
  });

  it('is the RFC 8785 §3.2.2 example, byte for byte', () => {
    const input = String.raw`{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],"string":"\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/","literals":[null,true,false]}`;
    const expected = String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`;
    expect(canonicalJson(JSON.parse(input))).to.equal(expected);
  });

  it('orders keys as RFC 8785 §3.2.3 does (UTF-16 code units, an emoji before U+FB33)', () => {
    const input = { '\u20ac': 'Euro', '\r': 'CR', '\ufb33': 'Dalet', '1': 'One', '\ud83d\ude00': 'Emoji', '\u0080': 'Control', '\u00f6': 'o' };
    expect(canonicalJson(input)).to.equal(
      '{"\\r":"CR","1":"One","\u0080":"Control","\u00f6":"o","\u20ac":"Euro","\ud83d\ude00":"Emoji","\ufb33":"Dalet"}',
    );
  });

  it('treats toJSON, boxed values and missing values as JSON.stringify does', () => {
    const date = new Date(Date.UTC(2027, 5, 1, 4, 0, 0));
    expect(canonicalJson({ at: date, n: Object(5), s: Object('x'), b: Object(false) })).to.equal('{"at":"2027-06-01T04:00:00.000Z","b":false,"n":5,"s":"x"}');
    expect(canonicalJson({ a: undefined, f: () => 1, z: [undefined, () => 1] })).to.equal('{"z":[null,null]}');
    const shared = { x: 1 };
    expect(canonicalJson([shared, shared])).to.equal('[{"x":1},{"x":1}]');
  });
});

describe('encodings and digests', () => {
  it('SHA-256 of "abc" is the FIPS 180-2 vector', async () => {
    expect(hex(await sha256(utf8('abc')))).to.equal('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('base64url has no padding and round-trips', () => {
    const bytes = new Uint8Array([0xfb, 0xff, 0xfe, 0x00, 0x01]);
    expect(base64url(bytes)).to.equal('-__-AAE');
    expect([...fromBase64('-__-AAE')]).to.deep.equal([...bytes]);
    expect(() => fromBase64('not base64!')).to.throw();
  });

  it('digestCanonical hashes the UTF-8 bytes of the text', async () => {
    expect(await digestCanonical('{"a":"ә"}')).to.equal(base64url(await sha256(new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xd3, 0x99, 0x22, 0x7d]))));
  });
});
