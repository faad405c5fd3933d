// The uploader's live-region controller: throttled, queued messages first, each note once while it holds.
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Announcer, type Announcement } from '../../../src/elements/doc-uploader/announcer.js';

function host(): ReactiveControllerHost & { updates: number } {
  const h = {
    updates: 0,
    addController(_c: ReactiveController) {},
    removeController() {},
    requestUpdate() {
      h.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  return h;
}

describe('doc-uploader/Announcer', () => {
  it('says queued messages, the status, and a note once while it holds', async () => {
    let state: Announcement = { status: ['1 of 2 ready.'], notes: [{ id: 'over', holds: true, text: () => 'Over.' }] };
    const h = host();
    const a = new Announcer(h, () => state, 0);
    a.queue('a.pdf removed.');
    a.announce();
    expect(a.text).to.equal('a.pdf removed. 1 of 2 ready. Over.');
    a.announce();
    expect(a.text).to.equal('1 of 2 ready.');
    state = { status: ['2 ready.'], notes: [{ id: 'over', holds: false, text: () => 'Over.' }] };
    a.announce();
    state = { status: ['2 ready.'], notes: [{ id: 'over', holds: true, text: () => 'Over.' }] };
    a.announce();
    expect(a.text).to.equal('2 ready. Over.');
    expect(h.updates).to.equal(4);
  });

  it('throttles: a second call within the interval is said once, later', async () => {
    const a = new Announcer(host(), () => ({ status: [String(Date.now())], notes: [] }), 100);
    a.announce();
    const first = a.text;
    a.announce();
    a.announce();
    expect(a.text).to.equal(first);
    await new Promise((r) => setTimeout(r, 150));
    expect(a.text).to.not.equal(first);
    a.hostDisconnected();
  });
});
