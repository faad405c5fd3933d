// The draft notice's time: day, month and clock time in Kazakhstan, with a real month name in Kazakh.
import { expect } from 'chai';
import { formatDraftTime } from '../../src/drafts/draft-notice.js';

describe('drafts/draft-notice', () => {
  // 09:12 UTC is 14:12 in Kazakhstan (UTC+5), whatever the machine's time zone.
  const saved = new Date('2027-06-10T09:12:00Z');

  it('kk: the month spelled out by the kit (Chromium has no kk month names), no "M06"', () => {
    const text = formatDraftTime('kk', saved);
    expect(text).to.equal('2027 жылғы 10 маусым, 14:12');
    expect(text).to.not.match(/\bM\d/);
  });

  it('ru and en: the browser words it, in Kazakhstan time', () => {
    expect(formatDraftTime('en', saved)).to.equal('June 10 at 02:12 PM');
    expect(formatDraftTime('ru', saved)).to.match(/^10 июня,? (в )?14:12$/);
  });

  it('the date follows Kazakhstan, not the machine, around midnight', () => {
    // 20:30 UTC on 31 December is 01:30 on 1 January in Kazakhstan.
    expect(formatDraftTime('kk', new Date('2026-12-31T20:30:00Z'))).to.equal('2027 жылғы 1 қаңтар, 01:30');
    expect(formatDraftTime('en', new Date('2026-12-31T20:30:00Z'))).to.equal('January 1 at 01:30 AM');
  });
});
