import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { DIRECTORY_MIGRATIONS } from './directory-schema';
import { DATA_DIR_FILES } from '../data-dir/data-dir-files';

export const DIRECTORY_DB = Symbol('DIRECTORY_DB');

/**
 * DATA_DIR/directory.db: personal data and credentials, kept out of the event log.
 * secure_delete zeroes erased rows on disk instead of leaving them in free pages.
 */
export function openDirectoryDatabase(config: AppConfig): Database.Database {
  mkdirSync(config.dataDir, { recursive: true });
  const file = join(config.dataDir, DATA_DIR_FILES.directory);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${config.sqliteSynchronous}`);
  db.pragma('busy_timeout = 5000');
  db.pragma('secure_delete = ON');
  db.pragma('foreign_keys = ON');
  migrate(db);
  // Personal data: readable by the server's user only (the WAL and shared-memory files too).
  for (const path of [file, `${file}-wal`, `${file}-shm`])
    if (existsSync(path)) chmodSync(path, 0o600);
  return db;
}

function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  db.transaction(() => {
    DIRECTORY_MIGRATIONS.slice(current).forEach((sql) => db.exec(sql));
    db.pragma(`user_version = ${DIRECTORY_MIGRATIONS.length}`);
  })();
}
