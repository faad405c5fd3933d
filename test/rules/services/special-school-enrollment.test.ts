// Tests for src/rules/services/special-school-enrollment.ts.
import { expect } from 'chai';
import { specialSchoolEnrollment } from '../../../src/rules/services/special-school-enrollment.js';
import { child, issues } from './fixtures.js';

describe('rules/services/special-school-enrollment', () => {
  const base = { child, schoolYear: 2026, school: 'Special boarding school No. 3' };
  const rows: [string, Record<string, unknown>, [string, string, string][]][] = [
    ['valid', {}, []],
    ['with a free-form note', { note: 'The child uses a wheelchair.' }, []],
    ['no age rule here (a three-year-old may apply)', { child: { ...child, birthDate: '2023-01-01', iin: '230101500128' } }, []],
    ['bad IIN', { child: { ...child, iin: '190315500122' } }, [['child.iin', 'iin-checksum', 'error']]],
    ['school missing', { school: undefined }, [['school', 'required', 'error']]],
    ['note too long', { note: 'x'.repeat(2001) }, [['note', 'text-too-long', 'error']]],
  ];
  for (const [name, patch, expected] of rows) {
    it(name, () => expect(issues('special-school-enrollment', { ...base, ...patch })).to.deep.equal(expected));
  }
  it('strips answers the service does not ask', () => {
    expect(specialSchoolEnrollment.schema.parse({ ...base, statuses: ['orphan'] })).to.not.have.property('statuses');
  });
});
