// SmsCodeSigner: the host's requestCode/confirmCode, cooldown, attempts, code format.
import { expect } from '@open-wc/testing';
import { base64url, isValidSmsCode, sha256, SigningError, SmsCodeSigner, utf8, type SmsContext } from '../../src/signing/index.js';

/** A host back end double: records calls; the right code is 123456. */
function host(overrides: Partial<{ requestFails: boolean; cooldownSeconds: number; codeLength: number; right: string }> = {}) {
  const calls = { request: [] as SmsContext[], confirm: [] as string[] };
  let clock = 1_000_000;
  const signer = new SmsCodeSigner({
    now: () => clock,
    cooldownSeconds: 60,
    attempts: 3,
    ...(overrides.codeLength !== undefined ? { codeLength: overrides.codeLength } : {}),
    async requestCode(context) {
      calls.request.push(context);
      if (overrides.requestFails) throw new Error('gateway down');
      return overrides.cooldownSeconds !== undefined ? { cooldownSeconds: overrides.cooldownSeconds } : undefined;
    },
    async confirmCode(code) {
      calls.confirm.push(code);
      return code === (overrides.right ?? '123456') ? 'token-from-host' : false;
    },
  });
  return { signer, calls, tick: (seconds: number) => (clock += seconds * 1000) };
}

/** Resolves once the signer reaches a phase. */
function phase(signer: SmsCodeSigner, wanted: string): Promise<void> {
  return new Promise((resolve) => {
    if (signer.state.phase === wanted) return resolve();
    const listener = () => {
      if (signer.state.phase === wanted) {
        signer.removeEventListener('change', listener);
        resolve();
      }
    };
    signer.addEventListener('change', listener);
  });
}

const bytes = utf8('{"a":1}');

describe('isValidSmsCode', () => {
  it('accepts exactly six ASCII digits', () => {
    expect(isValidSmsCode('012345')).to.equal(true);
    for (const bad of ['12345', '1234567', '12345a', '', ' 123456', '١٢٣٤٥٦', '12 345']) expect(isValidSmsCode(bad), bad).to.equal(false);
  });

  it('accepts exactly `length` digits when given one', () => {
    expect(isValidSmsCode('1234', 4)).to.equal(true);
    expect(isValidSmsCode('12345678', 8)).to.equal(true);
    for (const bad of ['123', '12345', '12a4', '']) expect(isValidSmsCode(bad, 4), bad).to.equal(false);
    expect(isValidSmsCode('123456', 4)).to.equal(false);
  });
});

describe('SmsCodeSigner codeLength', () => {
  it('defaults to 6 and refuses lengths outside 4–10', () => {
    expect(host().signer.codeLength).to.equal(6);
    expect(host({ codeLength: 4 }).signer.codeLength).to.equal(4);
    for (const bad of [3, 11, 4.5, Number.NaN]) expect(() => host({ codeLength: bad }), String(bad)).to.throw(RangeError);
  });

  it('a four-digit signer takes four digits and refuses six as malformed, costing no attempt', async () => {
    const { signer, calls } = host({ codeLength: 4, right: '4321' });
    const signing = signer.sign(bytes);
    await phase(signer, 'awaiting-code');
    expect(signer.state.codeLength).to.equal(4);
    expect(await signer.submitCode('123456')).to.equal(false);
    expect(signer.state).to.deep.include({ attemptsLeft: 3, error: 'sms-code-format' });
    expect(calls.confirm).to.deep.equal([]);
    expect(await signer.submitCode('4321')).to.equal(true);
    expect((await signing).value).to.equal('token-from-host');
  });
});

describe('SmsCodeSigner', () => {
  it('asks the host for a code bound to the digest, then returns the host’s token', async () => {
    const { signer, calls } = host();
    expect(await signer.isAvailable()).to.equal(true);
    const signing = signer.sign(bytes);
    await phase(signer, 'awaiting-code');
    expect(calls.request[0].digest).to.equal(base64url(await sha256(bytes)));
    expect(signer.state).to.deep.equal({ phase: 'awaiting-code', attemptsLeft: 3, cooldown: 60, codeLength: 6 });
    expect(await signer.submitCode(' 123456 ')).to.equal(true);
    expect(await signing).to.deep.equal({ type: 'sms', value: 'token-from-host' });
    expect(signer.state.phase).to.equal('done');
  });

  it('a malformed code costs no attempt and never reaches the host; a wrong one costs one', async () => {
    const { signer, calls } = host();
    const signing = signer.sign(bytes);
    await phase(signer, 'awaiting-code');
    expect(await signer.submitCode('12a456')).to.equal(false);
    expect(signer.state).to.deep.include({ attemptsLeft: 3, error: 'sms-code-format' });
    expect(await signer.submitCode('000000')).to.equal(false);
    expect(signer.state).to.deep.include({ phase: 'awaiting-code', attemptsLeft: 2, error: 'sms-code-wrong' });
    expect(calls.confirm).to.deep.equal(['000000']);
    expect(await signer.submitCode('123456')).to.equal(true);
    expect((await signing).value).to.equal('token-from-host');
  });

  it('the last wrong attempt rejects with `failed` / sms-attempts-exhausted', async () => {
    const { signer } = host();
    const signing = signer.sign(bytes).catch((e: unknown) => e);
    await phase(signer, 'awaiting-code');
    for (let i = 0; i < 3; i++) await signer.submitCode('999999');
    const error = (await signing) as SigningError;
    expect(error).to.be.instanceOf(SigningError);
    expect(error.code).to.equal('failed');
    expect(error.id).to.equal('sms-attempts-exhausted');
    expect(signer.state.phase).to.equal('failed');
  });

  it('resend waits for the cooldown', async () => {
    const { signer, calls, tick } = host({ cooldownSeconds: 30 });
    const signing = signer.sign(bytes);
    await phase(signer, 'awaiting-code');
    expect(signer.cooldownRemaining()).to.equal(30);
    tick(10);
    expect(signer.cooldownRemaining()).to.equal(20);
    expect(await signer.resend()).to.equal(false);
    expect(calls.request.length).to.equal(1);
    tick(20);
    expect(signer.cooldownRemaining()).to.equal(0);
    expect(await signer.resend()).to.equal(true);
    expect(calls.request.length).to.equal(2);
    expect(signer.cooldownRemaining()).to.equal(30);
    signer.cancel();
    expect((await signing.catch((e: SigningError) => e)) as SigningError).to.have.property('code', 'cancelled');
  });

  it('cancel() and an aborted signal reject with `cancelled`', async () => {
    const { signer } = host();
    const controller = new AbortController();
    const signing = signer.sign(bytes, { signal: controller.signal }).catch((e: unknown) => e);
    await phase(signer, 'awaiting-code');
    controller.abort();
    expect(await signing).to.have.property('code', 'cancelled');
    expect(await signer.submitCode('123456')).to.equal(false); // nothing pending any more
  });

  it('a failing requestCode rejects with `unavailable`', async () => {
    const { signer } = host({ requestFails: true });
    const error = (await signer.sign(bytes).catch((e: unknown) => e)) as SigningError;
    expect(error.code).to.equal('unavailable');
    expect(error.id).to.equal('sms-request-failed');
  });

  it('times out when configured', async () => {
    const s = new SmsCodeSigner({ requestCode: async () => undefined, confirmCode: async () => 'x', timeout: 200 });
    const error = (await s.sign(bytes).catch((e: unknown) => e)) as SigningError;
    expect(error.code).to.equal('timeout');
  });
});
