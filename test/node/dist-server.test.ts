// The built dist/server.js (egov-forms/server) in a plain Node process: no DOM, no loader, the package's export map.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = new URL('../../dist/server.js', import.meta.url);

describe('dist/server.js (egov-forms/server) in plain Node', () => {
  before(() => {
    if (!existsSync(dist)) throw new Error('dist/server.js is missing: run `npm run build` first (npm test does)');
  });

  it('is the package export ./server, with types', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(pkg.exports['./server']).to.deep.equal({ types: './dist/types/server/index.d.ts', import: './dist/server.js' });
    expect(existsSync(new URL('../../dist/types/server/index.d.ts', import.meta.url))).to.equal(true);
  });

  it('has no DOM dependency in the bundle', () => {
    const code = readFileSync(dist, 'utf8').replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '');
    expect(code).not.to.match(/\b(document|window|customElements|HTMLElement|localStorage|indexedDB)\./);
    expect(code).not.to.contain('lit-html');
  });

  it('verifies the browser-signed fixture and refuses it without trust options, in a process with no DOM', () => {
    const result = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `
        import { readFileSync } from 'node:fs';
        import { verifyPayload } from 'egov-forms/server';
        const fixture = JSON.parse(readFileSync('test/fixtures/signed-detail.json', 'utf8'));
        const { detail, files } = fixture.details[0];
        const received = files.map((f) => new File([Buffer.from(f.base64, 'base64')], f.name, { type: f.type }));
        const options = { service: 'school-enrollment', acceptSignatures: ['webcrypto'], trustedKeys: [fixture.publicKey], now: new Date('2027-06-03T06:00:00Z') };
        const good = await verifyPayload(detail, received, options);
        const bare = await verifyPayload(detail, received);
        console.log(JSON.stringify({ dom: typeof document, good: good.ok, signer: good.signer?.type, bare: bare.ok, codes: [...new Set(bare.mismatches.map((m) => m.code))] }));
      `,
      ],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
    );
    expect(result.stderr).to.equal('');
    expect(result.status).to.equal(0);
    expect(JSON.parse(result.stdout)).to.deep.equal({ dom: 'undefined', good: true, signer: 'webcrypto', bare: false, codes: ['options-invalid'] });
  });
});
