// The built per-element entries (dist/<tag>.js, package exports "./<tag>"): each, alone on a page,
// defines its own tag and no other; "." defines all; only the page's language and no upload or
// signing code arrive until a form needs them. Runs against dist/ (npm test builds first).
import { expect } from '@open-wc/testing';
import { elementTags } from '../../src/define/tags.js';

const tags = elementTags;

type EntryWindow = Window & typeof globalThis & { entryLoaded: Promise<string> };

async function open(entry: string): Promise<{ frame: HTMLIFrameElement; win: EntryWindow }> {
  const frame = document.createElement('iframe');
  frame.src = `/test/define/entry-page.html?entry=${entry}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as EntryWindow;
  expect(await win.entryLoaded, `dist/${entry}.js`).to.equal('ok');
  return { frame, win };
}

/** Paths of the scripts the page fetched, relative to dist/. */
function fetched(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.startsWith('/dist/'))
    .map((p) => p.slice('/dist/'.length));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('per-element entries of the built kit', () => {
  for (const tag of tags) {
    it(`dist/${tag}.js alone defines <${tag}> and no other tag of the kit`, async () => {
      const { frame, win } = await open(tag);
      const defined = tags.filter((t) => win.customElements.get(t) !== undefined);
      expect(defined).to.deep.equal([tag]);
      frame.remove();
    });
  }

  it('dist/egov-forms.js (".") defines every tag', async () => {
    const { frame, win } = await open('egov-forms');
    expect(tags.filter((t) => win.customElements.get(t) === undefined)).to.deep.equal([]);
    frame.remove();
  });

  it('a form page loads the page language only, and no uploader or signing code until the parent starts', async () => {
    const { frame, win } = await open('school-enroll-form');
    const form = win.document.createElement('school-enroll-form') as HTMLElement & { updateComplete: Promise<boolean> };
    win.document.body.append(form);
    await form.updateComplete;
    await sleep(100);
    const before = fetched(win);
    expect(before.some((p) => /^chunks\/kk-/.test(p)), before.join(' ')).to.equal(true);
    expect(before.some((p) => /^chunks\/(ru|en)-/.test(p)), before.join(' ')).to.equal(false);
    expect(before.some((p) => /doc-uploader|sign-panel|compress/.test(p)), before.join(' ')).to.equal(false);
    expect(form.shadowRoot!.textContent).to.contain('Бала'); // Kazakh text on the first render

    // The parent focuses the first field: the documents' and signing code arrives.
    form.shadowRoot!.querySelector<HTMLInputElement>('input')!.focus();
    await form.updateComplete;
    expect(win.customElements.get('doc-uploader')).to.not.equal(undefined);
    expect(win.customElements.get('sign-panel')).to.not.equal(undefined);
    expect(win.customElements.get('doc-checklist')).to.not.equal(undefined);
    frame.remove();
  });

  it('switching an element to another language loads that catalogue then and renders in it', async () => {
    const { frame, win } = await open('doc-uploader');
    const uploader = win.document.createElement('doc-uploader') as HTMLElement & { updateComplete: Promise<boolean> };
    win.document.body.append(uploader);
    await uploader.updateComplete;
    const kk = uploader.shadowRoot!.textContent!;
    expect(fetched(win).some((p) => /^chunks\/ru-/.test(p))).to.equal(false);
    uploader.setAttribute('lang', 'ru');
    await uploader.updateComplete;
    expect(fetched(win).some((p) => /^chunks\/ru-/.test(p))).to.equal(true);
    const ru = uploader.shadowRoot!.textContent!;
    expect(ru).to.not.equal(kk);
    expect(ru).to.match(/[а-яё]/i);
    expect(ru).to.not.match(/[әғқңөұүһі]/i); // no Kazakh letters left
    frame.remove();
  });
});
