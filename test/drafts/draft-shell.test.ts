// The drafts' shell (draft-shell.ts) on its own: what it decides before any draft code loads (drafts
// off, a first visit, a draft that may exist, the host's own store), the form's events it keeps and
// hands over in order, and a failure to load the drafts' code. The engine here is a recording fake;
// the drafts' real work is tested in draft-parts.test.ts and test/elements/drafts.test.ts.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { DraftController, type DraftControllerOptions } from '../../src/drafts/draft-shell.js';
import type { Attachments } from '../../src/attachments/attachments.js';
import { MemoryStore } from './memory-store.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What the shell did with the engine it made. */
interface Calls {
  made: number;
  load: { seen: unknown; early: string[] }[];
  empty: number;
  handled: string[];
  cleared: string[];
  settled: number;
}

function fakeParts(calls: Calls) {
  class FakeEngine {
    status = 'idle';
    error = undefined;
    restoredAt = undefined;
    savedAt = undefined;
    unsavedFiles = [];
    constructor() {
      calls.made++;
    }
    async load(seen: unknown, early: Event[]) {
      this.status = 'loading';
      calls.load.push({ seen, early: early.map((e) => e.type) });
      this.status = 'idle';
    }
    startEmpty() {
      calls.empty++;
    }
    handle(event: Event) {
      calls.handled.push(event.type);
    }
    async settled() {
      calls.settled++;
    }
    async clear(reason: string) {
      calls.cleared.push(reason);
    }
    async startOver() {}
    schedule() {}
    async flush() {}
    connected() {}
    disconnected() {}
  }
  return { DraftEngine: FakeEngine } as unknown as typeof import('../../src/drafts/draft-parts.js');
}

/** An attachments model as far as the shell uses it: its `change` events, waiting restores, dropped restores. */
class FakeModel extends EventTarget {
  waiting = false;
  dropped = 0;
  dropRestores() {
    this.dropped++;
  }
}

class ShellHost extends LitElement {
  answers: Record<string, unknown> = { a: 1 };
  readonly model = new FakeModel();
  calls: Calls = { made: 0, load: [], empty: 0, handled: [], cleared: [], settled: 0 };
  parts = 0;
  gate: Promise<void> = Promise.resolve();
  failParts = false;
  may = false;
  mayAsked = 0;
  off = false;
  ownStore: MemoryStore | undefined;
  readonly options: DraftControllerOptions = {
    key: () => 'svc:/shell',
    enabled: () => !this.off,
    store: () => this.ownStore,
    getAnswers: () => this.answers,
    restore: () => {},
    attachments: () => this.model as unknown as Attachments,
    loadParts: async () => {
      this.parts++;
      await this.gate;
      if (this.failParts) throw new TypeError('Failed to fetch dynamically imported module');
      return fakeParts(this.calls);
    },
    mayHaveDrafts: async () => {
      this.mayAsked++;
      return this.may;
    },
  };
  drafts!: DraftController;
  change(type = 'answers-change') {
    this.dispatchEvent(new CustomEvent(type, { detail: {}, bubbles: true, composed: true }));
  }
}
customElements.define('draft-shell-host', ShellHost);

async function host(setup: (h: ShellHost) => void = () => {}): Promise<ShellHost> {
  const el = document.createElement('draft-shell-host') as ShellHost;
  setup(el);
  el.drafts = new DraftController(el, el.options);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  return el;
}

describe('drafts/draft-shell', () => {
  it('drafts off: loads nothing, follows nothing, and start over still empties the form', async () => {
    const el = await host((h) => (h.off = true));
    await el.drafts.ready;
    expect(el.drafts.status).to.equal('off');
    el.change();
    await el.drafts.settled();
    expect(el.parts).to.equal(0);
    expect(el.mayAsked).to.equal(0);
    await el.drafts.clear('signed');
    expect(el.model.dropped).to.equal(1);
    expect(el.parts).to.equal(0);
  });

  it('a first visit (no drafts database): no drafts code until the parent changes something, then an empty engine gets the change', async () => {
    const el = await host();
    await el.drafts.ready;
    expect(el.mayAsked).to.equal(1);
    expect(el.drafts.status).to.equal('idle');
    expect(el.parts).to.equal(0, 'nothing loaded on a first visit');
    // Progress of an uploader is no change; a hidden page has nothing to write.
    el.model.dispatchEvent(new CustomEvent('change', { detail: { doc: 'a', files: false } }));
    document.dispatchEvent(new Event('visibilitychange'));
    await sleep(10);
    expect(el.parts).to.equal(0);
    el.change('answers-change');
    el.change('step-change');
    await el.drafts.settled();
    expect(el.parts).to.equal(1);
    expect(el.calls.empty).to.equal(1);
    expect(el.calls.load).to.have.length(0, 'nothing to look for');
    expect(el.calls.handled).to.deep.equal(['answers-change', 'step-change']);
    expect(el.calls.settled).to.equal(1);
    // From now on the engine takes the events as they come.
    el.model.dispatchEvent(new CustomEvent('change', { detail: { doc: 'a', files: true } }));
    expect(el.calls.handled).to.deep.equal(['answers-change', 'step-change', 'change']);
  });

  it('a draft may exist: the engine loads it, given the answers as they were when the shell looked and every event since, in order', async () => {
    let open!: () => void;
    const el = await host((h) => {
      h.may = true;
      h.gate = new Promise((r) => (open = r));
    });
    await el.updateComplete;
    await sleep(0);
    expect(el.parts).to.equal(1);
    expect(el.drafts.status).to.equal('loading');
    const seen = structuredClone(el.answers);
    el.answers = { a: 2 };
    el.change('answers-change');
    el.change('step-change');
    open();
    await el.drafts.ready;
    expect(el.calls.load).to.deep.equal([{ seen, early: ['answers-change', 'step-change'] }]);
    expect(el.calls.empty).to.equal(0);
  });

  it('the host\'s own store may hold a draft whatever the browser lists: the engine loads at once', async () => {
    const el = await host((h) => (h.ownStore = new MemoryStore()));
    await el.drafts.ready;
    expect(el.mayAsked).to.equal(0);
    expect(el.parts).to.equal(1);
    expect(el.calls.load).to.have.length(1);
  });

  it('the drafts\' code cannot be had: drafts unavailable (the notice says so), the form goes on', async () => {
    const el = await host((h) => {
      h.may = true;
      h.failParts = true;
    });
    await el.drafts.ready;
    expect(el.drafts.status).to.equal('unavailable');
    expect(el.drafts.error).to.equal('unavailable');
    el.change();
    await el.drafts.settled();
    expect(el.parts).to.equal(1, 'not tried again at each change');
  });

  it('start over and clear on a first visit wake the engine to do them (they tell the other tabs)', async () => {
    const el = await host();
    await el.drafts.ready;
    await el.drafts.clear('reset');
    expect(el.parts).to.equal(1);
    expect(el.calls.empty).to.equal(1);
    expect(el.calls.cleared).to.deep.equal(['reset']);
  });

  it('waitingFiles is the model\'s: restored files wait for their uploaders', async () => {
    const el = await host();
    expect(el.drafts.waitingFiles).to.equal(false);
    el.model.waiting = true;
    expect(el.drafts.waitingFiles).to.equal(true);
  });
});
