// The built dist/rules.js in a plain Node process (no DOM, no loader): what a host's server imports.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = new URL('../../dist/rules.js', import.meta.url);

function runNode(script: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('dist/rules.js in plain Node', () => {
  before(function () {
    if (!existsSync(dist)) throw new Error('dist/rules.js is missing: run `npm run build` first (npm test does)');
  });

  it('has no DOM dependency in the bundle', () => {
    // Comments name source files (`// src/rules/window.ts`); only code counts.
    const code = readFileSync(dist, 'utf8').replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '');
    expect(code).not.to.match(/\b(document|window|customElements|HTMLElement)\./);
    expect(code).not.to.contain('lit-html');
  });

  it('evaluates a checklist and an IIN with no DOM', () => {
    const { status, stdout, stderr } = runNode(`
      import { requiredDocuments, validateIin, services } from './dist/rules.js';
      const items = requiredDocuments('school-enrollment',
        { residency: 'foreigner', bornAbroad: true, specialNeeds: true }, { civilRegistry: true });
      console.log(JSON.stringify({
        dom: typeof document,
        services: Object.keys(services).sort(),
        items: items.map((i) => [i.doc, i.state, i.count]),
        iin: validateIin('191205602019').valid,
        bad: validateIin('191205602018').code,
      }));
    `);
    expect(stderr).to.equal('');
    expect(status).to.equal(0);
    const out = JSON.parse(stdout);
    expect(out.dom).to.equal('undefined');
    expect(out.services).to.deep.equal([
      'camp-referral',
      'home-study',
      'meal-subsidy',
      'school-enrollment',
      'school-transfer',
      'school-transport',
      'special-school-enrollment',
    ]);
    const docs = Object.fromEntries(out.items.map(([doc, state, count]: [string, string, number]) => [doc, { state, count }]));
    expect(docs['birth-certificate']).to.deep.equal({ state: 'required', count: 1 }); // born abroad beats the registry
    expect(docs['child-photo']).to.deep.equal({ state: 'required', count: 2 });
    expect(docs['residence-permit'].state).to.equal('required');
    expect(docs['pmpc-conclusion'].state).to.equal('required');
    expect(out.iin).to.equal(true);
    expect(out.bad).to.equal('iin-checksum');
  });
});
