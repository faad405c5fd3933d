// The uploader's validity rule: each code, in its order, with its flags and params.
import { expect } from '@open-wc/testing';
import { uploaderValidity } from '../../src/upload/validity.js';

const base = { files: 0, required: false, disabled: false, busy: false, overBy: 0 };

describe('upload/validity', () => {
  it('valid when nothing is asked, and disabled bars validation', () => {
    expect(uploaderValidity(base)).to.deep.equal({ flags: {}, params: {} });
    expect(uploaderValidity({ ...base, required: true, disabled: true }).code).to.equal(undefined);
  });
  it('file-required, files-processing, too-few-files, too-many-files, budget-exceeded', () => {
    expect(uploaderValidity({ ...base, required: true })).to.deep.equal({ code: 'file-required', flags: { valueMissing: true }, params: {} });
    expect(uploaderValidity({ ...base, required: true, busy: true }).code).to.equal('files-processing');
    expect(uploaderValidity({ ...base, files: 1, minFiles: 2 })).to.deep.equal({ code: 'too-few-files', flags: { rangeUnderflow: true }, params: { min: 2 } });
    expect(uploaderValidity({ ...base, files: 3, maxFiles: 2 })).to.deep.equal({ code: 'too-many-files', flags: { rangeOverflow: true }, params: { max: 2 } });
    expect(uploaderValidity({ ...base, files: 1, overBy: 10 })).to.deep.equal({ code: 'budget-exceeded', flags: { customError: true }, params: { over: 10 } });
  });
  it('an optional document with no file is valid even with min-files', () => {
    expect(uploaderValidity({ ...base, minFiles: 2 }).code).to.equal(undefined);
  });
});
