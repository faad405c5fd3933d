// Tests for src/rules/ids.ts: the ids of docs/rules.md, the oralman alias and the status/residency document maps.
import { expect } from 'chai';
import {
  documentIds,
  DocumentIdSchema,
  isDocumentId,
  isServiceId,
  registryKeys,
  residencyDocuments,
  residencyIds,
  ResidencyIdSchema,
  serviceIds,
  ServiceIdSchema,
  statusDocuments,
  statusIds,
  StatusIdSchema,
} from '../../src/rules/ids.js';

describe('rules/ids', () => {
  const counts: [string, readonly string[], number][] = [
    ['services', serviceIds, 7],
    ['status categories', statusIds, 5],
    ['residency statuses', residencyIds, 6],
    ['registry keys', registryKeys, 6],
    ['documents', documentIds, 20],
  ];
  for (const [name, list, n] of counts) {
    it(`has ${n} ${name}, all distinct`, () => {
      expect(list).to.have.length(n);
      expect(new Set(list).size).to.equal(n);
    });
  }

  it('uses the exact ids of docs/rules.md', () => {
    expect(serviceIds).to.deep.equal([
      'school-enrollment',
      'special-school-enrollment',
      'meal-subsidy',
      'school-transport',
      'home-study',
      'camp-referral',
      'school-transfer',
    ]);
    expect(statusIds).to.deep.equal(['social-assistance', 'unemployed-parents', 'low-income', 'orphan', 'emergency']);
    expect(residencyIds).to.deep.equal(['citizen', 'foreigner', 'stateless', 'refugee', 'asylum-seeker', 'kandas']);
    expect(registryKeys).to.deep.equal(['civilRegistry', 'socialAssistance', 'unemployment', 'income', 'guardianship', 'marriage']);
  });

  const statusRows: [string, string, string | null][] = [
    ['social-assistance', 'social-assistance-certificate', 'socialAssistance'],
    ['unemployed-parents', 'unemployment-certificate', 'unemployment'],
    ['low-income', 'income-documents', 'income'],
    ['orphan', 'guardianship-decision', 'guardianship'],
    ['emergency', 'collegial-decision', null],
  ];
  for (const [status, doc, key] of statusRows) {
    it(`maps status ${status} to ${doc} and registry key ${key}`, () => {
      expect(statusDocuments[status as keyof typeof statusDocuments]).to.deep.equal({ doc, registryKey: key });
      expect(documentIds).to.include(doc);
    });
  }

  const residencyRows: [string, string | null][] = [
    ['citizen', null],
    ['foreigner', 'residence-permit'],
    ['stateless', 'stateless-certificate'],
    ['refugee', 'refugee-certificate'],
    ['asylum-seeker', 'asylum-seeker-certificate'],
    ['kandas', 'kandas-certificate'],
  ];
  for (const [residency, doc] of residencyRows) {
    it(`maps residency ${residency} to ${doc}`, () => {
      expect(residencyDocuments[residency as keyof typeof residencyDocuments]).to.equal(doc);
      if (doc) expect(documentIds).to.include(doc);
    });
  }

  const residencyInputs: [unknown, string | undefined][] = [
    ['kandas', 'kandas'],
    ['oralman', 'kandas'],
    ['citizen', 'citizen'],
    ['asylum-seeker', 'asylum-seeker'],
    ['Oralman', 'kandas'],
    [' kandas ', 'kandas'],
    ['CITIZEN', 'citizen'],
    ['constructor', undefined],
    ['__proto__', undefined],
    ['', undefined],
    [undefined, undefined],
    [3, undefined],
  ];
  for (const [input, expected] of residencyInputs) {
    it(`reads residency ${JSON.stringify(input)} as ${expected ?? 'invalid'}`, () => {
      const result = ResidencyIdSchema.safeParse(input);
      expect(result.success).to.equal(expected !== undefined);
      if (result.success) expect(result.data).to.equal(expected);
    });
  }

  it('rejects unknown ids in the enums and guards', () => {
    expect(ServiceIdSchema.safeParse('first-grade').success).to.equal(false);
    expect(StatusIdSchema.safeParse('sen').success).to.equal(false);
    expect(DocumentIdSchema.safeParse('application').success).to.equal(false);
    expect(isServiceId('meal-subsidy')).to.equal(true);
    expect(isServiceId('meals')).to.equal(false);
    expect(isDocumentId('child-photo')).to.equal(true);
    expect(isDocumentId(42)).to.equal(false);
  });
});
