// Tests for src/rules/services/school-enrollment.ts: schema defaults, IIN, age and birth date checks.
import { expect } from 'chai';
import { schoolEnrollment } from '../../../src/rules/services/school-enrollment.js';
import { validateAnswers } from '../../../src/rules/validate.js';
import { child, issues, now } from './fixtures.js';

describe('rules/services/school-enrollment', () => {
  const base = { child: { ...child, birthDate: '2020-03-15', iin: '200315500126' }, schoolYear: 2026, school: 'School No. 12' };

  it('fills the defaults of the shared fields', () => {
    const result = validateAnswers('school-enrollment', { ...base, residency: 'oralman' }, { now });
    expect(result.ok).to.equal(true);
    expect(result.data).to.deep.include({
      statuses: [], residency: 'kandas', bornAbroad: false, specialNeeds: false, homeEducation: false,
    });
  });

  it('is the definition with id school-enrollment', () => {
    expect(schoolEnrollment.id).to.equal('school-enrollment');
  });

  const rows: [string, Record<string, unknown>, Record<string, unknown>, [string, string, string][]][] = [
    ['a valid IIN whose prefix is the birth date', {}, {}, []],
    ['IIN empty', { child: { ...base.child, iin: '' } }, {}, [['child.iin', 'iin-required', 'error']]],
    ['IIN missing', { child: { ...base.child, iin: undefined } }, {}, [['child.iin', 'iin-required', 'error']]],
    ['IIN of 11 digits', { child: { ...base.child, iin: '20031550012' } }, {}, [['child.iin', 'iin-format', 'error']]],
    ['IIN with a wrong check digit', { child: { ...base.child, iin: '200315500127' } }, {}, [['child.iin', 'iin-checksum', 'error']]],
    ['IIN never issued', { child: { ...base.child, iin: '190102501305' } }, {}, [['child.iin', 'iin-unassignable', 'error']]],
    ['IIN prefix differs from the birth date: a warning', { child: { ...base.child, iin: '190315500121' } }, {},
      [['child.iin', 'iin-birthdate-mismatch', 'warning']]],
    ['turns six on 31 December', { child: { ...base.child, birthDate: '2020-12-31', iin: '201231500122' } }, {}, []],
    ['turns six on 1 January next year', { child: { ...base.child, birthDate: '2021-01-01', iin: '210101500124' } }, {},
      [['child.birthDate', 'child-too-young', 'error']]],
    ['minimum age 7 set by the host', {}, { minAge: 7 }, [['child.birthDate', 'child-too-young', 'error']]],
    ['cut-off 1 March set by the host', {}, { ageCutoff: '03-01' }, [['child.birthDate', 'child-too-young', 'error']]],
    ['next school year', { schoolYear: 2027, child: { ...base.child, birthDate: '2021-01-01', iin: '210101500124' } }, {}, []],
    ['birth date in the future', { child: { ...base.child, birthDate: '2026-06-16' } }, {}, [
      ['child.iin', 'iin-birthdate-mismatch', 'warning'],
      ['child.birthDate', 'invalid-date', 'error'],
    ]],
    ['birth date not a date', { child: { ...base.child, birthDate: '2020-02-30' } }, {}, [['child.birthDate', 'date-impossible', 'error']]],
    ['school missing', { school: '  ' }, {}, [['school', 'required', 'error']]],
    ['unknown residency', { residency: 'martian' }, {}, [['residency', 'invalid-option', 'error']]],
    ['unknown status', { statuses: ['sen'] }, {}, [['statuses.0', 'invalid-option', 'error']]],
    ['statuses allowed but not required', { statuses: ['orphan', 'orphan'] }, {}, []],
  ];
  for (const [name, patch, context, expected] of rows) {
    it(name, () => {
      expect(issues('school-enrollment', { ...base, ...patch }, context)).to.deep.equal(expected);
    });
  }

  it('says which rule child-too-young applied: minAge and the cut-off day (YYYY-MM-DD)', () => {
    const young = { ...base, child: { ...base.child, birthDate: '2021-01-01', iin: '210101500124' } };
    const at = (context: object) => validateAnswers('school-enrollment', young, { now, ...context }).issues.find((i) => i.code === 'child-too-young');
    expect(at({})).to.deep.equal({ path: ['child', 'birthDate'], code: 'child-too-young', params: { minAge: 6, cutoff: '2026-12-31' } });
    expect(at({ minAge: 5, ageCutoff: '2027-01-01' })).to.equal(undefined);
    expect(at({ ageCutoff: '09-01' })?.params).to.deep.equal({ minAge: 6, cutoff: '2026-09-01' });
    expect(at({ minAge: 7, ageCutoff: '2027-01-31' })?.params).to.deep.equal({ minAge: 7, cutoff: '2027-01-31' });
  });

  it('deduplicates statuses into the canonical order', () => {
    const result = validateAnswers('school-enrollment', { ...base, statuses: ['orphan', 'low-income', 'orphan'] }, { now });
    expect(result.data?.statuses).to.deep.equal(['low-income', 'orphan']);
  });
});
