// Tests for src/rules/school-year.ts: the default school year, at the edges, in Kazakhstan time.
import { expect } from 'chai';
import { defaultSchoolYear } from '../../src/rules/school-year.js';

describe('rules/school-year', () => {
  const cases: [string, string, 'current' | 'admission', number][] = [
    ['31 Aug 23:59 KZ', '2026-08-31T18:59:00Z', 'current', 2025],
    ['1 Sep 00:00 KZ', '2026-08-31T19:00:00Z', 'current', 2026],
    ['25 Nov', '2026-11-25T06:00:00Z', 'current', 2026],
    ['10 Jun', '2027-06-10T06:00:00Z', 'current', 2026],
    ['admission on 10 Jun', '2027-06-10T06:00:00Z', 'admission', 2027],
    ['admission on 1 Sep 23:59 KZ (last day of the window)', '2027-09-01T18:59:00Z', 'admission', 2027],
    ['admission on 2 Sep 00:00 KZ', '2027-09-01T19:00:00Z', 'admission', 2028],
    ['admission on 25 Nov', '2026-11-25T06:00:00Z', 'admission', 2027],
    ['admission on 1 Jan 00:30 KZ (still 31 Dec in UTC)', '2026-12-31T19:30:00Z', 'admission', 2027],
  ];
  for (const [name, instant, kind, year] of cases) {
    it(`${name}: ${kind} → ${year}`, () => {
      expect(defaultSchoolYear(new Date(instant), kind)).to.equal(year);
    });
  }
});

describe('what each service says beyond its checklist (data a server reads too)', () => {
  it('first grade applies for the year admitted to; every other service for the year under way', async () => {
    const { services } = await import('../../src/rules/index.js');
    const kinds = Object.fromEntries(Object.values(services).map((s) => [s.id, s.schoolYear ?? 'current']));
    expect(kinds).to.deep.equal({
      'school-enrollment': 'admission',
      'special-school-enrollment': 'current',
      'meal-subsidy': 'current',
      'school-transport': 'current',
      'home-study': 'current',
      'camp-referral': 'current',
      'school-transfer': 'current',
    });
  });

  it('originals are checked in person for meals and transport (the portal page says so), for no other service', async () => {
    const { services } = await import('../../src/rules/index.js');
    const inPerson = Object.values(services).filter((s) => s.originalsInPerson).map((s) => s.id).sort();
    expect(inPerson).to.deep.equal(['meal-subsidy', 'school-transport']);
  });
});
