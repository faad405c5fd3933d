// Tests for src/rules/dates.ts: strict ISO dates and Kazakhstan calendar days from UTC instants.
import { expect } from 'chai';
import { isIsoDate, kzDate, kzIsoString, kzStartOfDay, resolveDay } from '../../src/rules/dates.js';

describe('rules/dates', () => {
  const dates: [string, boolean][] = [
    ['2020-02-29', true],
    ['2019-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['0099-01-01', true],
    ['', false],
  ];
  for (const [value, expected] of dates) {
    it(`isIsoDate(${JSON.stringify(value)}) = ${expected}`, () => expect(isIsoDate(value)).to.equal(expected));
  }

  const instants: [string, string, string][] = [
    ['2026-05-31T18:59:59.999Z', '2026-05-31', '2026-05-31T23:59:59.999+05:00'],
    ['2026-05-31T19:00:00.000Z', '2026-06-01', '2026-06-01T00:00:00.000+05:00'],
    ['2026-12-31T19:00:00.000Z', '2027-01-01', '2027-01-01T00:00:00.000+05:00'],
  ];
  for (const [instant, day, iso] of instants) {
    it(`${instant} is ${iso} in Kazakhstan`, () => {
      expect(kzDate(new Date(instant))).to.equal(day);
      expect(kzIsoString(new Date(instant))).to.equal(iso);
    });
  }

  it('starts a Kazakhstan day at 19:00 UTC the day before, years below 100 included', () => {
    expect(kzStartOfDay(2026, 6, 1).toISOString()).to.equal('2026-05-31T19:00:00.000Z');
    expect(kzStartOfDay(2026, 8, 32).toISOString()).to.equal('2026-08-31T19:00:00.000Z');
    expect(kzStartOfDay(99, 1, 2).getUTCFullYear()).to.equal(99);
  });

  it('resolves MM-DD in a year and keeps a full date', () => {
    expect(resolveDay('06-01', 2026)).to.deep.equal({ year: 2026, month: 6, day: 1 });
    expect(resolveDay('2027-04-01', 2026)).to.deep.equal({ year: 2027, month: 4, day: 1 });
    expect(() => resolveDay('02-29', 2026)).to.throw(RangeError);
  });
});
