// Tests for src/rules/window.ts: the window's edges in Kazakhstan time, as UTC instants, whatever the process's zone.
import { expect } from 'chai';
import { defaultWindows, schoolEnrollmentWindow, windowStatus } from '../../src/rules/window.js';

/** 'YYYY-MM-DDTHH:MM:SS.mmm' read as Kazakhstan wall time (+05:00), built from a UTC instant. */
function kz(wall: string): Date {
  return new Date(`${wall}+05:00`);
}

describe('rules/window', () => {
  it('runs in a process whose time zone is not +05:00 (so the tests prove independence)', function () {
    const offsets = [new Date(Date.UTC(2026, 0, 15)), new Date(Date.UTC(2026, 6, 15))].map((d) => d.getTimezoneOffset());
    if (offsets.every((offset) => offset === -300)) this.skip();
    expect(offsets.some((offset) => offset !== -300)).to.equal(true);
  });

  it('defaults school-enrollment to 1 June – 1 September (docs/rules.md)', () => {
    expect(schoolEnrollmentWindow).to.deep.equal({ opens: '06-01', closes: '09-01' });
    expect(defaultWindows['school-enrollment']).to.equal(schoolEnrollmentWindow);
  });

  it('opens at 00:00 +05:00 on the first day and closes after 23:59:59.999 +05:00 on the last', () => {
    const status = windowStatus(new Date(Date.UTC(2026, 6, 1)), schoolEnrollmentWindow, 2026);
    expect(status.opensAt.toISOString()).to.equal('2026-05-31T19:00:00.000Z');
    expect(status.closesAt.toISOString()).to.equal('2026-09-01T19:00:00.000Z');
  });

  // [instant as UTC ISO, Kazakhstan wall time it is, expected]
  const edges: [string, string, boolean, string | undefined][] = [
    ['2026-05-30T19:00:00.000Z', 'day before, 00:00', false, 'window-not-open'],
    ['2026-05-31T18:58:00.000Z', 'day before, 23:58', false, 'window-not-open'],
    ['2026-05-31T18:59:00.000Z', 'day before, 23:59', false, 'window-not-open'],
    ['2026-05-31T18:59:59.999Z', 'day before, 23:59:59.999', false, 'window-not-open'],
    ['2026-05-31T19:00:00.000Z', 'first day, 00:00', true, undefined],
    ['2026-05-31T19:01:00.000Z', 'first day, 00:01', true, undefined],
    ['2026-06-01T18:59:00.000Z', 'first day, 23:59', true, undefined],
    ['2026-06-01T19:00:00.000Z', 'second day, 00:00', true, undefined],
    ['2026-08-31T18:59:00.000Z', 'day before last, 23:59', true, undefined],
    ['2026-08-31T19:00:00.000Z', 'last day, 00:00', true, undefined],
    ['2026-08-31T19:01:00.000Z', 'last day, 00:01', true, undefined],
    ['2026-09-01T18:58:00.000Z', 'last day, 23:58', true, undefined],
    ['2026-09-01T18:59:00.000Z', 'last day, 23:59', true, undefined],
    ['2026-09-01T18:59:59.999Z', 'last day, 23:59:59.999', true, undefined],
    ['2026-09-01T19:00:00.000Z', 'day after, 00:00', false, 'window-closed'],
    ['2026-09-01T19:01:00.000Z', 'day after, 00:01', false, 'window-closed'],
    ['2026-12-31T23:00:00.000Z', 'next year already', false, 'window-closed'],
  ];
  for (const [instant, wall, open, code] of edges) {
    it(`${instant} (${wall} in Kazakhstan) → ${open ? 'open' : code}`, () => {
      const status = windowStatus(new Date(instant), schoolEnrollmentWindow, 2026);
      expect(status.open).to.equal(open);
      expect(status.code).to.equal(code);
    });
  }

  it('builds the edge instants the same way from +05:00 wall times', () => {
    expect(kz('2026-06-01T00:00:00.000').toISOString()).to.equal('2026-05-31T19:00:00.000Z');
    expect(windowStatus(kz('2026-06-01T00:00:00.000'), schoolEnrollmentWindow, 2026).open).to.equal(true);
    expect(windowStatus(kz('2026-09-02T00:00:00.000'), schoolEnrollmentWindow, 2026).code).to.equal('window-closed');
  });

  // Host overrides: [opens, closes, year, now (KZ wall), open]
  const overrides: [string, string, number, string, boolean][] = [
    ['04-01', '08-31', 2026, '2026-04-01T00:00:00.000', true],
    ['04-01', '08-31', 2026, '2026-03-31T23:59:00.000', false],
    ['04-01', '08-31', 2026, '2026-08-31T23:59:00.000', true],
    ['04-01', '08-31', 2026, '2026-09-01T00:00:00.000', false],
    ['2027-04-01', '2027-08-31', 2026, '2027-05-01T12:00:00.000', true], // full dates ignore `year`
    ['2027-04-01', '2027-08-31', 2026, '2026-05-01T12:00:00.000', false],
    ['12-01', '12-31', 2026, '2026-12-31T23:59:00.000', true], // closes at the turn of the year
    ['12-01', '12-31', 2026, '2027-01-01T00:00:00.000', false],
    ['02-29', '02-29', 2028, '2028-02-29T12:00:00.000', true], // leap day, one-day window
    ['02-29', '02-29', 2028, '2028-03-01T00:00:00.000', false],
    ['06-01', '06-01', 2026, '2026-06-01T23:59:59.999', true],
  ];
  for (const [opens, closes, year, wall, open] of overrides) {
    it(`${opens}…${closes} (${year}) at ${wall} +05:00 → ${open ? 'open' : 'shut'}`, () => {
      expect(windowStatus(kz(wall), { opens, closes }, year).open).to.equal(open);
    });
  }

  it('is shut with clock-invalid for a clock that gives no valid instant, and still says its dates', () => {
    for (const now of [new Date(Number.NaN), new Date('not a date'), undefined, null, 42, {}] as unknown as Date[]) {
      const status = windowStatus(now, schoolEnrollmentWindow, 2026);
      expect(status.open, String(now)).to.equal(false);
      expect(status.code, String(now)).to.equal('clock-invalid');
      expect(status.opensAt.toISOString()).to.equal('2026-05-31T19:00:00.000Z');
      expect(status.closesAt.toISOString()).to.equal('2026-09-01T19:00:00.000Z');
    }
  });

  it('still throws RangeError for a bad configuration, whatever the clock', () => {
    expect(() => windowStatus(new Date(Number.NaN), { opens: '09-01', closes: '06-01' }, 2026)).to.throw(RangeError);
  });

  const bad: [string, string, number][] = [
    ['13-01', '09-01', 2026],
    ['06-31', '09-01', 2026],
    ['02-29', '03-01', 2027],
    ['June 1', '09-01', 2026],
    ['6-1', '09-01', 2026],
    ['09-01', '06-01', 2026], // closes before it opens
  ];
  for (const [opens, closes, year] of bad) {
    it(`throws RangeError for the configuration ${opens}…${closes} (${year})`, () => {
      expect(() => windowStatus(new Date(), { opens, closes }, year)).to.throw(RangeError);
    });
  }
});
