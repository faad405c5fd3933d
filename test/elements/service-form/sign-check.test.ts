// Signing as the form runs it (sign-check.ts): the checks before signing (window, every rule, the
// host's one-application check), the bytes signed (the payload built then), the signed application
// to the host with and without its `submit`, and focus where the parent should read next.
import { expect } from '@open-wc/testing';
import { SignCheck, type SignCheckOptions, type SigningCode } from '../../../src/elements/service-form/sign-check.js';
import { SubmissionController } from '../../../src/elements/service-form/submission-controller.js';
import { classifySubmitError } from '../../../src/elements/service-form/submit-errors.js';
import { buildPayload } from '../../../src/signing/payload.js';
import { canonicalJson, digestCanonical, utf8 } from '../../../src/signing/canonical.js';
import { SigningError } from '../../../src/signing/signer.js';
import { windowStatus } from '../../../src/rules/window.js';
import type { SummaryEntry } from '../../../src/elements/service-form/problems.js';
import type { SignedDetail } from '../../../src/signing/payload.js';

const code: SigningCode = { buildPayload, canonicalJson, digestCanonical, utf8, SigningError };
const now = () => new Date('2027-06-10T10:00:00Z');
const answers = { child: { iin: '200821501076', firstName: 'Aruzhan' }, schoolYear: 2027 };

function setup(over: Partial<SignCheckOptions> = {}, submit?: (d: SignedDetail) => Promise<{ reference: string }>) {
  const seen = { summaries: [] as SummaryEntry[][], focused: [] as string[], emitted: [] as SignedDetail[], summaryFocus: 0, updates: 0 };
  const host = { requestUpdate: () => seen.updates++, addController: () => {}, removeController: () => {}, updateComplete: Promise.resolve(true) };
  const submission = new SubmissionController(host, { submit: () => submit, now, classify: () => classifySubmitError });
  const check = new SignCheck(host, {
    window: () => undefined,
    windowText: (w) => `window:${w.code}`,
    problems: () => [],
    hasApplication: () => undefined,
    iin: () => '200821501076',
    t: (key) => `t:${key}`,
    showSummary: (source) => seen.summaries.push(source()),
    focusSummary: async () => void seen.summaryFocus++,
    code: async () => code,
    payload: () => ({ service: 'school-enrollment', locale: 'en', answers, now }),
    attachments: () => ({ attachments: [], files: [] }),
    submission,
    emit: (detail) => seen.emitted.push(detail),
    focus: (selector) => seen.focused.push(selector),
    ...over,
  });
  return { check, seen, submission };
}

const signature = { type: 'webcrypto', value: 'sig' } as unknown as SignedDetail['signature'];

describe('service-form/sign-check', () => {
  it('a closed window blocks, with its sentence, before anything else is asked', async () => {
    let asked = 0;
    const closed = windowStatus(now(), { opens: '04-01', closes: '05-31' }, 2027);
    const { check, seen } = setup({ window: () => closed, problems: () => [{ target: 'x', message: 'x' }], hasApplication: () => () => !!asked++ });
    expect(await check.check()).to.equal(false);
    expect(seen.summaries).to.deep.equal([[{ target: 'window', message: 'window:window-closed' }]]);
    expect(seen.summaryFocus).to.equal(1);
    expect(asked).to.equal(0);
  });

  it('any problem of the answers or documents blocks', async () => {
    const { check, seen } = setup({ problems: () => [{ target: 'uploader-child-photo', message: 'Attach' }] });
    expect(await check.check()).to.equal(false);
    expect(seen.summaries[0]).to.deep.equal([{ target: 'uploader-child-photo', message: 'Attach' }]);
  });

  it('the host\'s check: an earlier application, or no answer, blocks at the IIN; no earlier one passes', async () => {
    const applied = setup({ hasApplication: () => async () => true });
    expect(await applied.check.check()).to.equal(false);
    expect(applied.seen.summaries[0]).to.deep.equal([{ target: 'field-child-iin', message: 't:error.already-applied' }]);
    const down = setup({
      hasApplication: () => async () => {
        throw new Error('down');
      },
    });
    expect(await down.check.check()).to.equal(false);
    expect(down.seen.summaries[0][0].message).to.equal('t:error.application-check-failed');
    let iin = '';
    const fine = setup({ hasApplication: () => async (given) => ((iin = given), false) });
    expect(await fine.check.check()).to.equal(true);
    expect(iin).to.equal('200821501076');
  });

  it('the bytes to sign: the checks again, then the canonical payload; a failed check is a SigningError naming why', async () => {
    const { check } = setup();
    const bytes = await check.prepareBytes();
    const text = new TextDecoder().decode(bytes);
    expect(JSON.parse(text)).to.include({ service: 'school-enrollment', locale: 'en' });
    const blocked = setup({ hasApplication: () => async () => true }).check;
    let error: unknown;
    await blocked.prepareBytes().catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(SigningError);
    expect((error as SigningError).id).to.equal('already-applied');
  });

  it('without the host\'s submit: signed-payload, the signed view, focus on its title', async () => {
    const { check, seen } = setup();
    await check.onSigned(signature);
    expect(seen.emitted).to.have.length(0, 'nothing was prepared: a stray signed event is ignored');
    await check.prepareBytes();
    await check.onSigned(signature);
    expect(seen.emitted).to.have.length(1);
    expect(seen.emitted[0]).to.include({ service: 'school-enrollment', signature });
    expect(check.signed).to.equal(true);
    expect(check.receipt).to.equal(seen.emitted[0]);
    expect(seen.focused).to.deep.equal(['#receipt-title']);
  });

  it('with the host\'s submit: signed-payload, "Sending…" focused, then the receipt (or the failure) focused', async () => {
    const { check, seen, submission } = setup({}, async () => ({ reference: 'R-1' }));
    await check.prepareBytes();
    await check.onSigned(signature);
    expect(seen.emitted).to.have.length(1);
    expect(check.signed).to.equal(false, 'the receipt comes from the host');
    expect(submission.status).to.deep.equal({ status: 'received', reference: 'R-1' });
    expect(seen.focused).to.deep.equal(['[data-submission="sending"]', '#receipt-title']);
    const failing = setup({}, async () => {
      throw new TypeError('Failed to fetch');
    });
    await failing.check.prepareBytes();
    await failing.check.onSigned(signature);
    expect(failing.seen.focused.at(-1)).to.equal('#submit-error');
  });
});
