// Drafts of <school-enroll-form> in the browser: a real page reload restores every answer and file
// (same SHA-256); expiry; cleared after signing; storage that refuses; two forms on one page.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/school-enroll-form.js';
import type { SchoolEnrollForm } from '../../src/elements/school-enroll-form/school-enroll-form.js';
import type { DocUploader } from '../../src/elements/doc-uploader/doc-uploader.js';
import { DraftStore, type DraftController, type DraftStoreLike } from '../../src/drafts/index.js';
import { sha256Hex } from '../../src/upload/digest.js';
import { attachMissing, sign, withParts } from '../support/form-driver.js';
import { expectAccessible } from '../support/a11y.js';
import { jpegFile, pdfFile } from '../fixtures/files.js';
import { FailingStore, MemoryStore, SlowStore, quotaFactory } from '../drafts/memory-store.js';
import { applyDraftState, draftStates } from '../../stories/drafts.stories.js';
import { locales, translate } from '../../src/i18n/localize.js';

type Form = SchoolEnrollForm;
const DAY = 86_400_000;
/** 10 June 2027, 15:00 in Kazakhstan: inside the default window. */
const IN_WINDOW = '2027-06-10T10:00:00Z';
const VALID_IIN = '200821501076';

const drafts = (form: Form) => (form as unknown as { drafts: DraftController }).drafts;
const root = (form: Form) => form.shadowRoot!;
const notice = (form: Form) => root(form).querySelector<HTMLElement>('[part="draft-status"]');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, get: () => T | undefined | null | false, ms = 20000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = get();
    if (value) return value;
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

async function settle(form: Form): Promise<void> {
  await form.updateComplete;
  await sleep(0);
  await form.updateComplete;
}

/** Types into a text field of the form as the browser reports typing (value, then `input`). */
async function typeInto(form: Form, path: string, text: string): Promise<void> {
  const input = root(form).querySelector<HTMLInputElement>(`#field-${path.replace(/\./g, '-')}`)!;
  expect(input, path).to.exist;
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.blur();
  await settle(form);
}

/** Picks files in a document's uploader through its real <input type=file>; waits until processed. */
async function attach(form: Form, doc: string, files: File[]): Promise<DocUploader> {
  await withParts(form);
  const uploader = root(form).querySelector<DocUploader>(`doc-uploader[doc="${doc}"]`)!;
  expect(uploader, doc).to.exist;
  const before = uploader.files.length;
  const input = uploader.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
  // The DataTransfer of the uploader's own window (the form may be in an iframe).
  const dt = new (input.ownerDocument.defaultView as typeof window).DataTransfer();
  for (const f of files) dt.items.add(f);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await until(`${doc} processed`, () => !uploader.busy && uploader.files.length >= before + files.length);
  await settle(form);
  return uploader;
}

/** What a parent would see restored: answers, step and every file's bytes and metadata, per document. */
async function snapshot(form: Form) {
  const files: Record<string, { name: string; type: string; size: number; sha256: string; original: unknown }[]> = {};
  for (const uploader of root(form).querySelectorAll<DocUploader>('doc-uploader')) {
    if (!uploader.files.length) continue;
    files[uploader.doc!] = await Promise.all(
      uploader.fileInfo.map(async (i) => ({
        name: i.file.name,
        type: i.file.type,
        size: i.file.size,
        sha256: await sha256Hex(new Uint8Array(await i.file.arrayBuffer())),
        original: i.original,
      })),
    );
  }
  return { answers: JSON.parse(JSON.stringify(form.answers)), step: form.currentStep, files };
}

// ---- pages in an iframe, reloaded by real navigation ---------------------------------------------

let frame: HTMLIFrameElement | undefined;

afterEach(() => {
  frame?.remove();
  frame = undefined;
});

/** Waits for the page's forms to be defined, rendered and done looking for their drafts. */
async function formsIn(win: Window, count: number): Promise<Form[]> {
  const forms = await until(`${count} forms`, () => {
    if (win.document.readyState !== 'complete') return undefined;
    const found = [...win.document.querySelectorAll('school-enroll-form')] as Form[];
    return found.length === count && found.every((f) => f.shadowRoot?.querySelector('[part="base"]')) ? found : undefined;
  });
  for (const form of forms) {
    await drafts(form).ready;
    await settle(form);
  }
  return forms;
}

