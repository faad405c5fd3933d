// Tests for src/rules/services/school-transfer.ts: the reason list and distinct schools.
import { expect } from 'chai';
import { transferReasons } from '../../../src/rules/services/school-transfer.js';
import { child, issues } from './fixtures.js';

describe('rules/services/school-transfer', () => {
  const base = { child, schoolYear: 2026, currentSchool: 'School No. 1', newSchool: 'Lyceum No. 2', reason: 'moving' };
  for (const reason of transferReasons) {
    it(`accepts the reason ${reason}`, () => expect(issues('school-transfer', { ...base, reason })).to.deep.equal([]));
  }
  const rows: [string, Record<string, unknown>, [string, string, string][]][] = [
    ['unknown reason', { reason: 'bored' }, [['reason', 'invalid-option', 'error']]],
    ['same school', { newSchool: 'School No. 1' }, [['newSchool', 'same-school', 'error']]],
    ['same school, other case and spacing', { newSchool: '  school   no. 1 ' }, [['newSchool', 'same-school', 'error']]],
    ['new school missing', { newSchool: '' }, [['newSchool', 'required', 'error']]],
  ];
  for (const [name, patch, expected] of rows) {
    it(name, () => expect(issues('school-transfer', { ...base, ...patch })).to.deep.equal(expected));
  }
});
