// Tests for src/rules/errors.ts: the codes are stable kebab-case, warnings never block.
import { expect } from 'chai';
import { errorCodes, hasErrors, isErrorCode, warningCodes } from '../../src/rules/errors.js';

describe('rules/errors', () => {
  const required = [
    'iin-required', 'iin-format', 'iin-checksum', 'iin-unassignable', 'iin-date-invalid', 'iin-birthdate-mismatch',
    'child-too-young', 'window-closed', 'window-not-open', 'already-applied', 'document-missing', 'budget-exceeded',
    'file-unreadable', 'file-type', 'status-required', 'required', 'invalid-date', 'distance-too-short',
    'too-few-files', 'too-many-files', 'iin-century-digit',
  ];
  for (const code of required) {
    it(`has the code ${code}`, () => expect(isErrorCode(code)).to.equal(true));
  }

  it('has only distinct kebab-case codes', () => {
    expect(new Set(errorCodes).size).to.equal(errorCodes.length);
    for (const code of errorCodes) expect(code).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('lists the IIN prefix findings as warnings', () => {
    expect([...warningCodes]).to.deep.equal(['iin-date-invalid', 'iin-birthdate-mismatch', 'iin-century-digit']);
  });

  const rows: [string, Parameters<typeof hasErrors>[0], boolean][] = [
    ['no issues', [], false],
    ['a warning only', [{ path: ['child', 'iin'], code: 'iin-birthdate-mismatch', severity: 'warning' }], false],
    ['an issue without severity', [{ path: ['school'], code: 'required' }], true],
    ['an explicit error', [{ path: [], code: 'window-closed', severity: 'error' }], true],
  ];
  for (const [name, issues, expected] of rows) {
    it(`hasErrors: ${name} → ${expected}`, () => expect(hasErrors(issues)).to.equal(expected));
  }
});