async function openPage(query: Record<string, string>, count = 1): Promise<Form[]> {
  frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((r) => frame!.addEventListener('load', r, { once: true }));
  frame.src = `/test/drafts/form-page.html?${new URLSearchParams(query)}`;
  document.body.append(frame);
  await loaded;
  return formsIn(frame.contentWindow!, count);
}

/** Navigates the iframe for real (`location.reload()` or a new URL) and waits for the new page's forms. */
async function navigate(go: (win: Window) => void, count = 1): Promise<Form[]> {
  const old = frame!.contentWindow!.document;
  const loaded = new Promise((r) => frame!.addEventListener('load', r, { once: true }));
  go(frame!.contentWindow!);
  await loaded;
  expect(frame!.contentWindow!.document).to.not.equal(old, 'a new document was loaded');
  return formsIn(frame!.contentWindow!, count);
}

const uniqueKey = (name: string) => `${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

describe('drafts of a service form', () => {
  it('a reload by real navigation restores every answer and every file (same SHA-256), and the step', async () => {
    const key = uniqueKey('reload');
    // The drafts' clock is fixed (10 June 2027, 15:00 in Kazakhstan) so the notice's time is known.
    const [form] = await openPage({ keys: key, now: IN_WINDOW, clock: String(Date.parse(IN_WINDOW)) });
    expect(notice(form)).to.equal(null, 'nothing to say on a first visit');

    await typeInto(form, 'child.lastName', 'Сейтқали');
    await typeInto(form, 'child.firstName', 'Аружан');
    await typeInto(form, 'child.iin', VALID_IIN);
    await typeInto(form, 'school', 'School-lyceum No. 12, Astana');
    // Every document the checklist asks for gets files: photos (compressed by the kit) and a PDF.
    const uploaders = [...root(form).querySelectorAll<DocUploader>('doc-uploader')];
    expect(uploaders.length).to.be.greaterThan(1);
    let seed = 1;
    for (const uploader of uploaders) {
      const count = Number(uploader.getAttribute('max-files') ?? 1);
      const files = await Promise.all(Array.from({ length: count }, () => jpegFile(1200, 1600, `IMG_${seed}.jpg`, seed++)));
      await attach(form, uploader.doc!, files);
    }
    await form.goTo(form.steps.findIndex((s) => s.id === 'documents'));
    await drafts(form).settled();
    expect(drafts(form).status).to.equal('saved');
    const before = await snapshot(form);
    expect(Object.keys(before.files).length).to.equal(uploaders.length);

    const [after] = await navigate((win) => win.location.reload());
    expect(after).to.not.equal(form);
    await until('files restored', () => {
      const ups = [...root(after).querySelectorAll<DocUploader>('doc-uploader')];
      return ups.length === uploaders.length && ups.every((u) => u.files.length === before.files[u.doc!].length);
    });
    await settle(after);
    expect(await snapshot(after)).to.deep.equal(before);
    // The checklist counts the restored files.
    const states = [...root(after).querySelectorAll<HTMLElement>('[part="checklist-item"]')].map((li) => li.dataset.state);
    expect(states).to.not.include('missing');

    const shown = notice(after)!;
    expect(shown.dataset.status).to.equal('restored');
    expect(shown.textContent!.replace(/\s+/g, ' ')).to.contain('Draft restored from June 10 at 03:00 PM.');
    // (axe runs on the restored notice below, in this page: it cannot reach into another window.)
  });

  it('a draft older than `draft-ttl` days is not restored (real clock moved by navigation)', async () => {
    const key = uniqueKey('ttl');
    const t0 = Date.UTC(2027, 5, 10, 10);
    const [form] = await openPage({ keys: key, now: IN_WINDOW, clock: String(t0), ttl: '2' });
    await typeInto(form, 'child.firstName', 'Аружан');
    await drafts(form).settled();

    const within = (clock: number) => `/test/drafts/form-page.html?${new URLSearchParams({ keys: key, now: IN_WINDOW, clock: String(clock), ttl: '2' })}`;
    let [again] = await navigate((win) => win.location.replace(within(t0 + 2 * DAY - 60_000)));
    expect((again.answers as { child: { firstName?: string } }).child.firstName).to.equal('Аружан');

    // The restore did not push the expiry back; two days after the save it is gone.
    [again] = await navigate((win) => win.location.replace(within(t0 + 2 * DAY)));
    expect((again.answers as { child: { firstName?: string } }).child.firstName).to.equal(undefined);
    expect(notice(again)).to.equal(null);
  });

  it('seven days by default', async () => {
    const key = uniqueKey('default-ttl');
    const t0 = Date.UTC(2027, 5, 10, 10);
    const url = (clock: number) => `/test/drafts/form-page.html?${new URLSearchParams({ keys: key, now: IN_WINDOW, clock: String(clock) })}`;
    const [form] = await openPage({ keys: key, now: IN_WINDOW, clock: String(t0) });
    await typeInto(form, 'child.firstName', 'Аружан');
    await drafts(form).settled();
    let [again] = await navigate((win) => win.location.replace(url(t0 + 7 * DAY - 60_000)));
    expect(notice(again)?.dataset.status).to.equal('restored');
    [again] = await navigate((win) => win.location.replace(url(t0 + 7 * DAY + 60_000)));
    expect(notice(again)).to.equal(null);
  });

  it('"Start over" on a restored draft, then a reload: nothing comes back and nothing is said', async () => {
    const key = uniqueKey('start-over');
    const [form] = await openPage({ keys: key, now: IN_WINDOW });
    await typeInto(form, 'child.firstName', 'Аружан');
    await attach(form, 'birth-certificate', [await jpegFile(600, 800, 'birth.jpg', 7)]);
    await attach(form, 'health-063', [pdfFile('vaccines.pdf', 30_000)]);
    await form.goTo(form.steps.findIndex((s) => s.id === 'documents'));
    await drafts(form).settled();

    const [restored] = await navigate((win) => win.location.reload());
    expect(notice(restored)?.dataset.status).to.equal('restored');
    // At once, while the restored files may still be going back into their uploaders.
    root(restored).querySelector<HTMLButtonElement>('[data-start-over]')!.click();
    await until('form emptied', () => drafts(restored).restoredAt === undefined && restored.currentStep !== 'documents');
    // Past the debounce: whatever the reset itself announced (the step change) was not written.
    await drafts(restored).settled();
    await until('uploaders empty', () => [...root(restored).querySelectorAll<DocUploader>('doc-uploader')].every((u) => !u.files.length && !u.busy));
    await drafts(restored).settled();

    const [after] = await navigate((win) => win.location.reload());
    expect(notice(after)).to.equal(null, 'no "Draft restored" over an empty form');
    expect((after.answers as { child: { firstName?: string } }).child.firstName).to.equal(undefined);
    expect(after.currentStep).to.equal(after.steps[0].id);
    await sleep(100);
    // Nothing to put back, so the uploaders' code has not even loaded; once it has, they are empty.
    await withParts(after);
    for (const u of root(after).querySelectorAll<DocUploader>('doc-uploader')) expect(u.files, u.doc!).to.have.length(0);

    // The parent's next real change starts a new draft.
    await typeInto(after, 'child.firstName', 'Ерлан');
    await drafts(after).settled();
    const [again] = await navigate((win) => win.location.reload());
    expect(notice(again)?.dataset.status).to.equal('restored');
    expect((again.answers as { child: { firstName?: string } }).child.firstName).to.equal('Ерлан');
  });

  it('a file removed in the uploader after a save is gone from the draft (real reload)', async () => {
    const key = uniqueKey('remove');
    const [form] = await openPage({ keys: key, now: IN_WINDOW });
    await attach(form, 'birth-certificate', [pdfFile('birth.pdf', 30_000)]);
    await attach(form, 'health-063', [pdfFile('vaccines.pdf', 20_000)]);
    await drafts(form).settled();
    expect(drafts(form).status).to.equal('saved');

    const uploader = root(form).querySelector<DocUploader>('doc-uploader[doc="birth-certificate"]')!;
    uploader.shadowRoot!.querySelector<HTMLButtonElement>('[part="remove-button"]')!.click();
    await settle(form);
    expect(uploader.files).to.have.length(0);
    await drafts(form).settled();

    const [after] = await navigate((win) => win.location.reload());
    await until('vaccines.pdf restored', () => root(after).querySelector<DocUploader>('doc-uploader[doc="health-063"]')?.files.length);
    await settle(after);
    expect(root(after).querySelector<DocUploader>('doc-uploader[doc="birth-certificate"]')!.files).to.have.length(0);
    expect(root(after).querySelector<DocUploader>('doc-uploader[doc="health-063"]')!.files.map((f) => f.name)).to.deep.equal(['vaccines.pdf']);
    expect(notice(after)!.querySelector('[data-draft-reattach]'), 'a removed file is not one to attach again').to.equal(null);
  });

  it('two forms on one page keep separate drafts', async () => {
    const a = uniqueKey('first');
    const b = uniqueKey('second');
    const [one, two] = await openPage({ keys: `${a},${b}`, now: IN_WINDOW }, 2);
    await typeInto(one, 'child.firstName', 'Аружан');
    await typeInto(two, 'child.firstName', 'Ерлан');
    await attach(two, 'birth-certificate', [pdfFile('birth.pdf', 40_000)]);
    await drafts(one).settled();
    await drafts(two).settled();

    const [oneAfter, twoAfter] = await navigate((win) => win.location.reload(), 2);
    expect(oneAfter.id).to.equal(`form-${a}`);
    expect((oneAfter.answers as { child: { firstName: string } }).child.firstName).to.equal('Аружан');
    expect((twoAfter.answers as { child: { firstName: string } }).child.firstName).to.equal('Ерлан');
    const up = await until('second form file', () => {
      const u = root(twoAfter).querySelector<DocUploader>('doc-uploader[doc="birth-certificate"]');
      return u?.files.length ? u : undefined;
    });
    expect(up.files.map((f) => f.name)).to.deep.equal(['birth.pdf']);
    await withParts(oneAfter); // its uploaders come with its later steps, on its own first focus
    expect(root(oneAfter).querySelector<DocUploader>('doc-uploader[doc="birth-certificate"]')!.files).to.have.length(0);
  });
});

// ---- forms in this page, each with its own database ----------------------------------------------

let dbs: string[] = [];
afterEach(async () => {
  for (const name of dbs) {
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = request.onerror = request.onblocked = resolve;
    });
  }
  dbs = [];
});

function freshStore(options: { indexedDB?: IDBFactory } = {}): DraftStore {
  const dbName = uniqueKey('db');
  dbs.push(dbName);
  return new DraftStore({ dbName, ...options });
}

async function formWith(store: DraftStoreLike | undefined, attrs: Record<string, string> = {}): Promise<Form> {
  const el = document.createElement('school-enroll-form');
  el.setAttribute('lang', 'en');
  el.setAttribute('school-year', '2027');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.now = () => new Date(IN_WINDOW);
  el.draftStore = store;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await drafts(el).ready;
  await settle(el);
  return el;
}

const completeAnswers = {
  child: { lastName: 'Seitkali', firstName: 'Aruzhan', iin: VALID_IIN, birthDate: '2020-08-21' },
  school: 'School No. 5',
  residency: 'citizen',
  statuses: [],
  specialNeeds: false,
  homeEducation: false,
  bornAbroad: false,
  schoolYear: 2027,
};

describe('drafts of a service form, storage and signing', () => {
  it('is deleted once the application is signed (`signed-payload`)', async () => {
    const store = freshStore();
    const el = await formWith(store);
    el.answers = structuredClone(completeAnswers);
    await typeInto(el, 'child.firstName', 'Aruzhan');
    await attachMissing(el);
    await drafts(el).settled();
    const key = `school-enrollment:${location.pathname}`;
    expect(await store.load(key)).to.not.equal(null);

    await el.goTo(el.steps.findIndex((s) => s.id === 'sign'));
    const detail = await sign(el);
    expect(detail.payload.documents.length).to.be.greaterThan(0);
    await drafts(el).settled();
    await sleep(50);
    expect(await store.load(key)).to.equal(null);
    // A form opened afterwards starts empty.
    const next = await formWith(store);
    expect((next.answers as { child: { firstName?: string } }).child.firstName).to.equal(undefined);
    expect(notice(next)).to.equal(null);
  });

  for (const code of ['unavailable', 'quota'] as const) {
    it(`storage that refuses (${code}): the form keeps working and says drafts are off`, async () => {
      const el = await formWith(new FailingStore(code));
      const shown = notice(el)!;
      expect(shown.dataset.status).to.equal('off');
      expect(shown.textContent).to.contain('Drafts are off on this device');
      expect(shown.textContent).to.contain(code === 'quota' ? 'storage is full' : 'private browsing');
      await typeInto(el, 'child.firstName', 'Aruzhan');
      await attach(el, 'birth-certificate', [await jpegFile(800, 600, 'birth.jpg')]);
      expect((el.answers as { child: { firstName: string } }).child.firstName).to.equal('Aruzhan');
      expect(root(el).querySelector<DocUploader>('doc-uploader[doc="birth-certificate"]')!.files).to.have.length(1);
      await expectAccessible(el);
    });
  }

  it('a save that fails because IndexedDB itself is missing says drafts are off too', async () => {
    const broken = { open: () => { throw new DOMException('no', 'InvalidStateError'); } } as unknown as IDBFactory;
    const el = await formWith(new DraftStore({ dbName: uniqueKey('x'), indexedDB: broken }));
    expect(notice(el)!.dataset.status).to.equal('off');
  });

  it('files that could not be stored (full disk) are listed for re-attaching, also after a reload', async () => {
    const store = freshStore({ indexedDB: quotaFactory(150_000) });
    const el = await formWith(store);
    await typeInto(el, 'child.firstName', 'Aruzhan');
    await attach(el, 'birth-certificate', [await jpegFile(300, 400, 'small.jpg')]);
    await attach(el, 'health-063', [pdfFile('vaccines.pdf', 400_000)]);
    await drafts(el).settled();
    const bigDoc = 'health-063';
    expect(drafts(el).unsavedFiles).to.deep.equal([{ doc: bigDoc, name: 'vaccines.pdf' }]);
    expect(notice(el)!.querySelector('[data-draft-reattach]')!.textContent).to.contain('vaccines.pdf');

    // Another form on the same store, as after a reload: the small photo is back, the PDF is listed.
    el.remove();
    const again = await formWith(store);
    const listed = notice(again)!.querySelector('[data-draft-reattach]')!;
    expect(listed.textContent).to.contain('vaccines.pdf');
    await until('small.jpg restored', () => root(again).querySelector<DocUploader>('doc-uploader[doc="birth-certificate"]')?.files.length);
    await expectAccessible(again);

    // Attaching to that document again takes it off the list.
    await attach(again, bigDoc, [pdfFile('vaccines-again.pdf', 20_000)]);
    expect(notice(again)?.querySelector('[data-draft-reattach]') ?? null).to.equal(null);
  });

  it('`no-draft`: nothing is read or written and nothing is said', async () => {
    const store = new FailingStore();
    const el = await formWith(store, { 'no-draft': '' });
    await typeInto(el, 'child.firstName', 'Aruzhan');
    await sleep(700);
    expect(store.calls).to.equal(0);
    expect(notice(el)).to.equal(null);
  });

  it('"Start over" empties the form and deletes the draft', async () => {
    const store = freshStore();
    const first = await formWith(store);
    await typeInto(first, 'child.firstName', 'Aruzhan');
    await attach(first, 'birth-certificate', [await jpegFile(300, 400, 'birth.jpg')]);
    await drafts(first).settled();
    first.remove();

    const el = await formWith(store);
    await until('restored file', () => root(el).querySelector<DocUploader>('doc-uploader[doc="birth-certificate"]')?.files.length);
    root(el).querySelector<HTMLButtonElement>('[data-start-over]')!.click();
    await until('form emptied', () => drafts(el).restoredAt === undefined && !(el.answers as { child: { firstName?: string } }).child.firstName);
    await settle(el);
    expect((el.answers as { child: { firstName?: string } }).child.firstName).to.equal(undefined);
    expect(root(el).querySelector<DocUploader>('doc-uploader[doc="birth-certificate"]')!.files).to.have.length(0);
    expect(notice(el)).to.equal(null);
    // After anything that was waiting (the reset's own step change included) would have been written.
    await drafts(el).settled();
    expect(await store.load(`school-enrollment:${location.pathname}`)).to.equal(null);
  });

  it('written at once when the page is hidden, before the debounce', async () => {
    const store = new MemoryStore();
    const el = await formWith(store);
    const key = `school-enrollment:${location.pathname}`;
    await typeInto(el, 'child.firstName', 'Aruzhan');
    expect(store.drafts.has(key)).to.equal(false, 'the debounce is still running');
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    // Synchronously on the event: no timer had a chance to run.
    expect((store.drafts.get(key)?.answers as { child?: { firstName?: string } } | undefined)?.child?.firstName).to.equal('Aruzhan');
    await typeInto(el, 'child.lastName', 'Seitkali');
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    expect((store.drafts.get(key)!.answers as { child: { lastName?: string } }).child.lastName).to.equal('Seitkali');
    await drafts(el).settled();
  });

  it('typing while the draft is still being read: what was typed stays, the rest of the draft comes back, both are saved', async () => {
    const key = `school-enrollment:${location.pathname}`;
    const inner = new MemoryStore();
    await inner.save(key, { answers: structuredClone(completeAnswers), files: [], step: 'child' });
    const store = new SlowStore(inner);
    const el = document.createElement('school-enroll-form');
    el.setAttribute('lang', 'en');
    el.setAttribute('school-year', '2027');
    el.now = () => new Date(IN_WINDOW);
    el.draftStore = store;
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await settle(el);
    // The drafts' code loads first (draft-shell.ts), then the draft is read.
    await until('the draft is being read', () => store.loads === 1);
    expect(drafts(el).status).to.equal('loading');
    // The form is usable meanwhile: the parent types a name.
    await typeInto(el, 'child.firstName', 'Aigerim');
    store.release();
    await drafts(el).ready;
    await settle(el);
    const answers = el.answers as typeof completeAnswers;
    expect(answers.child.firstName).to.equal('Aigerim', 'typed before the draft arrived');
    expect(answers.child.lastName).to.equal('Seitkali', 'from the draft');
    expect(answers.school).to.equal('School No. 5', 'from the draft');
    expect(root(el).querySelector<HTMLInputElement>('#field-child-firstName')!.value).to.equal('Aigerim');
    expect(notice(el)?.dataset.status).to.equal('restored');
    await drafts(el).settled();
    const saved = inner.drafts.get(key)!.answers as typeof completeAnswers;
    expect(saved.child.firstName).to.equal('Aigerim');
    expect(saved.child.lastName).to.equal('Seitkali');
  });

  it('two tabs of one draft key (two stores, one database): stale cached files are written again; a signing in one stops the other', async () => {
    const dbName = uniqueKey('db');
    dbs.push(dbName);
    const storeA = new DraftStore({ dbName });
    const storeB = new DraftStore({ dbName });
    const reader = () => new DraftStore({ dbName });
    const draftKeyAttr = uniqueKey('tabs');
    const key = `school-enrollment:${draftKeyAttr}`;
    try {
      const a = await formWith(storeA, { 'draft-key': draftKeyAttr });
      a.answers = structuredClone(completeAnswers);
      await typeInto(a, 'child.firstName', 'Aruzhan');
      await attachMissing(a);
      await drafts(a).settled();

      // The second tab opens the draft, files and all.
      const b = await formWith(storeB, { 'draft-key': draftKeyAttr });
      expect(notice(b)?.dataset.status).to.equal('restored');
      await until('files restored in the second tab', () => root(b).querySelector<DocUploader>('doc-uploader[doc="birth-certificate"]')?.files.length);

      // The first tab attaches one more; the second, not knowing it, saves its own list (its bytes go).
      await attach(a, 'health-063', [pdfFile('vaccines.pdf', 25_000)]);
      await drafts(a).settled();
      await typeInto(b, 'child.lastName', 'Seitkali-B');
      await drafts(b).settled();
      // The first tab saves again: its cache believed vaccines.pdf stored; it is checked and written again.
      await typeInto(a, 'child.lastName', 'Seitkali-A');
      await drafts(a).settled();
      let r = reader();
      const draft = (await r.load(key))!;
      await r.close();
      expect(draft.missing).to.deep.equal([]);
      expect(draft.files.find((f) => f.doc === 'health-063')?.file.name).to.equal('vaccines.pdf');
      expect((draft.answers as typeof completeAnswers).child.lastName).to.equal('Seitkali-A');

      // The first tab signs; the second hears it and does not bring the draft back.
      await a.goTo(a.steps.findIndex((s) => s.id === 'sign'));
      await sign(a);
      await drafts(a).settled();
      await until('second tab told', () => drafts(b).status === 'signed-elsewhere');
      await b.updateComplete;
      // The second tab says why it keeps no draft now, and offers a new start.
      expect(notice(b)?.dataset.status).to.equal('signed-elsewhere');
      expect(notice(b)?.textContent).to.contain(translate('en', 'drafts.signedElsewhere'));
      expect(notice(b)?.querySelector('[data-start-over]'), 'a start-over button').to.not.equal(null);
      await typeInto(b, 'child.lastName', 'Seitkali-late');
      await drafts(b).settled();
      await sleep(50);
      r = reader();
      expect(await r.load(key)).to.equal(null);
      await r.close();
    } finally {
      await storeA.close();
      await storeB.close();
    }
  });
});

describe('draft notice states (the stories), in kk, ru and en', () => {
  for (const [name, state] of Object.entries(draftStates)) {
    for (const lang of locales) {
      it(`${name} (${lang}) is accessible and fully translated`, async () => {
        const el = document.createElement('school-enroll-form');
        el.setAttribute('lang', lang);
        el.setAttribute('school-year', '2027');
        applyDraftState(el, state);
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        wrapper.append(el);
        await drafts(el).ready;
        await settle(el);
        const expected = 'fails' in state ? 'off' : 'signedElsewhere' in state ? 'signed-elsewhere' : 'restored';
        if (expected === 'signed-elsewhere') await until('told by the other tab', () => drafts(el).status === 'signed-elsewhere');
        await settle(el);
        const shown = notice(el)!;
        expect(shown, name).to.exist;
        expect(shown.dataset.status).to.equal(expected);
        if (expected === 'signed-elsewhere') expect(shown.textContent).to.contain(translate(lang, 'drafts.signedElsewhere'));
        if (name === 'reattach') expect(shown.querySelectorAll('[data-draft-reattach] li')).to.have.length(2);
        // Kazakh spells the month out (Chromium's kk data would print "M06"): 09:12 UTC is 14:12 in Kazakhstan.
        if (lang === 'kk' && expected === 'restored') {
          expect(shown.textContent).to.contain('10 маусым, 14:12');
          expect(shown.textContent).to.not.match(/\bM\d/);
        }
        expect(shown.textContent).to.not.match(/\bdrafts\.[a-z]|\{\w+\}|undefined|Invalid Date/);
        if (expected === 'restored') {
          await until('restored file', () => root(el).querySelector<DocUploader>('doc-uploader[doc="birth-certificate"]')?.files.length);
          expect(el.currentStep).to.equal('documents');
        }
        await expectAccessible(el);
      });
    }
  }
});
