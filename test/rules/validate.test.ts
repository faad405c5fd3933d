// Tests for src/rules/validate.ts: zod issues become our codes; cross-field checks run after the schema.
import { expect } from 'chai';
import { z } from 'zod';
import { errorCodes } from '../../src/rules/errors.js';
import { issuesFromZod, validateAnswers } from '../../src/rules/validate.js';

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

  it('throws on an unknown service', () => {
    expect(() => validateAnswers('first-grade' as 'home-study', {})).to.throw(RangeError);
  });

  it('throws RangeError, not TypeError, for names of Object.prototype', () => {
    for (const name of ['__proto__', 'toString', 'constructor', 'hasOwnProperty']) {
      expect(() => validateAnswers(name as 'home-study', {}), name).to.throw(RangeError);
    }
  });
});
