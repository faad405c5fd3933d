// The host's `submit` (submission-controller.ts): sending, received with the reference, failed with a
// code (classified by submit-errors.ts), retry with the same detail, reset, and the public status.
import { expect } from '@open-wc/testing';
import { SubmissionController, type SubmitCallback } from '../../../src/elements/service-form/submission-controller.js';
import { classifySubmitError } from '../../../src/elements/service-form/submit-errors.js';
import type { SignedDetail } from '../../../src/signing/payload.js';

const detail = { service: 'school-enrollment', canonical: '{}', digest: 'd' } as unknown as SignedDetail;
const host = () => ({ updates: 0, requestUpdate() { this.updates++; }, addController() {}, removeController() {}, updateComplete: Promise.resolve(true) });

function controller(submit: SubmitCallback | undefined) {
  let received = 0;
  const c = new SubmissionController(host(), {
    submit: () => submit,
    now: () => new Date('2027-06-10T10:00:00Z'),
    onReceived: () => received++,
    classify: () => classifySubmitError,
  });
  return { c, received: () => received };
}

describe('service-form/submission-controller', () => {
  it('without the host\'s submit: not enabled, sending does nothing', async () => {
    const { c } = controller(undefined);
    expect(c.enabled).to.equal(false);
    expect((await c.send(detail)).status).to.equal('idle');
    expect(c.status).to.deep.equal({ status: 'idle' });
  });

  it('sending, then received with the host\'s reference and message (trimmed); the draft is cleared then', async () => {
    let answer!: (r: { reference: string; message?: string }) => void;
    const { c, received } = controller(() => new Promise((r) => (answer = r)));
    const sending = c.send(detail);
    expect(c.status).to.deep.equal({ status: 'sending' });
    expect(c.busy).to.equal(true);
    expect((await c.send(detail)).status).to.equal('sending', 'a second send while one is on its way does nothing');
    answer({ reference: ' A-1 ', message: ' Thanks ' });
    const state = await sending;
    expect(state).to.include({ status: 'received', reference: 'A-1', message: 'Thanks' });
    expect(c.status).to.deep.equal({ status: 'received', reference: 'A-1' });
    expect(received()).to.equal(1);
  });

  it('no reference is no receipt; a failure keeps the detail for retry; reset forgets it', async () => {
    let calls = 0;
    const { c } = controller(async () => {
      calls++;
      if (calls === 1) return { reference: '' };
      if (calls === 2) throw new TypeError('Failed to fetch');
      return { reference: 'B-2' };
    });
    expect((await c.send(detail)).status).to.equal('failed');
    expect(c.status).to.deep.equal({ status: 'failed', code: 'submit-bad-answer' });
    await c.retry();
    expect(c.status).to.deep.equal({ status: 'failed', code: 'submit-offline' });
    const state = await c.retry();
    expect(state.status === 'received' && state.detail).to.equal(detail);
    c.reset();
    expect(c.status).to.deep.equal({ status: 'idle' });
  });
});
