// Tests for src/rules/services/school-transport.ts: locality, distance and the host's minimum distance.
import { expect } from 'chai';
import { validateAnswers } from '../../../src/rules/validate.js';
import { child, issues, now } from './fixtures.js';

describe('rules/services/school-transport', () => {
  const base = { child, schoolYear: 2026, school: 'School No. 1', locality: 'Kokterek', distanceKm: 4.5 };
  const rows: [string, Record<string, unknown>, Record<string, number>, [string, string, string][]][] = [
    ['no minimum by default', { distanceKm: 0.2 }, {}, []],
    ['at the minimum', { distanceKm: 3 }, { minDistanceKm: 3 }, []],
    ['below the minimum', { distanceKm: 2.9 }, { minDistanceKm: 3 }, [['distanceKm', 'distance-too-short', 'error']]],
    ['a distance typed as text is read as a number', { distanceKm: '7' }, { minDistanceKm: 3 }, []],
    ['distance empty', { distanceKm: '' }, {}, [['distanceKm', 'required', 'error']]],
    ['distance not a number', { distanceKm: 'far' }, {}, [['distanceKm', 'invalid-number', 'error']]],
    ['distance zero', { distanceKm: 0 }, {}, [['distanceKm', 'invalid-number', 'error']]],
    ['distance negative', { distanceKm: -2 }, {}, [['distanceKm', 'invalid-number', 'error']]],
    ['locality missing', { locality: '' }, {}, [['locality', 'required', 'error']]],
  ];
  for (const [name, patch, context, expected] of rows) {
    it(name, () => expect(issues('school-transport', { ...base, ...patch }, context)).to.deep.equal(expected));
  }
  it('reports the minimum as a param', () => {
    const result = validateAnswers('school-transport', { ...base, distanceKm: 1 }, { now, minDistanceKm: 3 });
    expect(result.issues).to.deep.equal([{ path: ['distanceKm'], code: 'distance-too-short', params: { min: 3 } }]);
  });
});
