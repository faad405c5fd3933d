// Completeness of the kk/ru/en texts for every id and code the rules produce (src/i18n, rules namespaces).
import '../../src/i18n/index.js';
import { expect } from 'chai';
import { catalogue, translate } from '../../src/i18n/localize.js';
import { locales } from '../../src/i18n/types.js';
import { errorCodes } from '../../src/rules/errors.js';
import { documentIds, residencyIds, serviceIds, statusIds } from '../../src/rules/ids.js';
import { checklistStates, reasonCodes } from '../../src/rules/requirements.js';

describe('rules texts in kk, ru and en', () => {
  const namespaces: [string, readonly string[]][] = [
    ['service', serviceIds],
    ['document', documentIds],
    ['status', statusIds],
    ['residency', residencyIds],
    ['reason', reasonCodes],
    ['state', [...checklistStates, 'missing', 'provided']],
    ['error', errorCodes],
  ];
  // Params as an element passes them (already display text).
  const params = { status: 'X', residency: 'Y', date: '1 June 2026', document: 'Z', max: 5, min: 2, types: 'JPEG, PNG, PDF', n: 3, minAge: 6, cutoff: '2026-12-31' };

  for (const [ns, ids] of namespaces) {
    it(`${ns}: the English catalogue has exactly the ids of the rules`, () => {
      expect(Object.keys(catalogue('en')[ns as 'error']).sort()).to.deep.equal([...ids].sort());
    });
    for (const locale of locales) {
      it(`${ns}: every id has a non-empty ${locale} text with its placeholders filled`, () => {
        for (const id of ids) {
          const text = translate(locale, `${ns}.${id}`, params);
          expect(text, `${locale} ${ns}.${id}`).to.be.a('string').and.not.equal(`${ns}.${id}`);
          expect(text.trim(), `${locale} ${ns}.${id}`).to.not.equal('');
          expect(text, `${locale} ${ns}.${id}`).to.not.match(/\{\w+\}|undefined|NaN/);
          expect(Object.prototype.hasOwnProperty.call(catalogue(locale)[ns as 'error'], id), `${locale} ${ns}.${id}`).to.equal(true);
        }
      });
    }
  }

  // What Intl prints for NaN in each language, besides "NaN".
  const notANumber = /\{\w+\}|undefined|NaN|не число|сан емес|null|\[object/;

  it('every error text stands alone without params, or with params that are not numbers', () => {
    const garbage = { max: 'x', min: '', n: 'NaN', minAge: 'six' };
    for (const locale of locales) {
      for (const code of errorCodes) {
        for (const p of [undefined, {}, garbage]) {
          const text = translate(locale, `error.${code}`, p);
          expect(text, `${locale} ${code} ${JSON.stringify(p)}`).to.not.match(notANumber);
          expect(text.trim(), `${locale} ${code}`).to.not.equal('');
        }
      }
    }
  });

  const tooYoung: [string, Record<string, string | number>, string][] = [
    ['en', { minAge: 6, cutoff: '2026-12-31' }, 'The child is too young: first grade admits children who are 6 years old by December 31, 2026.'],
    ['en', { minAge: 1, cutoff: '2027-09-01' }, 'The child is too young: first grade admits children who are 1 year old by September 1, 2027.'],
    ['ru', { minAge: 6, cutoff: '2026-12-31' }, 'Ребёнок слишком мал: в первый класс принимают детей, которым не позднее 31 декабря 2026 г. исполнится 6 лет.'],
    ['ru', { minAge: 7, cutoff: '2027-03-01' }, 'Ребёнок слишком мал: в первый класс принимают детей, которым не позднее 1 марта 2027 г. исполнится 7 лет.'],
    ['ru', { minAge: 2, cutoff: '2027-03-01' }, 'Ребёнок слишком мал: в первый класс принимают детей, которым не позднее 1 марта 2027 г. исполнится 2 года.'],
    ['ru', { minAge: 1, cutoff: '2027-03-01' }, 'Ребёнок слишком мал: в первый класс принимают детей, которым не позднее 1 марта 2027 г. исполнится 1 год.'],
    ['kk', { minAge: 6, cutoff: '2026-12-31' }, 'Бала тым кішкентай: бірінші сыныпқа 2026 жылғы 31 желтоқсанға дейін 6 жасқа толатын балалар қабылданады.'],
    ['kk', { minAge: 7, cutoff: '2027-09-01' }, 'Бала тым кішкентай: бірінші сыныпқа 2027 жылғы 1 қыркүйекке дейін 7 жасқа толатын балалар қабылданады.'],
    ['en', { minAge: 6, cutoff: 'the first of September' }, 'The child is too young: first grade admits children who are 6 years old by the first of September.'],
    ['en', { minAge: 6 }, 'The child is too young for first grade in this school year.'],
    ['en', { minAge: 6, cutoff: '2026-02-30' }, 'The child is too young for first grade in this school year.'],
  ];
  for (const [locale, p, expected] of tooYoung) {
    it(`${locale} child-too-young ${JSON.stringify(p)} names the host's rule`, () => {
      expect(translate(locale as 'en', 'error.child-too-young', p)).to.equal(expected);
    });
  }

  it('the count texts use a general wording without their number', () => {
    expect(translate('en', 'error.text-too-long')).to.equal('This text is too long.');
    expect(translate('en', 'error.too-few-files')).to.equal('Attach more files.');
    expect(translate('ru', 'error.too-many-files', { max: 'много' })).to.equal('Прикреплено слишком много файлов: удалите лишние.');
    expect(translate('en', 'error.text-too-long', { max: '200' })).to.equal('Use at most 200 characters.');
  });

  const plurals: [string, string, Record<string, number>, string][] = [
    ['ru', 'too-few-files', { min: 1 }, 'Прикрепите минимум 1 файл.'],
    ['ru', 'too-few-files', { min: 2 }, 'Прикрепите минимум 2 файла.'],
    ['ru', 'too-few-files', { min: 5 }, 'Прикрепите минимум 5 файлов.'],
    ['en', 'too-many-files', { max: 1 }, 'You can attach at most 1 file.'],
    ['en', 'too-many-files', { max: 2 }, 'You can attach at most 2 files.'],
    ['kk', 'too-many-files', { max: 2 }, 'Ең көбі 2 файл тіркеуге болады.'],
  ];
  for (const [locale, code, p, expected] of plurals) {
    it(`${locale} ${code} ${JSON.stringify(p)} → ${expected}`, () => {
      expect(translate(locale as 'ru', `error.${code}`, p)).to.equal(expected);
    });
  }

  it('says kandas, never oralman, in every language', () => {
    for (const locale of locales) {
      for (const ns of ['residency', 'document'] as const) {
        for (const text of Object.values(catalogue(locale)[ns])) expect(String(text)).to.not.match(/орал|oralman/i);
      }
    }
    expect(translate('en', 'residency.kandas')).to.match(/kandas/i);
  });
});
