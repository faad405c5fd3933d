// NcaLayerSigner against a fake NCALayer WSS server on loopback (test/support/fake-ncalayer.mjs): each answer NCALayer gives.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { translate } from '../../src/i18n/localize.js';
import { base64, connectSource, inspectCms, interpretResponse, loopbackPermissionState, NcaLayerSigner, SigningError, utf8 } from '../../src/signing/index.js';

type Behaviour = 'success' | 'array' | 'cancel' | 'error' | 'module-not-found' | 'broken' | 'no-cms' | 'socket-closed' | 'hang' | 'not-running';

async function fake(behaviour: Behaviour): Promise<{ url: string; session: string }> {
  return executeServerCommand('fake-ncalayer', { behaviour });
}

async function failure(promise: Promise<unknown>): Promise<SigningError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the promise should reject').to.be.instanceOf(SigningError);
  return error as SigningError;
}

describe('NcaLayerSigner (fake NCALayer)', () => {
  const bytes = utf8('{"answers":{"a":"ә"},"service":"school-enrollment"}');

  it('sends a detached CMS request of the basics module and returns the CMS as base64 DER', async () => {
    const { url, session } = await fake('success');
    const signer = new NcaLayerSigner({ url, locale: 'ru' });
    const result = await signer.sign(bytes);
    expect(result.type).to.equal('ncalayer');
    expect(result.value).to.match(/^[A-Za-z0-9+/]+=*$/); // PEM armour and line breaks removed
    const shape = inspectCms(result.value);
    expect(shape).to.deep.include({ ok: true, detached: true, signerCount: 1 });

    const [request] = await executeServerCommand<Array<Record<string, any>>, unknown>('fake-ncalayer-requests', { session });
    expect(request.module).to.equal('kz.gov.pki.knca.basics');
    expect(request.method).to.equal('sign');
    expect(request.args.format).to.equal('cms');
    expect(request.args.data).to.equal(base64(bytes));
    expect(request.args.signingParams).to.deep.include({ decode: true, encapsulate: false, digested: false });
    expect(request.args.signerParams.extKeyUsageOids).to.deep.equal(['1.3.6.1.5.5.7.3.4']);
    expect(request.args.locale).to.equal('ru');
  });

  it('accepts the array NCALayer answers since about October 2024 (bare base64, one per document)', async () => {
    const { url } = await fake('array');
    expect(url).to.match(/^wss:\/\/127\.0\.0\.1:\d+\//); // TLS, as the real NCALayer
    const result = await new NcaLayerSigner({ url }).sign(bytes);
    expect(result.type).to.equal('ncalayer');
    expect(inspectCms(result.value)).to.deep.include({ ok: true, detached: true, signerCount: 1 });
  });

  it('is available on a desktop browser without connecting (no permission prompt on page load)', async () => {
    let constructed = 0;
    class CountingSocket extends WebSocket {
      constructor(url: string | URL) {
        super(url);
        constructed += 1;
      }
    }
    const signer = new NcaLayerSigner({ url: (await fake('success')).url, WebSocket: CountingSocket });
    expect(await signer.isAvailable()).to.equal(true); // headless Chromium on Linux is a desktop
    expect(constructed).to.equal(0);
  });

  it('an NCALayer without the basics module (MODULE_NOT_FOUND) says "update NCALayer"', async () => {
    const error = await failure(new NcaLayerSigner({ url: (await fake('module-not-found')).url }).sign(bytes));
    expect(error.code).to.equal('unavailable');
    expect(error.id).to.equal('ncalayer-outdated');
    expect(translate('en', `error.${error.id}`)).to.match(/Update NCALayer/);
    expect(translate('ru', `error.${error.id}`)).to.match(/Обновите NCALayer/);
    expect(translate('kk', `error.${error.id}`)).to.match(/жаңартыңыз/);
  });

  it('an answer that is not JSON, or a result that is not a CMS, is `ncalayer-bad-answer`', async () => {
    for (const behaviour of ['broken', 'no-cms'] as const) {
      const error = await failure(new NcaLayerSigner({ url: (await fake(behaviour)).url }).sign(bytes));
      expect(error.code, behaviour).to.equal('failed');
      expect(error.id, behaviour).to.equal('ncalayer-bad-answer');
    }
  });

  it('NCALayer closing the socket before answering is `ncalayer-closed`', async () => {
    const error = await failure(new NcaLayerSigner({ url: (await fake('socket-closed')).url }).sign(bytes));
    expect(error.code).to.equal('failed');
    expect(error.id).to.equal('ncalayer-closed');
  });

  it('a refused connection with the local-network permission denied is `ncalayer-permission-denied`, saying how to allow it', async () => {
    const url = (await fake('not-running')).url;
    const denied = await failure(new NcaLayerSigner({ url, permissionState: async () => 'denied' }).sign(bytes));
    expect(denied.code).to.equal('unavailable');
    expect(denied.id).to.equal('ncalayer-permission-denied');
    expect(translate('en', 'error.ncalayer-permission-denied')).to.match(/Allow it/);
    const granted = await failure(new NcaLayerSigner({ url, permissionState: async () => 'granted' }).sign(bytes));
    expect(granted.id).to.equal('ncalayer-unavailable');
    const unknown = await failure(new NcaLayerSigner({ url, permissionState: async () => { throw new Error('no such permission'); } }).sign(bytes));
    expect(unknown.id).to.equal('ncalayer-unavailable');
  });

  it('reads the browser\'s local-network permission without throwing, and names the connect-src for an address', async () => {
    expect([undefined, 'granted', 'prompt', 'denied']).to.include(await loopbackPermissionState());
    expect(connectSource('wss://127.0.0.1:13579/')).to.equal('wss://127.0.0.1:13579');
    expect(connectSource('wss://127.0.0.1:24680/path?x=1')).to.equal('wss://127.0.0.1:24680');
  });

  it('connects to wss://127.0.0.1:13579/ unless given another `url`', () => {
    expect(new NcaLayerSigner().url).to.equal('wss://127.0.0.1:13579/');
    expect(new NcaLayerSigner({ url: 'wss://127.0.0.1:24680/' }).url).to.equal('wss://127.0.0.1:24680/');
  });

  it('the parent pressing Cancel rejects with `cancelled`', async () => {
    const error = await failure(new NcaLayerSigner({ url: (await fake('cancel')).url }).sign(bytes));
    expect(error.code).to.equal('cancelled');
    expect(error.id).to.equal('signing-cancelled');
  });

  it('an error response rejects with `failed`, keeping NCALayer’s code for the logs', async () => {
    const error = await failure(new NcaLayerSigner({ url: (await fake('error')).url }).sign(bytes));
    expect(error.code).to.equal('failed');
    expect(error.id).to.equal('ncalayer-failed');
    expect((error.details as { code: string }).code).to.equal('INVOCATION_ERROR');
  });

  it('NCALayer not running rejects with `unavailable` and a localized "start NCALayer"', async () => {
    const error = await failure(new NcaLayerSigner({ url: (await fake('not-running')).url }).sign(bytes));
    expect(error.code).to.equal('unavailable');
    expect(error.id).to.equal('ncalayer-unavailable');
    expect(translate('en', `error.${error.id}`)).to.match(/start NCALayer/);
    expect(translate('ru', `error.${error.id}`)).to.match(/Запустите NCALayer/);
    expect(translate('kk', `error.${error.id}`)).to.match(/NCALayer-ді қос/);
  });

  it('no answer in time rejects with `timeout`', async () => {
    const error = await failure(new NcaLayerSigner({ url: (await fake('hang')).url, timeout: 1500 }).sign(bytes));
    expect(error.code).to.equal('timeout');
  });

  it('aborting while NCALayer waits rejects with `cancelled`', async () => {
    const controller = new AbortController();
    const pending = new NcaLayerSigner({ url: (await fake('hang')).url }).sign(bytes, { signal: controller.signal });
    setTimeout(() => controller.abort(), 300);
    expect((await failure(pending)).code).to.equal('cancelled');
  });
});

describe('interpretResponse', () => {
  it('reads the greeting, results, cancels and errors of both module generations', () => {
    expect(interpretResponse({ result: { version: '1.2' } }).kind).to.equal('greeting');
    const cms = 'MAMCAQE='; // SEQUENCE { INTEGER 1 }
    const ok = interpretResponse({ status: true, body: { result: [`-----BEGIN CMS-----\n${cms}\n-----END CMS-----\n`] } });
    expect(ok).to.deep.equal({ kind: 'result', signature: { type: 'ncalayer', value: cms } });
    const withCert = interpretResponse({ status: true, body: { result: { signatures: [cms], certificate: 'MIIC' } } });
    expect(withCert).to.deep.equal({ kind: 'result', signature: { type: 'ncalayer', value: cms, certificate: 'MIIC' } });
    const legacyCancel = interpretResponse({ code: '500', message: 'action.canceled' });
    expect(legacyCancel.kind === 'error' && legacyCancel.error.code).to.equal('cancelled');
    const garbage = interpretResponse({ status: true, body: { result: 'not base64 !' } });
    expect(garbage.kind === 'error' && garbage.error.code).to.equal('failed');
    expect(garbage.kind === 'error' && garbage.error.id).to.equal('ncalayer-bad-answer');
    const bare = interpretResponse({ status: true, body: { result: cms } });
    expect(bare).to.deep.equal({ kind: 'result', signature: { type: 'ncalayer', value: cms } });
    const two = interpretResponse({ status: true, body: { result: [cms, cms] } });
    expect(two.kind === 'error' && two.error.id).to.equal('ncalayer-bad-answer');
    const outdated = interpretResponse({ status: false, code: 'MODULE_NOT_FOUND', message: 'kz.gov.pki.knca.basics' });
    expect(outdated.kind === 'error' && outdated.error.id).to.equal('ncalayer-outdated');
    expect(interpretResponse('<html>').kind === 'error').to.equal(true);
  });
});
