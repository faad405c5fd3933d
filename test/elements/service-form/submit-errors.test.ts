// Why the host's `submit` failed, in the kit's codes (submit-errors.ts).
import { expect } from '@open-wc/testing';
import { classifySubmitError } from '../../../src/elements/service-form/submit-errors.js';

describe('service-form/submit-errors', () => {
  it('no network: submit-offline (a fetch TypeError, the browser offline, or the host says so)', () => {
    expect(classifySubmitError(new TypeError('Failed to fetch')).code).to.equal('submit-offline');
    expect(classifySubmitError(new Error('x'), false).code).to.equal('submit-offline');
    expect(classifySubmitError({ name: 'NetworkError' }).code).to.equal('submit-offline');
    expect(classifySubmitError({ code: 'submit-offline' }).code).to.equal('submit-offline');
  });

  it('a refusal: submit-rejected, with the codes the kit knows kept to be shown', () => {
    expect(classifySubmitError({ codes: ['already-applied', 'nonsense', 'submit-failed'] })).to.deep.equal({ code: 'submit-rejected', hostCodes: ['already-applied'] });
    expect(classifySubmitError({ status: 422 })).to.deep.equal({ code: 'submit-rejected', hostCodes: [] });
    expect(classifySubmitError({ code: 'iin-checksum' }).hostCodes).to.deep.equal(['iin-checksum']);
  });

  it('anything else: submit-failed', () => {
    expect(classifySubmitError({ status: 503 }).code).to.equal('submit-failed');
    expect(classifySubmitError('boom').code).to.equal('submit-failed');
    expect(classifySubmitError(null).code).to.equal('submit-failed');
  });
});
