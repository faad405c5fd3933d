// The receiver's SQLite storage: one application per idempotencyKey (even when two arrive at once), files by their sha256.
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Storage = {
  referenceFor(key: string): Promise<string | undefined>;
  save(application: object): Promise<{ stored: true } | { duplicate: string }>;
  count(): Promise<number>;
  close(): void;
};
const { sqliteStorage } = (await import(new URL('../../receiver/storage.mjs', import.meta.url).href)) as { sqliteStorage(dir: string): Storage };
const { newReference } = (await import(new URL('../../receiver/receiver.mjs', import.meta.url).href)) as { newReference(): string };

const file = (text: string) => {
  const bytes = new TextEncoder().encode(text);
  return { sha256: createHash('sha256').update(bytes).digest('base64url'), bytes };
};
const application = (reference: string, key: string, files = [file('a'), file('b')]) => ({
  reference,
  idempotencyKey: key,
  service: 'school-enrollment',
  canonical: '{}',
  digest: 'd',
  signature: { type: 'webcrypto', value: 'v' },
  signer: { type: 'webcrypto', thumbprint: 't' },
  receivedAt: new Date().toISOString(),
  files,
});

describe('receiver storage (SQLite + files by sha256)', () => {
  let dir: string;
  let storage: Storage;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'storage-'));
    storage = sqliteStorage(dir);
  });
  afterEach(() => {
    storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores an application once and its files under their sha256', async () => {
    expect(await storage.save(application('EDU-0000-0001', 'k1'))).to.deep.equal({ stored: true });
    expect(await storage.referenceFor('k1')).to.equal('EDU-0000-0001');
    expect(await storage.count()).to.equal(1);
    const names = readdirSync(join(dir, 'files')).sort();
    expect(names).to.deep.equal([file('a').sha256, file('b').sha256].sort());
    expect(readFileSync(join(dir, 'files', file('a').sha256), 'utf8')).to.equal('a');
  });

  it('refuses a second application with the same idempotencyKey, naming the first', async () => {
    await storage.save(application('EDU-0000-0001', 'k1'));
    expect(await storage.save(application('EDU-0000-0002', 'k1'))).to.deep.equal({ duplicate: 'EDU-0000-0001' });
    expect(await storage.count()).to.equal(1);
  });

  it('two at once: exactly one is stored', async () => {
    const results = await Promise.all([storage.save(application('EDU-0000-0003', 'k2')), storage.save(application('EDU-0000-0004', 'k2'))]);
    expect(results.filter((r) => 'stored' in r)).to.have.length(1);
    expect(await storage.count()).to.equal(1);
  });

  it('refuses bytes that are not what their sha256 says, storing nothing', async () => {
    const bad = { ...file('a'), bytes: new TextEncoder().encode('not a') };
    const error = await storage.save(application('EDU-0000-0005', 'k3', [bad])).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(Error);
    expect(await storage.count()).to.equal(0);
  });

  it('makes short references in Crockford base32', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const reference = newReference();
      expect(reference).to.match(/^EDU-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      seen.add(reference);
    }
    expect(seen.size).to.equal(200);
  });
});
