// Tests for src/rules/index.ts: the barrel offers the services keyed by id and the main functions.
import { expect } from 'chai';
import * as rules from '../../src/rules/index.js';

describe('rules/index', () => {
  it('keys the seven definitions by their own id', () => {
    expect(Object.keys(rules.services)).to.deep.equal([...rules.serviceIds]);
    for (const id of rules.serviceIds) {
      const definition = rules.services[id];
      expect(definition.id).to.equal(id);
      expect(definition.schema.safeParse).to.be.a('function');
      expect(definition.requirements).to.be.a('function');
      expect(definition.check).to.be.a('function');
    }
  });

  const names = [
    'validateIin', 'iinCheckDigit', 'windowStatus', 'schoolEnrollmentWindow', 'checkAge', 'latestBirthDate',
    'documentSpecs', 'documentSpec', 'requiredDocuments', 'RegistrySchema', 'validateAnswers', 'issuesFromZod',
    'errorCodes', 'reasonCodes', 'statusDocuments', 'residencyDocuments', 'kzDate', 'kzIsoString',
    'excessFiles', 'missingDocuments', 'pickableTypes', 'submittedTypes',
  ];
  for (const name of names) {
    it(`exports ${name}`, () => expect(rules).to.have.property(name));
  }
  it('keeps the rules only: verification is egov-forms/server', () => {
    for (const name of ['verifyPayload', 'verifyCodes', 'signatureTypes', 'canonicalJson', 'digestCanonical']) expect(rules).not.to.have.property(name);
  });
});
