// The receiver's storage behind one small interface: SQLite (better-sqlite3) for applications, files on disk by their sha256.
// A site plugs in its own database or object storage by passing another object with the same three methods.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/**
 * @typedef {object} StoredFile
 * @property {string} sha256   base64url SHA-256 of the bytes (the name they are stored under)
 * @property {Uint8Array} bytes
 *
 * @typedef {object} Application
 * @property {string} reference       the short reference the parent's receipt shows
 * @property {string} idempotencyKey  SHA-256 of service + child IIN + school year (one application per child, service, year)
 * @property {string} service
 * @property {string} canonical       the signed text, exactly as signed
 * @property {string} digest
 * @property {object} signature       { type, value, certificate? }
 * @property {object} signer          who signed, as verifyPayload says (type, thumbprint / iin)
 * @property {string} receivedAt      ISO time on the server's clock
 * @property {StoredFile[]} files
 *
 * @typedef {object} Storage
 * @property {(key: string) => Promise<string | undefined>} referenceFor   the reference of the application with this idempotencyKey, if any
 * @property {(application: Application) => Promise<{ stored: true } | { duplicate: string }>} save
 *   stores the application and its files once; a second one with the same idempotencyKey is refused (its first reference given back)
 * @property {() => Promise<number>} count
 * @property {() => void} close
 */

/** Files by their sha256, written once (atomically: a temporary name, then a rename). */
function fileStore(dir) {
  mkdirSync(dir, { recursive: true });
  return {
    put(file) {
      if (!/^[A-Za-z0-9_-]{43}$/.test(file.sha256)) throw new Error('not a sha256');
      const actual = createHash('sha256').update(file.bytes).digest('base64url');
      if (actual !== file.sha256) throw new Error('bytes do not match their sha256');
      const path = join(dir, file.sha256);
      if (existsSync(path)) return; // the same bytes, already here
      const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
      writeFileSync(temporary, file.bytes, { flag: 'wx' });
      renameSync(temporary, path);
    },
  };
}

/**
 * SQLite storage in `dir` (applications.sqlite and files/). `:memory:` keeps the database in memory
 * (files still go to `dir/files`). The UNIQUE idempotency_key is what refuses a second application,
 * even when two arrive at once.
 * @param {string} dir
 * @returns {Storage}
 */
export function sqliteStorage(dir) {
  mkdirSync(dir, { recursive: true });
  const db = new Database(join(dir, 'applications.sqlite'));
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE IF NOT EXISTS applications (
    reference TEXT PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    service TEXT NOT NULL,
    canonical TEXT NOT NULL,
    digest TEXT NOT NULL,
    signature TEXT NOT NULL,
    signer TEXT NOT NULL,
    received_at TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS application_files (
    reference TEXT NOT NULL REFERENCES applications(reference),
    position INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (reference, position)
  );`);
  const files = fileStore(join(dir, 'files'));
  const find = db.prepare('SELECT reference FROM applications WHERE idempotency_key = ?');
  const insert = db.prepare(`INSERT INTO applications (reference, idempotency_key, service, canonical, digest, signature, signer, received_at)
    VALUES (@reference, @idempotencyKey, @service, @canonical, @digest, @signature, @signer, @receivedAt)`);
  const insertFile = db.prepare('INSERT INTO application_files (reference, position, sha256) VALUES (?, ?, ?)');
  const countRows = db.prepare('SELECT COUNT(*) AS n FROM applications');
  const saveRow = db.transaction((application) => {
    insert.run({
      ...application,
      signature: JSON.stringify(application.signature),
      signer: JSON.stringify(application.signer ?? {}),
    });
    application.files.forEach((file, i) => insertFile.run(application.reference, i, file.sha256));
  });
  return {
    async referenceFor(key) {
      return find.get(key)?.reference;
    },
    async save(application) {
      const existing = find.get(application.idempotencyKey);
      if (existing) return { duplicate: existing.reference };
      // Bytes first (content-addressed, so an unreferenced file is harmless), then the row that refers to them.
      for (const file of application.files) files.put(file);
      try {
        saveRow(application);
      } catch (error) {
        if (String(error?.code).startsWith('SQLITE_CONSTRAINT')) {
          const winner = find.get(application.idempotencyKey);
          if (winner) return { duplicate: winner.reference };
        }
        throw error;
      }
      return { stored: true };
    },
    async count() {
      return countRows.get().n;
    },
    close() {
      db.close();
    },
  };
}
