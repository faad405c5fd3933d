// EgovMobileSigner against a fake broker: register with data and digest, poll until signed, expired or cancelled; broker failures and silence.
import { expect } from '@open-wc/testing';
import { translate } from '../../src/i18n/localize.js';
import { locales } from '../../src/i18n/types.js';
import {
  base64,
  base64url,
  EgovMobileSigner,
  isSafeMobileLink,
  mobileCms,
  sha256,
  SigningError,
  utf8,
  type EgovMobilePollResult,
  type EgovMobileRegistration,
} from '../../src/signing/index.js';
import { fakeBroker } from '../support/fake-broker.js';

const bytes = utf8('{"service":"school-enrollment","answers":{"a":"ә"}}');

async function failure(promise: Promise<unknown>): Promise<SigningError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the promise should reject').to.be.instanceOf(SigningError);
  return error as SigningError;
}

describe('EgovMobileSigner (fake broker)', () => {
  it('registers the exact bytes with their SHA-256 (base64url), publishes the link, and returns the CMS when signed', async () => {
    const broker = fakeBroker({ signAfterPolls: 2 });
    const signer = new EgovMobileSigner({ ...broker.callbacks, pollInterval: 20 });
    const seen: string[] = [];
    signer.addEventListener('change', () => seen.push(signer.state.phase));
    const signature = await signer.sign(bytes);
    const [registration] = broker.registrations as EgovMobileRegistration[];
    expect(base64(registration.data)).to.equal(base64(bytes));
    expect(registration.digest).to.equal(base64url(await sha256(bytes)));
    expect(signature.type).to.equal('egov-mobile');
    expect(signature.value).to.equal(broker.cms); // bare base64 DER, the PEM armour removed
    expect(broker.polls).to.equal(3);
    expect(seen).to.deep.equal(['registering', 'pending', 'done']);
  });

  it('while pending, `state` carries the mobileSign: link and the expiry', async () => {
    const broker = fakeBroker({ signAfterPolls: 1000 });
    const signer = new EgovMobileSigner({ ...broker.callbacks, pollInterval: 20 });
    const controller = new AbortController();
    const pending = signer.sign(bytes, { signal: controller.signal });
    await new Promise<void>((resolve) => signer.addEventListener('change', () => signer.state.phase === 'pending' && resolve()));
    expect(signer.state.url).to.equal(broker.url);
    expect(signer.state.expiresAt).to.equal(broker.expiresAt);
    expect(signer.secondsLeft()).to.be.within(1, 600);
    controller.abort();
    const error = await failure(pending);
    expect(error.code).to.equal('cancelled');
    expect(broker.cancelled).to.equal(1); // the broker is told
  });

  it('the broker saying expired is `timeout` / mobile-expired; so is the expiry passing without an answer', async () => {
    const expired = await failure(new EgovMobileSigner({ ...fakeBroker({ finalStatus: 'expired', signAfterPolls: 1 }).callbacks, pollInterval: 10 }).sign(bytes));
    expect(expired).to.include({ code: 'timeout', id: 'mobile-expired' });
    const silent = fakeBroker({ signAfterPolls: 1000, lifetimeMs: 300 });
    const passed = await failure(new EgovMobileSigner({ ...silent.callbacks, pollInterval: 50 }).sign(bytes));
    expect(passed).to.include({ code: 'timeout', id: 'mobile-expired' });
    const hangs = fakeBroker({ pollHangs: true, lifetimeMs: 300 });
    const hung = await failure(new EgovMobileSigner({ ...hangs.callbacks, pollInterval: 10 }).sign(bytes));
    expect(hung).to.include({ code: 'timeout', id: 'mobile-expired' });
  });

  it('cancelled in the app is `cancelled` / mobile-cancelled', async () => {
    const error = await failure(new EgovMobileSigner({ ...fakeBroker({ finalStatus: 'cancelled', signAfterPolls: 0 }).callbacks, pollInterval: 10 }).sign(bytes));
    expect(error).to.include({ code: 'cancelled', id: 'mobile-cancelled' });
  });

  it('a broker that errors is `unavailable` / mobile-broker-failed; one that never answers is mobile-broker-timeout', async () => {
    const refused = await failure(new EgovMobileSigner({ ...fakeBroker({ registerFails: true }).callbacks }).sign(bytes));
    expect(refused).to.include({ code: 'unavailable', id: 'mobile-broker-failed' });
    const silent = await failure(new EgovMobileSigner({ ...fakeBroker({ registerHangs: true }).callbacks, requestTimeout: 200 }).sign(bytes));
    expect(silent).to.include({ code: 'unavailable', id: 'mobile-broker-timeout' });
    const pollsFail = await failure(new EgovMobileSigner({ ...fakeBroker({ pollFails: true }).callbacks, pollInterval: 5, pollRetries: 2 }).sign(bytes));
    expect(pollsFail).to.include({ code: 'unavailable', id: 'mobile-broker-failed' });
  });

  it('a poll that fails once is retried (a phone network blinks)', async () => {
    const broker = fakeBroker({ signAfterPolls: 3, failPollNumber: 1 });
    const signature = await new EgovMobileSigner({ ...broker.callbacks, pollInterval: 5 }).sign(bytes);
    expect(signature.value).to.equal(broker.cms);
  });

  it('refuses a link an app cannot open, a missing expiry, a signed answer without a CMS and an unknown status', async () => {
    const js = fakeBroker({ url: 'javascript:alert(1)' });
    expect(await failure(new EgovMobileSigner(js.callbacks).sign(bytes))).to.include({ code: 'unavailable', id: 'mobile-broker-failed' });
    const noExpiry = fakeBroker({ expiresAt: 'soon' });
    expect(await failure(new EgovMobileSigner(noExpiry.callbacks).sign(bytes))).to.include({ id: 'mobile-broker-failed' });
    const noCms = fakeBroker({ signAfterPolls: 0, cms: '' });
    expect(await failure(new EgovMobileSigner({ ...noCms.callbacks, pollInterval: 5 }).sign(bytes))).to.include({ code: 'failed', id: 'mobile-bad-answer' });
    const badCms = fakeBroker({ signAfterPolls: 0, cms: 'not base64 !' });
    expect(await failure(new EgovMobileSigner({ ...badCms.callbacks, pollInterval: 5 }).sign(bytes))).to.include({ id: 'mobile-bad-answer' });
    const odd = new EgovMobileSigner({
      register: async () => ({ url: 'mobileSign:https://broker.example/s/1', expiresAt: Date.now() + 60_000 }),
      poll: async () => ({ status: 'maybe' }) as unknown as EgovMobilePollResult,
    });
    expect(await failure(odd.sign(bytes))).to.include({ id: 'mobile-bad-answer' });
  });

  it('hands back the CMS the broker gave, as base64 without PEM armour', () => {
    expect(mobileCms('MIAGCSqGSIb3DQEHAqCAMIACAQEx')).to.equal('MIAGCSqGSIb3DQEHAqCAMIACAQEx');
    expect(mobileCms('-----BEGIN CMS-----\nMIAGCSqG\nSIb3DQEH\n-----END CMS-----\n')).to.equal('MIAGCSqGSIb3DQEH');
    for (const bad of ['', 'not base64 !', '<html>', '-----BEGIN CMS-----\n-----END CMS-----']) expect(mobileCms(bad), bad).to.equal(undefined);
  });

  it('needs register and poll', () => {
    expect(() => new EgovMobileSigner({} as never)).to.throw(TypeError);
  });

  it('only mobileSign: and https links are safe to show', () => {
    expect(isSafeMobileLink('mobileSign:https://broker.example/api/egovQr/1')).to.equal(true);
    expect(isSafeMobileLink('https://m.egov.kz/sign?x=1')).to.equal(true);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'http://broker.example', '', undefined]) expect(isSafeMobileLink(bad), String(bad)).to.equal(false);
  });

  it('every eGov Mobile message exists in kk, ru and en', () => {
    for (const id of ['mobile-expired', 'mobile-cancelled', 'mobile-broker-failed', 'mobile-broker-timeout', 'mobile-bad-answer']) {
      const texts = locales.map((l) => translate(l, `error.${id}`));
      for (const text of texts) expect(text, id).not.to.equal(`error.${id}`);
      expect(new Set(texts).size, id).to.equal(3);
    }
  });
});
