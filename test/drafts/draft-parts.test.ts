// The drafts' work (draft-parts.ts) through the form's DraftController on a small Lit host: restore on connect, debounced saves, failures, clearing, files to uploaders.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/define/doc-uploader.js';
import { AttachmentsController } from '../../src/attachments/attachments.js';
import { DraftController, type Draft, type DraftControllerOptions, type DraftStoreLike } from '../../src/drafts/index.js';
import type { DocUploader } from '../../src/elements/doc-uploader/doc-uploader.js';
import { sha256Hex } from '../../src/upload/digest.js';
import { jpegFile, pdfFile } from '../fixtures/files.js';
import { FailingStore, MemoryStore, SlowStore } from './memory-store.js';

class DraftHost extends LitElement {
  static override properties = { answers: { attribute: false }, showUploader: { type: Boolean } };
  declare answers: Record<string, unknown>;
  declare showUploader: boolean;
  store: DraftStoreLike = new MemoryStore();
  off = false;
  key = 'svc:/page';
  restored: Draft[] = [];
  resets = 0;
  /** The application's files per document id, as a service form has them (the drafts read and restore through it). */
  readonly attachments = new AttachmentsController(this).model;
  /** The controller's options (a test lengthens the debounce). */
  readonly draftOptions: DraftControllerOptions = {
    key: () => this.key,
    ttlDays: () => 7,
    enabled: () => !this.off,
    store: () => this.store,
    getAnswers: () => this.answers,
    getStep: () => 'documents',
    restore: (draft) => {
      this.restored.push(draft);
      this.answers = draft.answers;
    },
    reset: () => {
      this.resets++;
      this.answers = {};
      // As the service form does: back to the first step, announced.
      this.dispatchEvent(new CustomEvent('step-change', { detail: { step: 'first' }, bubbles: true, composed: true }));
    },
    debounceMs: 30,
    attachments: () => this.attachments,
  };
  readonly drafts = new DraftController(this, this.draftOptions);
  constructor() {
    super();
    this.answers = {};
    this.showUploader = false;
  }
  type(answers: Record<string, unknown>): void {
    this.answers = answers;
    this.dispatchEvent(new CustomEvent('answers-change', { detail: { answers }, bubbles: true, composed: true }));
  }
  protected override render() {
    return this.showUploader ? html`<doc-uploader doc="birth-certificate" multiple max-files="5"></doc-uploader>` : html``;
  }
}
customElements.define('draft-host', DraftHost);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function host(setup: (h: DraftHost) => void = () => {}): Promise<DraftHost> {
  const el = document.createElement('draft-host') as DraftHost;
  setup(el);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.drafts.ready;
  return el;
}

/**
 * Holds every uploader's restoreFiles until `open()`: `restoring` is the latest restore under way.
 * `release()` puts the real method back.
 */
function holdRestores() {
  const Uploader = customElements.get('doc-uploader') as unknown as { prototype: DocUploader };
  const restoreFiles = Uploader.prototype.restoreFiles;
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const held = {
    restoring: undefined as Promise<unknown> | undefined,
    open: () => open(),
    release: () => {
      Uploader.prototype.restoreFiles = restoreFiles;
    },
  };
  Uploader.prototype.restoreFiles = function (this: DocUploader, files) {
    const done = gate.then(() => restoreFiles.call(this, files));
    held.restoring = done;
    return done;
  };
  return held;
}

/** Past the debounce, the store holds nothing and was written only by the test's own setup. */
async function expectNothingSavedSinceSetup(el: DraftHost, store: MemoryStore): Promise<void> {
  await el.drafts.settled();
  await sleep(60);
  expect(store.drafts.size).to.equal(0);
  expect(store.saves).to.equal(1, 'only the setup save');
}

