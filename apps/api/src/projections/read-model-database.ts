import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { DATA_DIR_FILES } from '../data-dir/data-dir-files';

export const READ_MODEL_DB = Symbol('READ_MODEL_DB');

/** The read models' SQLite file: rebuilt from the log whenever needed, so NORMAL sync is enough. */
export function openReadModelDatabase(config: Pick<AppConfig, 'localDir'>): Database.Database {
  mkdirSync(config.localDir, { recursive: true });
  const db = new Database(join(config.localDir, DATA_DIR_FILES.readModels));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  // 32 MB of pages (SQLite's default is 2 MB): catching up a large log touches every school's
  // policy rows and the audit trail's indexes over and over. Memory is only taken as it is used.
  db.pragma('cache_size = -32768');
  return db;
}
