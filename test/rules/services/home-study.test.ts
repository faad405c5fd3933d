// Tests for src/rules/services/home-study.ts.
import { expect } from 'chai';
import { child, issues } from './fixtures.js';

describe('rules/services/home-study', () => {
  const base = { child, schoolYear: 2026, school: 'School No. 40' };
  const rows: [string, Record<string, unknown>, [string, string, string][]][] = [
    ['valid', {}, []],
    ['school year as text', { schoolYear: '2026' }, []],
    ['school year out of range', { schoolYear: 1999 }, [['schoolYear', 'invalid-number', 'error']]],
    ['school year missing', { schoolYear: undefined }, [['schoolYear', 'required', 'error']]],
    ['child missing', { child: undefined }, [['child', 'required', 'error']]],
    ['child names missing', { child: { iin: child.iin, birthDate: child.birthDate } }, [
      ['child.lastName', 'required', 'error'],
      ['child.firstName', 'required', 'error'],
    ]],
  ];
  for (const [name, patch, expected] of rows) {
    it(name, () => expect(issues('home-study', { ...base, ...patch })).to.deep.equal(expected));
  }
});
