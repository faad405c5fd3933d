// Tests for src/rules/services/camp-referral.ts: camp kind and at least one status category.
import { expect } from 'chai';
import { campKinds } from '../../../src/rules/services/camp-referral.js';
import { child, issues } from './fixtures.js';

describe('rules/services/camp-referral', () => {
  const base = { child, schoolYear: 2026, school: 'School No. 7', campKind: 'suburban', statuses: ['orphan'] };
  it('offers suburban and school camps', () => expect([...campKinds]).to.deep.equal(['suburban', 'school']));
  const rows: [string, Record<string, unknown>, [string, string, string][]][] = [
    ['suburban camp', {}, []],
    ['school camp', { campKind: 'school' }, []],
    ['unknown camp kind', { campKind: 'sea' }, [['campKind', 'invalid-option', 'error']]],
    ['camp kind missing', { campKind: undefined }, [['campKind', 'required', 'error']]],
    ['no status', { statuses: [] }, [['statuses', 'status-required', 'error']]],
    ['schema error and IIN checked together', { campKind: 'sea', child: { ...child, iin: '190315500122' } }, [
      ['campKind', 'invalid-option', 'error'],
      ['child.iin', 'iin-checksum', 'error'],
    ]],
  ];
  for (const [name, patch, expected] of rows) {
    it(name, () => expect(issues('camp-referral', { ...base, ...patch })).to.deep.equal(expected));
  }
});
