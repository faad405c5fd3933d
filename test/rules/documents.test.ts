// Tests for src/rules/documents.ts: kind, file count and aspect per document.
import { expect } from 'chai';
import { requiredDocuments } from '../../src/rules/checklist.js';
import { documentSpec, documentSpecs, excessFiles, isFarFromAspect, missingDocuments, pickableTypes, submittedTypes } from '../../src/rules/documents.js';
import type { ChecklistItem } from '../../src/rules/requirements.js';
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

  it('takes PDF only where the kind allows it, and phone and scanner images for both kinds', () => {
    expect(pickableTypes['image-or-pdf']).to.include('application/pdf');
    expect(pickableTypes.image).to.not.include('application/pdf');
    for (const kind of ['image', 'image-or-pdf'] as const) {
      expect(pickableTypes[kind]).to.include.members(['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif']);
      expect(pickableTypes[kind]).to.not.include('image/svg+xml');
    }
  });

  it('sends a JPEG for every image and a PDF only where the kind allows it', () => {
    expect(submittedTypes.image).to.deep.equal(['image/jpeg']);
    expect(submittedTypes['image-or-pdf']).to.deep.equal(['image/jpeg', 'application/pdf']);
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

describe('missingDocuments (what the form blocks on and verifyPayload reports)', () => {
  const item = (doc: DocumentId, state: ChecklistItem['state'], count = 1): ChecklistItem => ({ doc, state, count, reason: 'always' });
  const checklist: ChecklistItem[] = [
    item('birth-certificate', 'registry'),
    item('child-photo', 'required', 2),
    item('pmpc-conclusion', 'required'),
    item('health-063', 'optional'),
    item('guardianship-decision', 'registry'),
  ];
  const missing = (attached: Record<string, number>) => missingDocuments(checklist, attached).map((i) => `${i.params?.document}:${i.params?.have}/${i.params?.min}`);

  it('lists required items with too few files, in checklist order, with the id, the count asked and the count given', () => {
    expect(missingDocuments(checklist, {})).to.deep.equal([
      { path: ['documents', 'child-photo'], code: 'document-missing', params: { document: 'child-photo', min: 2, have: 0 } },
      { path: ['documents', 'pmpc-conclusion'], code: 'document-missing', params: { document: 'pmpc-conclusion', min: 1, have: 0 } },
    ]);
  });

  it('never lists optional or registry items, attached or not', () => {
    expect(missing({ 'child-photo': 2, 'pmpc-conclusion': 1 })).to.deep.equal([]);
    expect(missing({ 'child-photo': 2, 'pmpc-conclusion': 1, 'birth-certificate': 0, 'health-063': 0 })).to.deep.equal([]);
  });

  it('counts the two photos: one attached is still missing, two or more are enough', () => {
    expect(missing({ 'child-photo': 1, 'pmpc-conclusion': 1 })).to.deep.equal(['child-photo:1/2']);
    expect(missing({ 'child-photo': 2, 'pmpc-conclusion': 1 })).to.deep.equal([]);
    expect(missing({ 'child-photo': 3, 'pmpc-conclusion': 1 })).to.deep.equal([]);
  });

  it('ignores files of documents not on the checklist', () => {
    expect(missing({ 'absentee-ballot': 4, 'pmpc-conclusion': 1 })).to.deep.equal(['child-photo:0/2']);
  });

  it('reads only own counts: an inherited or __proto__ count is no file', () => {
    expect(missing(Object.create({ 'child-photo': 2, 'pmpc-conclusion': 1 }))).to.deep.equal(['child-photo:0/2', 'pmpc-conclusion:0/1']);
    const parsed = JSON.parse('{"__proto__": {"child-photo": 2}, "pmpc-conclusion": 1}') as Record<string, number>;
    expect(missing(parsed)).to.deep.equal(['child-photo:0/2']);
    const bare = Object.assign(Object.create(null) as Record<string, number>, { 'child-photo': 2, 'pmpc-conclusion': 1 });
    expect(missing(bare)).to.deep.equal([]);
    // A checklist naming a prototype key is looked up safely as well.
    expect(missingDocuments([item('constructor' as DocumentId, 'required')], {}).map((i) => i.params?.have)).to.deep.equal([0]);
  });

  it('works on a real checklist: first grade with special needs, a foreign orphan, registry holding the birth', () => {
    const list = requiredDocuments('school-enrollment', { specialNeeds: true, residency: 'foreigner', statuses: ['orphan'] }, { civilRegistry: true });
    expect(missingDocuments(list, { 'child-photo': 1 }).map((i) => i.params?.document)).to.deep.equal([
      'child-photo', 'pmpc-conclusion', 'residence-permit', 'guardianship-decision',
    ]);
    expect(missingDocuments([], {})).to.deep.equal([]);
  });
});

describe('excessFiles (more files than a document consists of)', () => {
  it('allows up to each document its count and reports one past it', () => {
    expect(excessFiles({ 'child-photo': 2, 'birth-certificate': 1 })).to.deep.equal([]);
    expect(excessFiles({ 'child-photo': 3, 'birth-certificate': 2, 'pmpc-conclusion': 1 })).to.deep.equal([
      { path: ['documents', 'child-photo'], code: 'too-many-files', params: { document: 'child-photo', max: 2, have: 3 } },
      { path: ['documents', 'birth-certificate'], code: 'too-many-files', params: { document: 'birth-certificate', max: 1, have: 2 } },
    ]);
  });

  it('leaves ids that are no document to the caller, including names of Object.prototype', () => {
    expect(excessFiles({ passport: 9, constructor: 5, toString: 3 })).to.deep.equal([]);
  });
});
