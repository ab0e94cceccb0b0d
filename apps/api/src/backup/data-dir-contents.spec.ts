import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspectDataDir } from './data-dir-contents';

describe('inspectDataDir', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'data-dir-contents-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const sqliteFile = (name: string) => {
    const db = new Database(join(dir, name));
    db.exec('CREATE TABLE t (x)');
    db.close();
  };

  it('knows the stores and their SQLite companions', () => {
    for (const name of ['events.db', 'events.db-wal', 'events.db-shm', 'directory.db', 'secrets.json', 'demo-logins.txt']) writeFileSync(join(dir, name), '');
    expect(inspectDataDir(dir)).toEqual({ unknownDatabases: [], unknownFiles: [] });
  });

  it('names a database no store opens, by its name or by its contents, and other files apart', () => {
    sqliteFile('outbox.db');
    sqliteFile('checkpoints');
    writeFileSync(join(dir, 'stray.sqlite-wal'), '');
    writeFileSync(join(dir, 'notes.txt'), 'the operator keeps notes here');
    expect(inspectDataDir(dir)).toEqual({ unknownDatabases: ['checkpoints', 'outbox.db', 'stray.sqlite'], unknownFiles: ['notes.txt'] });
  });
});
