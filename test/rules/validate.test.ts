// Tests for src/rules/validate.ts: zod issues become our codes; cross-field checks run after the schema.
import { expect } from 'chai';
import { z } from 'zod';
import { errorCodes } from '../../src/rules/errors.js';
import { issuesFromZod, partialAnswers, validateAnswers } from '../../src/rules/validate.js';
import { schoolEnrollmentSchema } from '../../src/rules/services/school-enrollment.js';

describe('rules/validate', () => {
  const schema = z.object({
    name: z.string().trim().min(1).max(5),
    count: z.coerce.number().int().positive(),
    kind: z.enum(['a', 'b']),
    flag: z.boolean(),
    list: z.array(z.string()).min(1),
    date: z.string().refine((v) => v === 'ok', 'invalid-date'),
  });
  const valid = { name: 'x', count: 1, kind: 'a', flag: true, list: ['y'], date: 'ok' };

  // [field patch, expected code at that field]
  const rows: [Record<string, unknown>, string, string][] = [
    [{ name: undefined }, 'name', 'required'],
    [{ name: '   ' }, 'name', 'required'],
    [{ name: 'toolong' }, 'name', 'text-too-long'],
    [{ name: 5 }, 'name', 'invalid-value'],
    [{ count: 'abc' }, 'count', 'invalid-number'],
    [{ count: 0 }, 'count', 'invalid-number'],
    [{ count: 1.5 }, 'count', 'invalid-number'],
    [{ count: null }, 'count', 'required'],
    [{ kind: 'c' }, 'kind', 'invalid-option'],
    [{ kind: '' }, 'kind', 'required'],
    [{ flag: 'yes' }, 'flag', 'invalid-value'],
    [{ list: [] }, 'list', 'required'],
    [{ date: 'no' }, 'date', 'invalid-date'],
    [{ date: '' }, 'date', 'required'],
  ];
  for (const [patch, field, code] of rows) {
    it(`${JSON.stringify(patch)} → ${field}: ${code}`, () => {
      const input = { ...valid, ...patch };
      const result = schema.safeParse(input);
      expect(result.success).to.equal(false);
      if (!result.success) {
        expect(issuesFromZod(result.error, input).map(({ path, code }) => ({ path, code }))).to.deep.equal([{ path: [field], code }]);
      }
    });
  }

  it('gives the maximum length as a param', () => {
    const input = { ...valid, name: 'toolong' };
    const result = schema.safeParse(input);
    if (result.success) throw new Error('expected a failure');
    expect(issuesFromZod(result.error, input)[0]?.params).to.deep.equal({ max: 5 });
  });

  it('maps only to known codes', () => {
    const result = schema.safeParse({ name: 1, count: 'x', kind: 1, flag: 1, list: 1, date: 1 });
    if (result.success) throw new Error('expected a failure');
    for (const issue of issuesFromZod(result.error, {})) expect(errorCodes).to.include(issue.code);
  });

  it('passes with warnings only: ok is true', () => {
    const result = validateAnswers('home-study', {
      child: { iin: '190315500121', birthDate: '2019-03-16', lastName: 'A', firstName: 'B' },
      schoolYear: 2026,
      school: 'S',
    }, { now: new Date('2026-06-01T00:00:00Z') });
    expect(result.ok).to.equal(true);
    expect(result.issues).to.deep.equal([{ path: ['child', 'iin'], code: 'iin-birthdate-mismatch', severity: 'warning' }]);
  });

  it('returns no data when the schema fails, and not ok', () => {
    const result = validateAnswers('home-study', {});
    expect(result.ok).to.equal(false);
    expect(result.data).to.equal(undefined);
    expect(result.issues.map((i) => i.path.join('.'))).to.deep.equal(['child', 'schoolYear', 'school']);
  });

  it('accepts a non-object as answers and reports it', () => {
    expect(validateAnswers('school-transfer', null).issues).to.deep.equal([{ path: [], code: 'required' }]);
  });

  describe('every problem at once: cross-field checks on the fields that parsed', () => {
    const now = new Date('2026-06-15T12:00:00+05:00');
    const child = { iin: '190315500121', birthDate: '2019-03-15', lastName: 'A', firstName: 'B' };
    const young = { iin: '210101500124', birthDate: '2021-01-01', lastName: 'A', firstName: 'B' };
    const summary = (service: Parameters<typeof validateAnswers>[0], answers: unknown, context = {}) =>
      validateAnswers(service, answers, { now, ...context }).issues.map((i) => `${i.path.join('.')}:${i.code}`);

    const rows: [string, Parameters<typeof validateAnswers>[0], unknown, object, string[]][] = [
      ['child too young while the school is blank', 'school-enrollment', { child: young, schoolYear: 2026, school: '' }, {},
        ['school:required', 'child.birthDate:child-too-young']],
      ['child too young while the last name is missing (the child object fails as a whole)', 'school-enrollment',
        { child: { ...young, lastName: '' }, schoolYear: 2026, school: 'S' }, {},
        ['child.lastName:required', 'child.birthDate:child-too-young']],
      ['no age check while the school year does not parse', 'school-enrollment', { child: young, schoolYear: 'next', school: 'S' }, {},
        ['schoolYear:invalid-number']],
      ['no age check while the birth date does not parse', 'school-enrollment', { child: { ...young, birthDate: '2021-02-30' }, schoolYear: 2026, school: 'S' }, {},
        ['child.birthDate:date-impossible']],
      ['status-required before the camp kind is chosen', 'camp-referral', { child, schoolYear: 2026, school: 'S', statuses: [] }, {},
        ['campKind:required', 'statuses:status-required']],
      ['status-required when statuses are not given at all', 'meal-subsidy', { child, schoolYear: 2026 }, {},
        ['school:required', 'statuses:status-required']],
      ['no status-required while the list has an unknown id', 'meal-subsidy', { child, schoolYear: 2026, school: 'S', statuses: ['sen'] }, {},
        ['statuses.0:invalid-option']],
      ['same school while the reason is missing', 'school-transfer', { child, schoolYear: 2026, currentSchool: 'No. 1', newSchool: ' no. 1 ' }, {},
        ['reason:required', 'newSchool:same-school']],
      ['no same-school check while a school is blank', 'school-transfer', { child, schoolYear: 2026, currentSchool: '', newSchool: '', reason: 'moving' }, {},
        ['currentSchool:required', 'newSchool:required']],
      ['distance too short while the locality is blank', 'school-transport', { child, schoolYear: 2026, school: 'S', locality: '', distanceKm: '1' }, { minDistanceKm: 3 },
        ['locality:required', 'distanceKm:distance-too-short']],
      ['IIN and future birth date with nothing else given', 'home-study', { child: { iin: '1', birthDate: '2027-01-01' } }, {},
        ['child.lastName:required', 'child.firstName:required', 'schoolYear:required', 'school:required', 'child.iin:iin-format', 'child.birthDate:invalid-date']],
    ];
    for (const [name, service, answers, context, expected] of rows) {
      it(`${service}: ${name}`, () => expect(summary(service, answers, context)).to.deep.equal(expected));
    }

    it('gives the same cross-field issues as a full parse once the other fields are fixed', () => {
      const partial = summary('school-enrollment', { child: young, schoolYear: 2026, school: '' });
      const full = summary('school-enrollment', { child: young, schoolYear: 2026, school: 'S' });
      expect(full).to.deep.equal(['child.birthDate:child-too-young']);
      expect(partial.filter((x) => !x.startsWith('school:'))).to.deep.equal(full);
    });

    it('stays ok:false with no data while the schema fails', () => {
      const result = validateAnswers('camp-referral', { child, schoolYear: 2026, school: 'S', statuses: [] }, { now });
      expect(result.ok).to.equal(false);
      expect(result.data).to.equal(undefined);
    });

    it('never throws on odd answers', () => {
      for (const answers of [null, undefined, 7, 'x', [], [1], { child: [] }, { child: null }, { child: 'x' }, { __proto__: { school: 'S' } }, Object.create(null)]) {
        for (const service of ['school-enrollment', 'camp-referral', 'school-transfer', 'school-transport', 'meal-subsidy'] as const) {
          expect(() => validateAnswers(service, answers, { now }), `${service} ${JSON.stringify(answers)}`).to.not.throw();
        }
      }
    });
  });

  describe('partialAnswers', () => {
    it('keeps the fields that parse, with their parsed values, and drops the rest', () => {
      expect(partialAnswers(schoolEnrollmentSchema, {
        child: { iin: ' 190315500121 ', birthDate: '2019-02-30', lastName: 'A', firstName: '' },
        schoolYear: '2026', school: '  ', residency: 'Oralman', statuses: ['orphan', 'sen'], extra: 1,
      })).to.deep.equal({
        child: { iin: '190315500121', lastName: 'A' },
        schoolYear: 2026,
        residency: 'kandas',
        bornAbroad: false,
        specialNeeds: false,
        homeEducation: false,
      });
    });
    it('reads only own properties and ignores a non-object', () => {
      expect(partialAnswers(schoolEnrollmentSchema, Object.create({ school: 'S' })).school).to.equal(undefined);
      expect(partialAnswers(schoolEnrollmentSchema, 'x')).to.deep.equal({ statuses: [], residency: 'citizen', bornAbroad: false, specialNeeds: false, homeEducation: false });
      expect(partialAnswers(z.string(), { a: 1 })).to.deep.equal({});
    });
  });

  it('throws on an unknown service', () => {
    expect(() => validateAnswers('first-grade' as 'home-study', {})).to.throw(RangeError);
  });

  it('throws RangeError, not TypeError, for names of Object.prototype', () => {
    for (const name of ['__proto__', 'toString', 'constructor', 'hasOwnProperty']) {
      expect(() => validateAnswers(name as 'home-study', {}), name).to.throw(RangeError);
    }
  });
});
