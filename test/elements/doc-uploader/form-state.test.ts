// The uploader's form value and validity on ElementInternals: files under the field name, the rule's
// code and flags, the message in the language of the moment.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocaleController } from '../../../src/internal/locale-controller.js';
import { FormState, type FormStateInput } from '../../../src/elements/doc-uploader/form-state.js';

class StateHost extends LitElement {
  static formAssociated = true;
  static override properties = { lang: { reflect: true } };
  readonly internals = this.attachInternals();
  readonly i18n = new LocaleController(this, ['upload']);
  readonly state = new FormState(this.internals, this.i18n);
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.i18n.settled();
    return done;
  }
  protected override willUpdate(): void {
    this.i18n.update();
  }
}
customElements.define('form-state-host', StateHost);

const input = (over: Partial<FormStateInput> = {}): FormStateInput => ({
  name: 'birth',
  files: [],
  required: false,
  disabled: false,
  busy: false,
  overBy: 0,
  budget: 5_000_000,
  ...over,
});

describe('doc-uploader/FormState', () => {
  it('puts the files into the form under the name, and nothing without a name', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><form-state-host lang="en"></form-state-host></form>`);
    const el = form.querySelector<StateHost>('form-state-host')!;
    await el.updateComplete;
    const a = new File(['a'], 'a.jpg');
    el.state.write(input({ files: [a, new File(['b'], 'b.jpg')] }));
    expect(new FormData(form).getAll('birth').map((f) => (f as File).name)).to.deep.equal(['a.jpg', 'b.jpg']);
    el.state.write(input({ name: '', files: [a] }));
    expect([...new FormData(form).keys()]).to.deep.equal([]);
  });

  it('required and empty: valueMissing, file-required, in words; the message is stale once the language changes', async () => {
    const el = await fixture<StateHost>(html`<form-state-host lang="en"></form-state-host>`);
    el.state.write(input({ required: true }));
    expect(el.state.code).to.equal('file-required');
    expect(el.internals.validity.valueMissing).to.equal(true);
    const en = el.internals.validationMessage;
    expect(en).to.not.equal('');
    expect(el.state.stale).to.equal(false);
    el.lang = 'kk';
    await el.updateComplete;
    expect(el.state.stale).to.equal(true);
    el.state.write(input({ required: true }));
    expect(el.internals.validationMessage).to.not.equal(en);
    expect(el.state.stale).to.equal(false);
  });

  it('over the budget: customError with the MB over; disabled: valid', async () => {
    const el = await fixture<StateHost>(html`<form-state-host lang="en"></form-state-host>`);
    el.state.write(input({ files: [new File(['a'], 'a.pdf')], overBy: 1_300_000 }));
    expect(el.state.code).to.equal('budget-exceeded');
    expect(el.internals.validity.customError).to.equal(true);
    expect(el.internals.validationMessage).to.contain('1.3');
    el.state.write(input({ required: true, disabled: true }));
    expect(el.state.code).to.equal(undefined);
    expect(el.internals.validity.valid).to.equal(true);
  });
});
