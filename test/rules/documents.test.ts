// Tests for src/rules/documents.ts: kind, file count and aspect per document.
import { expect } from 'chai';
import { acceptedTypes, documentSpec, documentSpecs, isFarFromAspect } from '../../src/rules/documents.js';
import { documentIds, type DocumentId } from '../../src/rules/ids.js';

describe('rules/documents', () => {
  for (const doc of documentIds) {
    const photo = doc === 'child-photo';
    it(`${doc} is ${photo ? 'two 3:4 images' : 'one image or PDF'}`, () => {
      const spec = documentSpec(doc);
      expect(spec.kind).to.equal(photo ? 'image' : 'image-or-pdf');
      expect(spec.count).to.equal(photo ? 2 : 1);
      if (photo) expect(spec.aspect).to.deep.equal({ width: 3, height: 4 });
      else expect(spec.aspect).to.equal(undefined);
    });
  }

  it('has a spec for every document and nothing else', () => {
    expect(Object.keys(documentSpecs).sort()).to.deep.equal([...documentIds].sort());
  });

  it('accepts PDF only where the kind allows it', () => {
    expect(acceptedTypes['image-or-pdf']).to.include('application/pdf');
    expect(acceptedTypes.image).to.not.include('application/pdf');
    expect(acceptedTypes.image).to.include.members(['image/jpeg', 'image/png']);
  });
});

describe('isFarFromAspect (3×4 photo warning)', () => {
  const cases: [string, number, number, boolean][] = [
    ['child-photo', 600, 800, false], // exactly 3:4
    ['child-photo', 630, 800, false], // 5 % wide: fine
    ['child-photo', 800, 800, true], // square
    ['child-photo', 800, 600, true], // landscape 4:3
    ['child-photo', 450, 800, true], // 9:16 phone portrait
    ['birth-certificate', 800, 600, false], // no aspect rule for scans
    ['child-photo', 0, 800, false], // unknown size: no warning
  ];
  for (const [doc, w, h, far] of cases) {
    it(`${doc} ${w}×${h} → ${far ? 'warn' : 'fine'}`, () => {
      expect(isFarFromAspect(doc as DocumentId, w, h)).to.equal(far);
    });
  }
});
