// Admission on a small host: the checks by content, the refusal event and its words, the list of
// refusals kept as codes and said again in the language of the moment.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocaleController } from '../../../src/internal/locale-controller.js';
import { Admission } from '../../../src/elements/doc-uploader/admission.js';
import type { RejectedFile } from '../../../src/elements/doc-uploader/types.js';
import { jpegFile, pdfFile, svgFile, textFile } from '../../fixtures/files.js';

class AdmissionHost extends LitElement {
  static override properties = { lang: { reflect: true } };
  accept = 'image/jpeg,application/pdf';
  readonly i18n = new LocaleController(this, ['upload']);
  readonly admission = new Admission(this, this.i18n);
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.i18n.settled();
    return done;
  }
  protected override willUpdate(): void {
    this.i18n.update();
  }
}
customElements.define('admission-host', AdmissionHost);

describe('doc-uploader/Admission', () => {
  it('checks by content against accept: a JPEG and a PDF come in, a text file and an SVG do not', async () => {
    const el = await fixture<AdmissionHost>(html`<admission-host lang="en"></admission-host>`);
    const { admission } = el;
    expect(await admission.check(await jpegFile(), 5_000_000)).to.include({ kind: 'jpeg' });
    expect(await admission.check(pdfFile(), 5_000_000)).to.include({ kind: 'pdf' });
    expect(await admission.check(textFile(), 5_000_000)).to.deep.include({ code: 'file-type' });
    expect(await admission.check(svgFile(), 5_000_000)).to.deep.include({ code: 'file-svg' });
    el.accept = 'application/pdf';
    expect(await admission.check(await jpegFile(), 5_000_000)).to.deep.include({ code: 'file-type' });
  });

  it('a refusal fires file-rejected with its message, and the list says it again in another language', async () => {
    const el = await fixture<AdmissionHost>(html`<admission-host lang="en"></admission-host>`);
    const events: CustomEvent[] = [];
    el.addEventListener('file-rejected', (e) => events.push(e as CustomEvent));
    const file = pdfFile('big.pdf');
    const rejection = el.admission.reject(file, 'pdf-too-large', { size: 6_200_000, max: 5_000_000 });
    expect(rejection).to.include({ file, name: 'big.pdf', code: 'pdf-too-large' });
    expect(rejection.message).to.contain('6.2').and.contain('5');
    expect(events.map((e) => e.detail)).to.deep.equal([{ name: 'big.pdf', code: 'pdf-too-large', message: rejection.message }]);
    expect(events[0].bubbles && events[0].composed).to.equal(true);

    el.admission.show([rejection]);
    expect(el.admission.messages()).to.deep.equal([`big.pdf: ${rejection.message}`]);
    el.lang = 'ru';
    await el.updateComplete;
    const [ru] = el.admission.messages();
    expect(ru).to.not.equal(`big.pdf: ${rejection.message}`);
    expect(ru).to.match(/^big\.pdf: /).and.contain('6,2');
  });

  it('file-type names the accepted types; add replaces an older refusal of the same file; show([]) clears', async () => {
    const el = await fixture<AdmissionHost>(html`<admission-host lang="en"></admission-host>`);
    const { admission } = el;
    expect(admission.text('file-type', {})).to.contain('JPEG, PDF');
    const file = await jpegFile();
    const first: RejectedFile = admission.reject(file, 'file-unreadable');
    admission.show([first]);
    admission.add(admission.reject(file, 'image-too-large', { megapixels: 120 }));
    expect(admission.shown.map((r) => r.code)).to.deep.equal(['image-too-large']);
    admission.show([]);
    expect(admission.messages()).to.deep.equal([]);
  });
});
