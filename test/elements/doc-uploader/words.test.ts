// The uploader's figures in words.
import { expect } from '@open-wc/testing';
import { translate } from '../../../src/i18n/localize.js';
import '../../../src/i18n/index.js';
import { fileSize, mb, typesText } from '../../../src/elements/doc-uploader/words.js';

describe('doc-uploader/words', () => {
  it('megabytes with one decimal in the locale, never negative', () => {
    expect(mb('en', 3_240_000)).to.equal('3.2');
    expect(mb('ru', 3_240_000)).to.equal('3,2');
    expect(mb('en', -5)).to.equal('0.0');
  });

  it('a size in KB under 0.1 MB (at least 1), else in MB', () => {
    const t = (path: string, params?: Record<string, string | number>) => translate('en', path, params);
    expect(fileSize(t, 'en', 120)).to.equal(t('upload.kilobytes', { n: '1' }));
    expect(fileSize(t, 'en', 48_000)).to.equal(t('upload.kilobytes', { n: '48' }));
    expect(fileSize(t, 'en', 1_250_000)).to.equal(t('upload.megabytes', { n: '1.3' }));
  });

  it('the accepted types as people know them', () => {
    expect(typesText('image/jpeg,application/pdf')).to.equal('JPEG, PDF');
    expect(typesText('application/pdf')).to.equal('PDF');
  });
});
