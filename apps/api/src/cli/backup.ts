import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The SQLite files of DATA_DIR, the log first: it is the one that cannot be rebuilt. */
export const DATABASE_FILES = ['events.db', 'directory.db', 'idempotency.db', 'outbox.db', 'read-models.db'];
/** Signing secrets: without them, restored tokens and encrypted TOTP secrets would not verify. */
const SECRET_FILES = ['secrets.json'];

export interface BackupManifest {
  format: 'governance-backup/1';
  createdAt: string;
  files: { name: string; bytes: number; sha256: string }[];
}

/**
 * Takes a consistent online backup of every SQLite store in `dataDir` into the folder
 * `target` (SQLite's backup API copies a snapshot while the server keeps writing).
 */
export async function backup(dataDir: string, target: string): Promise<BackupManifest> {
  if (existsSync(target) && readdirSync(target).length > 0) {
    throw new Error(`The backup folder ${target} is not empty; choose a new folder.`);
  }
  mkdirSync(target, { recursive: true, mode: 0o700 });
  const files: BackupManifest['files'] = [];
  for (const name of DATABASE_FILES) {
    const source = join(dataDir, name);
    if (!existsSync(source)) continue;
    const db = new Database(source, { fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    try {
      await db.backup(join(target, name));
    } finally {
      db.close();
    }
    files.push(describe(target, name));
  }
  for (const name of SECRET_FILES) {
    if (!existsSync(join(dataDir, name))) continue;
    copyFileSync(join(dataDir, name), join(target, name));
    chmodSync(join(target, name), 0o600);
    files.push(describe(target, name));
  }
  if (!files.some((file) => file.name === 'events.db')) throw new Error(`No event log (events.db) in ${dataDir}.`);
  const manifest: BackupManifest = { format: 'governance-backup/1', createdAt: new Date().toISOString(), files };
  writeFileSync(join(target, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return manifest;
}

/**
 * Restores a backup into `dataDir` after checking every file against the manifest. The server
 * must be stopped; an existing DATA_DIR is replaced only with `force`.
 */
export function restore(source: string, dataDir: string, options: { force?: boolean } = {}): BackupManifest {
  const manifestPath = join(source, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${source} is not a backup: it has no manifest.json.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as BackupManifest;
  if (manifest.format !== 'governance-backup/1') throw new Error(`Unknown backup format ${String(manifest.format)}.`);
  for (const file of manifest.files) {
    const actual = describe(source, file.name);
    if (actual.sha256 !== file.sha256) throw new Error(`${file.name} does not match the manifest: the backup is damaged.`);
  }
  if (existsSync(join(dataDir, 'events.db')) && !options.force) {
    throw new Error(`${dataDir} already holds data. Stop the server and restore with --force to replace it.`);
  }
  mkdirSync(dataDir, { recursive: true });
  for (const name of [...DATABASE_FILES, ...SECRET_FILES]) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataDir, name + suffix), { force: true });
  }
  for (const file of manifest.files) copyFileSync(join(source, file.name), join(dataDir, file.name));
  return manifest;
}

function describe(folder: string, name: string): BackupManifest['files'][number] {
  const path = join(folder, name);
  return { name, bytes: statSync(path).size, sha256: createHash('sha256').update(readFileSync(path)).digest('hex') };
}
