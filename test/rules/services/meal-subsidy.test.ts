// Tests for src/rules/services/meal-subsidy.ts: at least one status category.
import { expect } from 'chai';
import { child, issues } from './fixtures.js';

describe('rules/services/meal-subsidy', () => {
  const base = { child, schoolYear: 2026, school: 'School No. 5', statuses: ['low-income'] };
  const rows: [string, Record<string, unknown>, [string, string, string][]][] = [
    ['one status', {}, []],
    ['every status', { statuses: ['social-assistance', 'unemployed-parents', 'low-income', 'orphan', 'emergency'] }, []],
    ['no status', { statuses: [] }, [['statuses', 'status-required', 'error']]],
    ['statuses missing', { statuses: undefined }, [['statuses', 'status-required', 'error']]],
    ['no status and a bad IIN', { statuses: [], child: { ...child, iin: '1903155001' } }, [
      ['child.iin', 'iin-format', 'error'],
      ['statuses', 'status-required', 'error'],
    ]],
    ['marriage abroad flag is a boolean', { marriageAbroad: 'yes' }, [['marriageAbroad', 'invalid-value', 'error']]],
  ];
  for (const [name, patch, expected] of rows) {
    it(name, () => expect(issues('meal-subsidy', { ...base, ...patch })).to.deep.equal(expected));
  }
});
