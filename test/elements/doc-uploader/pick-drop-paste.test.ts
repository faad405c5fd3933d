// Picking, dropping and pasting on a small host: each hands the files over, dragging shows, nothing
// comes in while disabled, and "replace" goes to the entry it was opened for.
import { expect, fixture, html as litHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { PickDropPaste } from '../../../src/elements/doc-uploader/pick-drop-paste.js';
import { pasteEvent } from '../../support/paste.js';

class IntakeHost extends LitElement {
  enabled = true;
  added: string[][] = [];
  replaced: string[] = [];
  known = new Set(['f1']);
  readonly intake = new PickDropPaste(this, {
    enabled: () => this.enabled,
    many: () => true,
    add: (files) => this.added.push(files.map((f) => f.name)),
    replace: (id, file) => {
      if (!this.known.has(id)) return false;
      this.replaced.push(`${id}:${file.name}`);
      return true;
    },
  });
  protected override render() {
    const { intake } = this;
    return html`<div id="zone" ?data-dragging=${intake.dragging} @dragover=${intake.onDragOver} @dragleave=${intake.onDragLeave} @drop=${intake.onDrop}></div>
      <input id="input" type="file" hidden @change=${intake.onInputChange} />`;
  }
}
customElements.define('intake-host', IntakeHost);

const files = (...names: string[]) => names.map((n) => new File(['x'], n, { type: 'image/jpeg' }));
function transfer(list: File[]): DataTransfer {
  const dt = new DataTransfer();
  for (const f of list) dt.items.add(f);
  return dt;
}

describe('doc-uploader/PickDropPaste', () => {
  it('paste hands the files over (and takes the paste); nothing while disabled', async () => {
    const el = await fixture<IntakeHost>(litHtml`<intake-host></intake-host>`);
    const event = pasteEvent(files('a.jpg', 'b.jpg'));
    el.dispatchEvent(event);
    expect(el.added).to.deep.equal([['a.jpg', 'b.jpg']]);
    expect(event.defaultPrevented).to.equal(true);
    el.enabled = false;
    const ignored = pasteEvent(files('c.jpg'));
    el.dispatchEvent(ignored);
    expect(el.added).to.have.length(1);
    expect(ignored.defaultPrevented).to.equal(false);
  });

  it('dragging over shows, leaving or dropping ends it; a drop hands the files over', async () => {
    const el = await fixture<IntakeHost>(litHtml`<intake-host></intake-host>`);
    const zone = el.shadowRoot!.querySelector<HTMLElement>('#zone')!;
    const dt = transfer(files('d.jpg'));
    const over = new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true, composed: true });
    zone.dispatchEvent(over);
    expect(over.defaultPrevented).to.equal(true);
    await el.updateComplete;
    expect(zone.hasAttribute('data-dragging')).to.equal(true);
    zone.dispatchEvent(new DragEvent('dragleave', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(zone.hasAttribute('data-dragging')).to.equal(false);
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true, composed: true }));
    expect(el.added).to.deep.equal([['d.jpg']]);
  });

  it('the picker adds, or replaces the entry it was opened for (adds when that entry went)', async () => {
    const el = await fixture<IntakeHost>(litHtml`<intake-host></intake-host>`);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#input')!;
    let clicks = 0;
    input.click = () => clicks++;
    const choose = (list: File[]) => {
      input.files = transfer(list).files;
      input.dispatchEvent(new Event('change'));
    };
    el.intake.open();
    expect(clicks).to.equal(1);
    expect(input.multiple).to.equal(true);
    choose(files('e.jpg', 'f.jpg'));
    expect(el.added).to.deep.equal([['e.jpg', 'f.jpg']]);
    el.intake.open('f1');
    expect(input.multiple, 'a replacement is one file').to.equal(false);
    choose(files('g.jpg'));
    expect(el.replaced).to.deep.equal(['f1:g.jpg']);
    el.intake.open('gone');
    choose(files('h.jpg'));
    expect(el.added.at(-1)).to.deep.equal(['h.jpg']);
    el.enabled = false;
    el.intake.open();
    expect(clicks, 'no picker while disabled').to.equal(3);
  });
});