describe('drafts/draft-parts (through DraftController)', () => {
  it('writes once after a burst of typing, never on each key', async () => {
    const store = new MemoryStore();
    const el = await host((h) => (h.store = store));
    const name = 'Айгерім';
    for (let i = 1; i <= name.length; i++) el.type({ name: name.slice(0, i) });
    expect(store.saves).to.equal(0, 'nothing is written synchronously');
    await el.drafts.settled();
    expect(store.saves).to.equal(1);
    expect(el.drafts.status).to.equal('saved');
    expect(store.drafts.get('svc:/page')!.answers).to.deep.equal({ name });
    expect(store.drafts.get('svc:/page')!.step).to.equal('documents');
  });

  it('restores the saved answers on connect, with the time they were saved', async () => {
    const store = new MemoryStore();
    await store.save('svc:/page', { answers: { child: { name: 'Ерлан' } }, files: [] });
    const el = await host((h) => (h.store = store));
    expect(el.restored).to.have.length(1);
    expect(el.answers).to.deep.equal({ child: { name: 'Ерлан' } });
    expect(el.drafts.restoredAt?.getTime()).to.equal(store.now);
    // Restoring is not a change: it does not write (nor push the expiry back).
    await sleep(60);
    expect(store.saves).to.equal(1);
  });

  it('a change made before the draft loaded is written after it', async () => {
    const store = new MemoryStore();
    const el = document.createElement('draft-host') as DraftHost;
    el.store = store;
    document.body.append(el);
    el.type({ early: true });
    await el.drafts.settled();
    expect(store.drafts.get('svc:/page')!.answers).to.deep.equal({ early: true });
    el.remove();
  });

  it('an expired draft is not restored', async () => {
    const store = new MemoryStore();
    await store.save('svc:/page', { answers: { a: 1 }, files: [] });
    store.now += 7 * 86_400_000;
    const el = await host((h) => (h.store = store));
    expect(el.restored).to.have.length(0);
    expect(el.drafts.restoredAt).to.equal(undefined);
  });

  it('off (`no-draft`): nothing is read or written', async () => {
    const store = new FailingStore();
    const el = await host((h) => {
      h.store = store;
      h.off = true;
    });
    el.type({ a: 1 });
    await sleep(60);
    expect(store.calls).to.equal(0);
    expect(el.drafts.status).to.equal('off');
  });

  it('storage that refuses makes status `unavailable` with its code, and the host goes on', async () => {
    const el = await host((h) => (h.store = new FailingStore('unavailable')));
    expect(el.drafts.status).to.equal('unavailable');
    expect(el.drafts.error).to.equal('unavailable');
    el.type({ a: 1 });
    await el.drafts.settled();
    expect(el.answers).to.deep.equal({ a: 1 });

    const store = new MemoryStore();
    const full = await host((h) => (h.store = store));
    full.store = new FailingStore('quota');
    full.type({ a: 2 });
    await full.drafts.settled();
    expect(full.drafts.status).to.equal('unavailable');
    expect(full.drafts.error).to.equal('quota');
  });

  it('`signed-payload` deletes the draft', async () => {
    const store = new MemoryStore();
    const el = await host((h) => (h.store = store));
    el.type({ a: 1 });
    await el.drafts.settled();
    expect(store.drafts.size).to.equal(1);
    el.type({ a: 2 });
    el.dispatchEvent(new CustomEvent('signed-payload', { detail: {}, bubbles: true, composed: true }));
    await sleep(60);
    expect(store.drafts.size).to.equal(0, 'the pending write was dropped too');
  });

  it('start over deletes the draft and asks the host to empty the form', async () => {
    const store = new MemoryStore();
    await store.save('svc:/page', { answers: { a: 1 }, files: [], missing: [{ doc: 'x', name: 'lost.jpg' }] });
    const el = await host((h) => (h.store = store));
    expect(el.drafts.unsavedFiles).to.deep.equal([{ doc: 'x', name: 'lost.jpg' }]);
    await el.drafts.startOver();
    expect(el.resets).to.equal(1);
    expect(store.drafts.size).to.equal(0);
    expect(el.drafts.restoredAt).to.equal(undefined);
    expect(el.drafts.unsavedFiles).to.deep.equal([]);
  });

  it('records uploader files and hands restored ones back byte for byte when the uploader renders', async () => {
    const store = new MemoryStore();
    const el = await host((h) => {
      h.store = store;
      h.showUploader = true;
    });
    const uploader = el.shadowRoot!.querySelector<DocUploader>('doc-uploader')!;
    await uploader.addFiles([await jpegFile(640, 480, 'birth.jpg', 2), pdfFile('birth.pdf')]);
    await el.drafts.settled();
    const stored = store.drafts.get('svc:/page')!;
    expect(stored.files.map((f) => [f.doc, f.file.name])).to.deep.equal([
      ['birth-certificate', 'birth.jpg'],
      ['birth-certificate', 'birth.pdf'],
    ]);
    const hashes = await Promise.all(uploader.files.map((f) => sha256Hex(f)));
    const originals = uploader.fileInfo.map((i) => i.original);

    // A new host (a reload) that renders the uploader only later (the documents step).
    const again = await host((h) => (h.store = store));
    expect(again.shadowRoot!.querySelector('doc-uploader')).to.equal(null);
    again.showUploader = true;
    await again.updateComplete;
    const restoredUploader = again.shadowRoot!.querySelector<DocUploader>('doc-uploader')!;
    await new Promise((resolve) => restoredUploader.addEventListener('change', resolve, { once: true }));
    expect(await Promise.all(restoredUploader.files.map((f) => sha256Hex(f)))).to.deep.equal(hashes);
    expect(restoredUploader.fileInfo.map((i) => i.sha256)).to.deep.equal(hashes);
    expect(restoredUploader.fileInfo.map((i) => i.original)).to.deep.equal(originals);
  });

  it("start over writes nothing by itself (the form's step change is not a change); the next real change does", async () => {
    const store = new MemoryStore();
    await store.save('svc:/page', { answers: { a: 1 }, files: [] });
    const el = await host((h) => (h.store = store));
    await el.drafts.startOver();
    expect(el.resets).to.equal(1);
    await expectNothingSavedSinceSetup(el, store);
    el.type({ b: 2 });
    await el.drafts.settled();
    expect(store.drafts.get('svc:/page')!.answers).to.deep.equal({ b: 2 });
  });

  it('start over while restored files are still being put back: they go, and nothing of them is recorded or saved', async () => {
    const store = new MemoryStore();
    const photo = await jpegFile(640, 480, 'birth.jpg', 4);
    await store.save('svc:/page', { answers: { a: 1 }, files: [{ doc: 'birth-certificate', file: photo }] });
    const gate = holdRestores();
    try {
      const el = await host((h) => {
        h.store = store;
        h.showUploader = true;
      });
      await el.updateComplete;
      expect(gate.restoring, 'the restore is under way').to.not.equal(undefined);
      await el.drafts.startOver();
      gate.open();
      await gate.restoring;
      await sleep(0);
      // The restore finished after the reset: its file was taken out again.
      expect(el.shadowRoot!.querySelector<DocUploader>('doc-uploader')!.files).to.have.length(0);
      await expectNothingSavedSinceSetup(el, store);
      // The next real change saves what the form holds now: no file.
      el.type({ b: 2 });
      await el.drafts.settled();
      expect(store.drafts.get('svc:/page')!.files).to.deep.equal([]);
    } finally {
      gate.release();
    }
  });

  it('what the parent changed while the draft was loading wins over the draft; the rest is restored and saved together', async () => {
    const inner = new MemoryStore();
    await inner.save('svc:/page', { answers: { child: { name: 'Ерлан', iin: '200821501076' }, school: 'Their school' }, files: [], step: 'documents' });
    const store = new SlowStore(inner);
    const el = document.createElement('draft-host') as DraftHost;
    el.store = store;
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await el.updateComplete;
    // The drafts' code loads first (draft-shell.ts), then the draft is read.
    for (let i = 0; i < 200 && store.loads === 0; i++) await sleep(10);
    expect(store.loads).to.equal(1, 'the draft is being read');
    // The form is usable: the parent types and moves on before the draft arrives.
    el.type({ school: 'My school', child: { name: 'Ерлан' } });
    el.type({ school: 'My school', child: { name: 'Ерлан', extra: 'x' } });
    el.dispatchEvent(new CustomEvent('step-change', { detail: { step: 'second' }, bubbles: true, composed: true }));
    store.release();
    await el.drafts.ready;
    expect(el.restored).to.have.length(1);
    expect(el.answers).to.deep.equal({ child: { name: 'Ерлан', iin: '200821501076', extra: 'x' }, school: 'My school' });
    expect(el.restored[0].step, 'the parent moved: the draft does not move them back').to.equal(undefined);
    expect(el.drafts.restoredAt).to.not.equal(undefined);
    await el.drafts.settled();
    expect(inner.drafts.get('svc:/page')!.answers).to.deep.equal({ child: { name: 'Ерлан', iin: '200821501076', extra: 'x' }, school: 'My school' });
  });

  it('a draft that arrives with nothing changed meanwhile is restored as it was, step included', async () => {
    const inner = new MemoryStore();
    await inner.save('svc:/page', { answers: { school: 'Their school' }, files: [], step: 'documents' });
    const store = new SlowStore(inner);
    const el = document.createElement('draft-host') as DraftHost;
    el.store = store;
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    store.release();
    await el.drafts.ready;
    expect(el.answers).to.deep.equal({ school: 'Their school' });
    expect(el.restored[0].step).to.equal('documents');
  });

  for (const how of ['visibilitychange', 'pagehide'] as const) {
    it(`writes at once when the page is hidden (${how}), not after the debounce`, async () => {
      const store = new MemoryStore();
      const el = await host((h) => (h.store = store));
      el.draftOptions.debounceMs = 60_000;
      el.type({ name: 'Айгерім' });
      await sleep(0);
      expect(store.saves).to.equal(0, 'waiting for the debounce');
      if (how === 'visibilitychange') {
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
        try {
          document.dispatchEvent(new Event('visibilitychange'));
        } finally {
          delete (document as { visibilityState?: unknown }).visibilityState;
        }
      } else {
        window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      }
      await sleep(0);
      expect(store.saves).to.equal(1);
      expect(store.drafts.get('svc:/page')!.answers).to.deep.equal({ name: 'Айгерім' });
      expect(el.drafts.status).to.equal('saved');
    });
  }

  it('a visibilitychange to visible writes nothing early', async () => {
    const store = new MemoryStore();
    const el = await host((h) => (h.store = store));
    el.draftOptions.debounceMs = 60_000;
    el.type({ name: 'x' });
    document.dispatchEvent(new Event('visibilitychange'));
    await sleep(0);
    expect(store.saves).to.equal(0);
    await el.drafts.settled();
    expect(store.saves).to.equal(1);
  });

  it('two tabs of one draft key: when one signs, the other no longer saves the draft back', async () => {
    const store = new MemoryStore();
    await store.save('svc:/page', { answers: { a: 1 }, files: [] });
    const a = await host((h) => (h.store = store));
    const b = await host((h) => (h.store = store));
    expect(b.answers).to.deep.equal({ a: 1 });
    a.type({ a: 2 });
    await a.drafts.settled();
    a.dispatchEvent(new CustomEvent('signed-payload', { detail: {}, bubbles: true, composed: true }));
    // The other tab hears it (BroadcastChannel) and stops saving this application.
    for (let i = 0; i < 100 && b.drafts.status !== 'signed-elsewhere'; i++) await sleep(10);
    expect(b.drafts.status).to.equal('signed-elsewhere');
    expect(b.drafts.restoredAt).to.equal(undefined);
    expect(store.drafts.size).to.equal(0);
    b.type({ a: 3 });
    await b.drafts.settled();
    await sleep(60);
    expect(store.drafts.size).to.equal(0, 'the signed draft did not come back');
    // Start over in that tab is a new application: its drafts are saved again.
    await b.drafts.startOver();
    b.type({ fresh: true });
    await b.drafts.settled();
    expect(store.drafts.get('svc:/page')!.answers).to.deep.equal({ fresh: true });
  });

  it('a tab told of signing elsewhere while it puts restored files back keeps them on the form, and saves nothing', async () => {
    const store = new MemoryStore();
    const photo = await jpegFile(640, 480, 'birth.jpg', 4);
    await store.save('svc:/page', { answers: { a: 1 }, files: [{ doc: 'birth-certificate', file: photo }] });
    const gate = holdRestores();
    try {
      const b = await host((h) => {
        h.store = store;
        h.showUploader = true;
      });
      await b.updateComplete;
      expect(gate.restoring, 'the restore is under way').to.not.equal(undefined);
      const a = await host((h) => (h.store = store));
      a.dispatchEvent(new CustomEvent('signed-payload', { detail: {}, bubbles: true, composed: true }));
      for (let i = 0; i < 100 && b.drafts.status !== 'signed-elsewhere'; i++) await sleep(10);
      expect(b.drafts.status).to.equal('signed-elsewhere');
      gate.open();
      await gate.restoring;
      await sleep(0);
      const files = b.shadowRoot!.querySelector<DocUploader>('doc-uploader')!.files;
      expect(files).to.have.length(1, 'the form stays as it is');
      expect(await sha256Hex(files[0])).to.equal(await sha256Hex(photo));
      await b.drafts.settled();
      await sleep(60);
      expect(store.drafts.size).to.equal(0, 'the signed draft did not come back');
    } finally {
      gate.release();
    }
  });

  it('a tab that never had the draft keeps saving its own work when another tab signs', async () => {
    const store = new MemoryStore();
    const other = await host((h) => (h.store = store));
    const signer = await host((h) => (h.store = store));
    signer.type({ a: 1 });
    await signer.drafts.settled();
    signer.dispatchEvent(new CustomEvent('signed-payload', { detail: {}, bubbles: true, composed: true }));
    await sleep(60);
    expect(other.drafts.status).to.not.equal('signed-elsewhere');
  });
});
