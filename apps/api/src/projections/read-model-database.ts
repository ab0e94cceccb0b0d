import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';

export const READ_MODEL_DB = Symbol('READ_MODEL_DB');

/** The read models' SQLite file: rebuilt from the log whenever needed, so NORMAL sync is enough. */
export function openReadModelDatabase(config: AppConfig): Database.Database {
  mkdirSync(config.dataDir, { recursive: true });
  const db = new Database(join(config.dataDir, 'read-models.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  return db;
}
