// Tests for src/i18n/localize.ts: dates in Kazakhstan time, sizes, plurals, fallbacks.
import '../../src/i18n/index.js';
import { expect } from 'chai';
import { dateParam, formatDate, formatDay, formatSize, plural, translate, hasText } from '../../src/i18n/localize.js';

describe('i18n/localize', () => {
  it('formats a date in Kazakhstan time whatever the machine zone (23:30 UTC is the next day in Astana)', () => {
    const instant = new Date('2027-05-31T19:30:00Z'); // 1 June 00:30 +05:00
    expect(formatDate('kk', instant)).to.equal('2027 жылғы 1 маусым');
    expect(formatDate('ru', instant)).to.match(/^1 июня 2027/);
    expect(formatDate('en', instant)).to.equal('June 1, 2027');
    expect(formatDate('kk', new Date('2027-05-31T18:59:59Z'))).to.equal('2027 жылғы 31 мамыр');
  });

  it('gives every Kazakh month its own name', () => {
    const names = new Set(Array.from({ length: 12 }, (_, m) => formatDate('kk', new Date(Date.UTC(2027, m, 15))).split(' ').pop()));
    expect(names.size).to.equal(12);
  });

  it('formats a calendar day, with the Kazakh month in the dative when asked', () => {
    expect(formatDay('kk', 2026, 12, 31)).to.equal('2026 жылғы 31 желтоқсан');
    expect(formatDay('kk', 2026, 12, 31, 'dative')).to.equal('2026 жылғы 31 желтоқсанға');
    expect(formatDay('kk', 2026, 4, 1, 'dative')).to.equal('2026 жылғы 1 сәуірге');
    expect(formatDay('en', 2026, 12, 31)).to.equal('December 31, 2026');
    expect(formatDay('ru', 2026, 3, 1)).to.match(/^1 марта 2026/);
    expect(new Set(Array.from({ length: 12 }, (_, m) => formatDay('kk', 2027, m + 1, 1, 'dative'))).size).to.equal(12);
  });

  it('reads a date param: ISO is formatted, other text is kept, nothing or a non-day is undefined', () => {
    expect(dateParam('en', { d: '2027-06-01' }, 'd')).to.equal('June 1, 2027');
    expect(dateParam('en', { d: '1 June' }, 'd')).to.equal('1 June');
    expect(dateParam('en', { d: '2027-02-30' }, 'd')).to.equal(undefined);
    expect(dateParam('en', { d: '' }, 'd')).to.equal(undefined);
    expect(dateParam('en', { d: 5 }, 'd')).to.equal(undefined);
    expect(dateParam('en', {}, 'constructor')).to.equal(undefined);
  });

  it('formats sizes in KB below 0.1 MB and MB above', () => {
    expect(formatSize('en', 9_400)).to.equal(translate('en', 'upload.kilobytes', { n: '9' }));
    expect(formatSize('en', 3_240_000)).to.equal(translate('en', 'upload.megabytes', { n: '3.2' }));
    expect(formatSize('ru', 3_240_000)).to.equal(translate('ru', 'upload.megabytes', { n: '3,2' }));
  });

  it('picks Russian plural forms (one, few, many)', () => {
    const forms = { one: '{n} файл', few: '{n} файла', many: '{n} файлов', other: '{n} файла' };
    expect([1, 2, 5, 21].map((n) => plural('ru', n, forms))).to.deep.equal(['1 файл', '2 файла', '5 файлов', '21 файл']);
  });

  it('shows the key itself for a missing text, never a blank', () => {
    expect(translate('kk', 'ui.noSuchKey')).to.equal('ui.noSuchKey');
    expect(hasText('ui.noSuchKey')).to.equal(false);
    expect(hasText('form.continue')).to.equal(true);
  });

  it('reads only the catalogues\' own keys: names of Object.prototype are missing texts', () => {
    for (const path of ['error.constructor', 'error.__proto__', 'error.toString', 'constructor.name', '__proto__.x', 'error.hasOwnProperty']) {
      expect(translate('en', path), path).to.equal(path);
      expect(translate('kk', path), path).to.equal(path);
      expect(hasText(path), path).to.equal(false);
    }
    expect(translate('en', 'nodot')).to.equal('nodot');
    expect(translate('de' as 'en', 'form.continue')).to.equal(translate('en', 'form.continue'));
  });

  it('fills only own params', () => {
    expect(translate('en', 'upload.renamed', {})).to.equal('sent as {name}');
    expect(translate('en', 'upload.renamed', { name: 'a.jpg' })).to.equal('sent as a.jpg');
  });
});
