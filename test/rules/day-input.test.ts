// Dates as parents write them (dd.mm.yyyy) and the receipt's Kazakhstan time, with no DOM.
import { expect } from 'chai';
import { formatDayNumeric, formatKzDateTime, maskDayInput, parseDayInput, dayInputCode, nextSteps, serviceIds, validateAnswers } from '../../src/rules/index.js';

describe('rules/day-input', () => {
  it('tidies digits into dd.mm.yyyy as they are typed, keeping separators the parent typed', () => {
    const cases: [string, string][] = [
      ['1', '1'],
      ['15', '15'],
      ['150', '15.0'],
      ['1503', '15.03'],
      ['15032020', '15.03.2020'],
      ['150320201', '15.03.2020'],
      ['15.', '15.'],
      ['1.3.2020', '1.3.2020'],
      ['15/03/2020', '15.03.2020'],
      ['15-03-2020', '15.03.2020'],
      ['15 03 2020', '15.03.2020'],
      ['15.032020', '15.03.2020'],
      ['2020-03-15', '15.03.2020'],
      ['ab15x03', '15.03'],
      ['', ''],
    ];
    for (const [typed, shown] of cases) expect(maskDayInput(typed), typed).to.equal(shown);
    for (const [, shown] of cases) expect(maskDayInput(shown), shown).to.equal(shown);
  });

  it('reads a real day as YYYY-MM-DD and says what is wrong otherwise', () => {
    expect(parseDayInput('15.03.2020')).to.deep.equal({ iso: '2020-03-15' });
    expect(parseDayInput('1.3.2020')).to.deep.equal({ iso: '2020-03-01' });
    expect(parseDayInput('29.02.2020')).to.deep.equal({ iso: '2020-02-29' });
    expect(parseDayInput('2020-03-15')).to.deep.equal({ iso: '2020-03-15' });
    expect(parseDayInput('29.02.2021')).to.deep.equal({ code: 'date-impossible' });
    expect(parseDayInput('31.04.2020')).to.deep.equal({ code: 'date-impossible' });
    expect(parseDayInput('00.01.2020')).to.deep.equal({ code: 'date-impossible' });
    expect(parseDayInput('15.13.2020')).to.deep.equal({ code: 'date-impossible' });
    expect(parseDayInput('2021-02-30')).to.deep.equal({ code: 'date-impossible' });
    expect(parseDayInput('15.03.20')).to.deep.equal({ code: 'date-incomplete' });
    expect(parseDayInput('15.03')).to.deep.equal({ code: 'date-incomplete' });
    expect(parseDayInput('  ')).to.equal(undefined);
    expect(dayInputCode('31.02.2020')).to.equal('date-impossible');
    expect(dayInputCode('3.2020')).to.equal('date-incomplete');
  });

  it('shows dates as dd.mm.yyyy and instants as dd.mm.yyyy HH:MM in Kazakhstan time', () => {
    expect(formatDayNumeric('2020-03-05')).to.equal('05.03.2020');
    expect(formatDayNumeric('15.03')).to.equal('15.03');
    expect(formatKzDateTime(new Date('2026-09-10T06:00:00Z'))).to.equal('10.09.2026 11:00');
    expect(formatKzDateTime(new Date('2026-12-31T19:30:00Z'))).to.equal('01.01.2027 00:30');
  });

  it('the schema reports typed text that is not a day with its own code', () => {
    const base = { lastName: 'A', firstName: 'B', iin: '200821501076' };
    const code = (birthDate: string) =>
      validateAnswers('home-study', { child: { ...base, birthDate }, schoolYear: 2026, school: 'S' }, { now: new Date('2026-09-10T06:00:00Z') })
        .issues.find((i) => i.path.join('.') === 'child.birthDate')?.code;
    expect(code('31.02.2020')).to.equal('date-impossible');
    expect(code('15.03.20')).to.equal('date-incomplete');
    expect(code('2020-03-15')).to.equal(undefined);
  });

  it('every service has next steps, ending with quoting the reference', () => {
    for (const service of serviceIds) {
      const steps = nextSteps(service);
      expect(steps.length, service).to.be.greaterThan(1);
      expect(steps[steps.length - 1]).to.equal('quote-reference');
    }
    expect(nextSteps('meal-subsidy')).to.include('originals-in-person');
  });
});
