// What the later steps read from the form (after-questions.ts): the signers offered, and the views'
// data from a real form's engine.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/school-enroll-form.js';
import '../../../src/i18n/index.js';
import { documentsView, panelSigners, reviewView, signView } from '../../../src/elements/service-form/after-questions.js';
import type { SchoolEnrollForm } from '../../../src/elements/school-enroll-form/school-enroll-form.js';
import type { FormEngine } from '../../../src/elements/service-form/form-engine.js';
import { WebCryptoSigner } from '../../../src/signing/signers/webcrypto.js';

type Host = Parameters<typeof panelSigners>[0];
const signerOf = (type: string) => ({ type, sign: async () => ({}), isAvailable: async () => true }) as unknown as NonNullable<Host['signer']>;

describe('service-form/after-questions', () => {
  it('the signers offered: the host\'s `signers`, else its `signer` by type, else WebCrypto, kept as the signer', () => {
    const mobile = signerOf('egov-mobile');
    expect(panelSigners({ signers: { mobile }, signer: signerOf('sms') } as unknown as Host)).to.deep.equal({ mobile });
    const eds = signerOf('ncalayer');
    expect(panelSigners({ signers: {}, signer: eds } as unknown as Host)).to.deep.equal({ eds });
    const sms = signerOf('sms');
    expect(panelSigners({ signer: sms } as unknown as Host)).to.deep.equal({ sms });
    expect(panelSigners({ signer: mobile } as unknown as Host)).to.deep.equal({ mobile });
    const host = {} as Host;
    const { webcrypto } = panelSigners(host);
    expect(webcrypto).to.be.instanceOf(WebCryptoSigner);
    expect(host.signer).to.equal(webcrypto);
    expect(panelSigners(host).webcrypto).to.equal(webcrypto, 'the same signer next time');
  });

  it('the views\' data comes from the form: its checklist, files, answers, window and sending', async () => {
    const form = await fixture<SchoolEnrollForm>(html`<school-enroll-form lang="en" no-draft></school-enroll-form>`);
    form.now = () => new Date('2027-05-10T10:00:00Z'); // before the default window opens
    form.answers = { child: { firstName: 'Aruzhan' } };
    form.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await form.updateComplete;
    const engine = (form as unknown as { engine: FormEngine }).engine;
    const docs = documentsView(engine);
    expect(docs.checklist).to.deep.equal(form.requiredDocuments());
    expect(docs.attached).to.deep.equal({});
    const review = reviewView(engine, html``);
    expect(review.get('child.firstName')).to.equal('Aruzhan');
    expect(review.attachments).to.deep.equal([]);
    const sign = signView(engine);
    expect(sign.closedText).to.contain('not accepted yet');
    expect(sign.submission).to.deep.equal({ status: 'idle' });
  });
});
