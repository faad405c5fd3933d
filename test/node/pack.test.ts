// The packed package (npm pack) installed into a new project, as a host's build would: no
// warnings on Node 20, every export resolves to a built file, and the rules run from it.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

function run(cmd: string, args: string[], cwd: string) {
  const result = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', npm_config_update_notifier: 'false' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the packed package in a new project', function () {
  this.timeout(240_000);
  let dir = '';
  let installed = { status: 0 as number | null, stdout: '', stderr: '' };
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };

  before(function () {
    if (!existsSync(join(root, 'dist', 'egov-forms.js')) || !existsSync(join(root, 'dist', 'rules.js'))) {
      throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
    }
    dir = mkdtempSync(join(tmpdir(), 'egov-forms-pack-'));
    const packed = run('npm', ['pack', '--silent', '--pack-destination', dir], root);
    expect(packed.status, packed.stderr).to.equal(0);
    const tarball = packed.stdout.trim().split('\n').pop()!;
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'host-site', version: '1.0.0', private: true, type: 'module' }));
    installed = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', `./${tarball}`], dir);
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('installs with no warning and no error', () => {
    expect(installed.status, installed.stderr).to.equal(0);
    expect(installed.stderr).to.not.match(/warn|ERR/i);
    expect(installed.stdout).to.not.match(/EBADENGINE|deprecated/i);
  });

  it('resolves every export to a file that was packed', () => {
    const specifiers = Object.keys(pkg.exports).map((key) => (key === '.' ? 'egov-forms' : `egov-forms/${key.slice(2)}`));
    const script = `const out = {}; for (const s of ${JSON.stringify(specifiers)}) { try { out[s] = import.meta.resolve(s); } catch (e) { out[s] = 'ERROR ' + e.message; } } console.log(JSON.stringify(out));`;
    const { status, stdout, stderr } = run(process.execPath, ['--input-type=module', '-e', script], dir);
    expect(status, stderr).to.equal(0);
    const resolved = JSON.parse(stdout) as Record<string, string>;
    for (const [specifier, url] of Object.entries(resolved)) {
      expect(url, specifier).to.match(/^file:/);
      expect(existsSync(fileURLToPath(url)), `${specifier} → ${url}`).to.equal(true);
    }
    // Types beside each entry.
    for (const value of Object.values(pkg.exports)) {
      if (typeof value === 'object' && value && 'types' in value) {
        expect(existsSync(join(dir, 'node_modules', 'egov-forms', (value as { types: string }).types)), (value as { types: string }).types).to.equal(true);
      }
    }
  });

  it('runs egov-forms/rules in plain Node from the installed copy', () => {
    const { status, stdout, stderr } = run(
      process.execPath,
      ['--input-type=module', '-e', "import { validateIin, requiredDocuments } from 'egov-forms/rules'; console.log(JSON.stringify([validateIin('191205602019').valid, requiredDocuments('home-study', {}, {}).map((i) => i.doc)]));"],
      dir,
    );
    expect(status, stderr).to.equal(0);
    expect(JSON.parse(stdout)).to.deep.equal([true, ['mcc-conclusion']]);
  });
});
