// Tests for src/rules/iin.ts: docs/reference/kz-facts.md A.3 vectors, generated vectors, never-valid prefixes and the soft prefix warnings.
import { expect } from 'chai';
import { iinCheckDigit, validateIin } from '../../src/rules/iin.js';

/** An independent check digit (the Java-style loop over the two weight rows), to generate vectors. */
function referenceCheck(first11: string): number | undefined {
  const rows = [
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2],
  ];
  for (const weights of rows) {
    const r = weights.reduce((sum, w, i) => sum + w * Number(first11[i]), 0) % 11;
    if (r !== 10) return r;
  }
  return undefined;
}

/** A small deterministic PRNG so browser and Node runs see the same vectors. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A valid IIN with these first 7 digits (serial chosen so that the prefix is assignable). */
function withPrefix(first7: string, serialStart = 0): string {
  for (let serial = serialStart; serial < 10000; serial++) {
    const first11 = first7 + String(serial).padStart(4, '0');
    const check = referenceCheck(first11);
    if (check !== undefined) return first11 + check;
  }
  throw new Error('no assignable serial');
}

describe('rules/iin', () => {
  describe('worked examples of docs/reference/kz-facts.md A.3', () => {
    const rows: [string, string, 'male' | 'female'][] = [
      ['190315500121', '2019-03-15', 'male'],
      ['190315600346', '2019-03-15', 'female'],
      ['200821501076', '2020-08-21', 'male'],
      ['191205602019', '2019-12-05', 'female'], // second pass used
      ['190101501820', '2019-01-01', 'male'], // second pass gives 0
      ['880515300120', '1988-05-15', 'male'],
      ['061211600012', '2006-12-11', 'female'], // second pass
      ['950101400012', '1995-01-01', 'female'],
      ['791028302728', '1979-10-28', 'male'],
    ];
    for (const [iin, birthDate, sex] of rows) {
      it(`${iin} is valid: ${sex}, born ${birthDate}`, () => {
        const result = validateIin(iin, { birthDate });
        expect(result).to.deep.equal({ valid: true, warnings: [], birthDate, sex });
      });
      it(`${iin} with its last digit changed fails the checksum`, () => {
        const wrong = iin.slice(0, 11) + ((Number(iin[11]) + 1) % 10);
        expect(validateIin(wrong)).to.deep.equal({ valid: false, code: 'iin-checksum', warnings: [] });
      });
    }
  });

  describe('never-valid prefixes (both passes give 10)', () => {
    for (let last = 0; last <= 9; last++) {
      it(`19010250130${last}: iin-unassignable`, () => {
        expect(validateIin(`19010250130${last}`)).to.deep.equal({ valid: false, code: 'iin-unassignable', warnings: [] });
      });
    }
    it('iinCheckDigit says undefined for the prefix and throws on a wrong length', () => {
      expect(iinCheckDigit('19010250130')).to.equal(undefined);
      expect(() => iinCheckDigit('123')).to.throw(RangeError);
    });

    it('every generated unassignable prefix is rejected with all ten last digits', () => {
      const random = lcg(7);
      let found = 0;
      for (let i = 0; i < 50000 && found < 20; i++) {
        const first11 = String(Math.floor(random() * 1e11)).padStart(11, '0');
        if (referenceCheck(first11) !== undefined) continue;
        found++;
        for (let d = 0; d <= 9; d++) expect(validateIin(first11 + d).code).to.equal('iin-unassignable');
      }
      expect(found).to.equal(20);
    });
  });

  describe('generated vectors', () => {
    it('agrees with the reference on 2000 random prefixes, first and second pass', () => {
      const random = lcg(2026);
      let secondPass = 0;
      for (let i = 0; i < 2000; i++) {
        const first11 = String(Math.floor(random() * 1e11)).padStart(11, '0');
        const check = referenceCheck(first11);
        expect(iinCheckDigit(first11)).to.equal(check);
        if (check === undefined) continue;
        const firstPass = [...first11].reduce((s, c, j) => s + (j + 1) * Number(c), 0) % 11;
        if (firstPass === 10) secondPass++;
        for (let d = 0; d <= 9; d++) {
          const result = validateIin(first11 + d);
          expect(result.valid, first11 + d).to.equal(d === check);
          if (d !== check) expect(result.code).to.equal('iin-checksum');
        }
      }
      expect(secondPass).to.be.greaterThan(50);
    });
  });

  describe('format', () => {
    const rows: [string, string][] = [
      ['', 'iin-required'],
      ['   ', 'iin-required'],
      ['19031550012', 'iin-format'],
      ['1903155001211', 'iin-format'],
      ['19031550012a', 'iin-format'],
      ['190315 500121', 'iin-format'],
      ['١٩٠٣١٥٥٠٠١٢١', 'iin-format'],
    ];
    for (const [value, code] of rows) {
      it(`${JSON.stringify(value)} → ${code}`, () => {
        expect(validateIin(value)).to.deep.equal({ valid: false, code, warnings: [] });
      });
    }
    it('ignores surrounding spaces', () => {
      expect(validateIin(' 190315500121 ').valid).to.equal(true);
    });
    it('never throws on a value that is not a string: iin-format', () => {
      for (const value of [123, 190315500121, null, undefined, {}, [], ['190315500121'], true, Symbol('x'), 12n]) {
        expect(validateIin(value as string), String(typeof value)).to.deep.equal({ valid: false, code: 'iin-format', warnings: [] });
      }
    });
    it('ignores a typed birth date that is not a string', () => {
      expect(validateIin('190315500121', { birthDate: 20190315 as unknown as string })).to.deep.equal({ valid: true, warnings: [], birthDate: '2019-03-15', sex: 'male' });
    });
  });

  describe('prefix warnings (never errors)', () => {
    const rows: [string, string, string | undefined, string[], string | undefined, string | undefined][] = [
      // name, IIN, typed birth date, warnings, decoded birthDate, sex
      ['typed date equals the prefix', withPrefix('1903155'), '2019-03-15', [], '2019-03-15', 'male'],
      ['typed date differs by a day', withPrefix('1903155'), '2019-03-16', ['iin-birthdate-mismatch'], '2019-03-15', 'male'],
      ['typed date differs by a century', withPrefix('1903153'), '2019-03-15', ['iin-birthdate-mismatch'], '1919-03-15', 'male'],
      ['no typed date', withPrefix('1903156'), undefined, [], '2019-03-15', 'female'],
      ['typed date not a date is ignored', withPrefix('1903156'), '2019-02-30', [], '2019-03-15', 'female'],
      ['month 13', withPrefix('1913015'), '2019-03-15', ['iin-date-invalid'], undefined, 'male'],
      ['day 00', withPrefix('1903006'), undefined, ['iin-date-invalid'], undefined, 'female'],
      ['31 April', withPrefix('1904315'), undefined, ['iin-date-invalid'], undefined, 'male'],
      ['29 Feb 2000 (leap)', withPrefix('0002295'), '2000-02-29', [], '2000-02-29', 'male'],
      ['29 Feb 1900 (not leap)', withPrefix('0002293'), undefined, ['iin-date-invalid'], undefined, 'male'],
      ['29 Feb 2019 (not leap)', withPrefix('1902296'), undefined, ['iin-date-invalid'], undefined, 'female'],
      ['1800s century digit 2', withPrefix('9901012'), '1899-01-01', [], '1899-01-01', 'female'],
      ['digit 7 is 0: no century (a hint), matching YYMMDD', withPrefix('1903150'), '2019-03-15', ['iin-century-digit'], undefined, undefined],
      ['digit 7 is 7: no century (a hint), no typed date', withPrefix('1903157'), undefined, ['iin-century-digit'], undefined, undefined],
      ['digit 7 is 8: no century, other date', withPrefix('1903158'), '2019-03-16', ['iin-century-digit', 'iin-birthdate-mismatch'], undefined, undefined],
      ['digit 7 is 9 and prefix not a date', withPrefix('1999999'), '2019-03-16', ['iin-century-digit', 'iin-date-invalid'], undefined, undefined],
      ['digit 7 is 1 (1800s, male): no hint', withPrefix('9901011'), '1899-01-01', [], '1899-01-01', 'male'],
      ['digit 7 is 6 (2000s, female): no hint', withPrefix('1903156'), '2019-03-15', [], '2019-03-15', 'female'],
    ];
    for (const [name, iin, birthDate, warnings, decoded, sex] of rows) {
      it(`${name} (${iin})`, () => {
        const result = validateIin(iin, birthDate === undefined ? {} : { birthDate });
        expect(result.valid).to.equal(true);
        expect(result.code).to.equal(undefined);
        expect(result.warnings).to.deep.equal(warnings);
        expect(result.birthDate).to.equal(decoded);
        expect(result.sex).to.equal(sex);
      });
    }
  });
});
