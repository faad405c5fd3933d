// Tests for src/rules/age.ts: six by 31 December of the admission year (configurable), no birth dates in the future.
import { expect } from 'chai';
import { ageCutoffDate, checkAge, latestBirthDate, type AgeOptions } from '../../src/rules/age.js';

describe('rules/age', () => {
  const now = new Date('2026-06-15T12:00:00+05:00');
  // [birth date, options (now added), expected]
  const rows: [string, Partial<AgeOptions>, string | undefined][] = [
    ['2020-12-31', {}, undefined], // turns six on the cut-off day
    ['2021-01-01', {}, 'child-too-young'],
    ['2020-01-01', {}, undefined],
    ['2012-05-05', {}, undefined], // no upper age limit
    ['2020-12-31', { minAge: 7 }, 'child-too-young'],
    ['2019-12-31', { minAge: 7 }, undefined],
    ['2020-09-01', { cutoff: '09-01' }, undefined],
    ['2020-09-02', { cutoff: '09-01' }, 'child-too-young'],
    ['2020-09-02', { cutoff: '2026-09-01' }, 'child-too-young'],
    ['2021-03-01', { admissionYear: 2027 }, undefined],
    ['2026-06-16', {}, 'invalid-date'], // tomorrow in Kazakhstan
    ['2030-01-01', { admissionYear: 2037 }, 'invalid-date'],
    ['2020-02-30', {}, 'invalid-date'],
    ['31.12.2020', {}, 'invalid-date'],
    ['', {}, 'invalid-date'],
    [' 2020-12-31 ', {}, undefined],
  ];
  for (const [birthDate, options, expected] of rows) {
    it(`${JSON.stringify(birthDate)} with ${JSON.stringify(options)} → ${expected ?? 'ok'}`, () => {
      expect(checkAge(birthDate, { admissionYear: 2026, now, ...options })).to.equal(expected);
    });
  }

  it('compares "in the future" with the Kazakhstan date, not the process date', () => {
    // 20:00 UTC on 1 June is already 2 June in Kazakhstan: a child born on 2 June is not in the future.
    const lateEvening = new Date('2026-06-01T20:00:00Z');
    expect(checkAge('2026-06-02', { admissionYear: 2032, now: lateEvening })).to.equal(undefined);
    expect(checkAge('2026-06-03', { admissionYear: 2032, now: lateEvening })).to.equal('invalid-date');
    // 18:00 UTC on 1 June is 23:00 on 1 June in Kazakhstan: 2 June is still tomorrow.
    expect(checkAge('2026-06-02', { admissionYear: 2032, now: new Date('2026-06-01T18:00:00Z') })).to.equal('invalid-date');
  });

  const latest: [Partial<AgeOptions>, string][] = [
    [{}, '2020-12-31'],
    [{ minAge: 7 }, '2019-12-31'],
    [{ cutoff: '09-01' }, '2020-09-01'],
    [{ cutoff: '2027-01-31' }, '2021-01-31'],
  ];
  for (const [options, expected] of latest) {
    it(`latestBirthDate(2026, ${JSON.stringify(options)}) = ${expected}`, () => {
      expect(latestBirthDate({ admissionYear: 2026, ...options })).to.equal(expected);
    });
  }

  it('gives the cut-off day of the admission year as YYYY-MM-DD', () => {
    expect(ageCutoffDate({ admissionYear: 2026 })).to.equal('2026-12-31');
    expect(ageCutoffDate({ admissionYear: 2027, cutoff: '09-01' })).to.equal('2027-09-01');
    expect(ageCutoffDate({ admissionYear: 2027, cutoff: '2028-01-31' })).to.equal('2028-01-31');
  });

  it('throws RangeError on a bad cut-off', () => {
    expect(() => checkAge('2020-01-01', { admissionYear: 2026, cutoff: '12-32', now })).to.throw(RangeError);
  });
});
