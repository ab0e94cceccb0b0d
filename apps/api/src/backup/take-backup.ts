import Database from 'better-sqlite3';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_PLAN, BackupStep, DATA_DIR_FILES, DataDirFile, folderOf, NOT_BACKED_UP, ServerFolders } from '../data-dir/data-dir-files';
import { BackedUpFile, BackupManifest, describeFile, MANIFEST_FILE } from './backup-manifest';
import { inspectDataDir } from './data-dir-contents';
import { hasTable } from './has-table';
import { STORED_DOCUMENT_NAME } from '../documents/document-store';

export interface BackupReport {
  manifest: BackupManifest;
  /** Files of DATA_DIR left out: on purpose (with the reason), or not known to this version. */
  leftOut: { name: string; reason: string }[];
}

export interface BackupOptions {
  /** Called after each database's snapshot is fixed: lets a test write between two of them. */
  afterPinning?: (file: string) => Promise<void>;
  /** LOCAL_DIR, where the read models are copied from (default: DATA_DIR). */
  localDir?: string;
}

interface PinnedDatabase {
  name: string;
  db: Database.Database;
}

/**
 * Copies every store of `dataDir` (the read models from `options.localDir`, LOCAL_DIR, as a
 * warm start) into the new folder `target`, all as of one moment, while the server keeps
 * running. Each database gets a read transaction first, in BACKUP_PLAN's
 * order, which fixes the snapshot it is copied from (WAL mode: writers go on meanwhile). The
 * stores written after the log are pinned before it, so none is ahead of the backup's log.
 * The copy uses SQLite's backup API from inside that read transaction, so it neither restarts
 * when the server writes nor sees those writes.
 */
export async function backup(dataDir: string, target: string, options: BackupOptions = {}): Promise<BackupReport> {
  const folders: ServerFolders = { dataDir, localDir: options.localDir ?? dataDir };
  if (!existsSync(join(dataDir, DATA_DIR_FILES.events))) {
    throw new Error(`There is no event log (${DATA_DIR_FILES.events}) in ${dataDir}. Is DATA_DIR set to the server's data folder?`);
  }
  const contents = inspectDataDir(dataDir);
  if (contents.unknownDatabases.length > 0) {
    throw new Error(
      `Nothing was backed up: ${dataDir} holds ${contents.unknownDatabases.join(', ')}, which this version does not know how ` +
        'to back up. It may belong to a newer version of the server; use that version to back up.',
    );
  }
  if (existsSync(target) && readdirSync(target).length > 0) {
    throw new Error(`The backup folder ${target} is not empty; choose a new folder.`);
  }
  mkdirSync(target, { recursive: true, mode: 0o700 });
  chmodSync(target, 0o700);
  const pinned: PinnedDatabase[] = [];
  try {
    for (const step of BACKUP_PLAN) {
      if (step.kind === 'sqlite') {
        const database = pin(folders, step);
        if (!database) continue;
        pinned.push(database);
        await options.afterPinning?.(database.name);
      }
    }
    const manifest: BackupManifest = {
      format: 'governance-backup/2',
      createdAt: new Date().toISOString(),
      eventLogHead: String(eventLogHead(pinned)),
      readModels: readModelPositions(pinned),
      files: [],
    };
    for (const { name, db } of pinned) {
      await db.backup(join(target, name));
      manifest.files.push(privateCopy(target, name));
    }
    for (const step of BACKUP_PLAN) {
      const name = DATA_DIR_FILES[step.file];
      const source = join(folderOf(step.file, folders), name);
      if (step.kind !== 'file' || !existsSync(source)) continue;
      // The server replaces such files whole (write, then rename), so a copy is one version.
      copyFileSync(source, join(target, name));
      manifest.files.push(privateCopy(target, name));
    }
    for (const step of BACKUP_PLAN) {
      if (step.kind === 'folder') manifest.files.push(...copyFolder(folderOf(step.file, folders), target, DATA_DIR_FILES[step.file]));
    }
    writeFileSync(join(target, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    // A LOCAL_DIR inside DATA_DIR is the server's own folder, not an unknown file.
    const unknownFiles = contents.unknownFiles.filter((name) => join(dataDir, name) !== folders.localDir);
    return { manifest, leftOut: leftOut(folders, unknownFiles) };
  } catch (error) {
    rmSync(target, { recursive: true, force: true });
    throw error;
  } finally {
    for (const { db } of pinned) {
      if (db.inTransaction) db.exec('ROLLBACK');
      db.close();
    }
  }
}

/** Opens a database and starts a read transaction; its first read fixes the snapshot. */
function pin(folders: ServerFolders, step: BackupStep): PinnedDatabase | undefined {
  const name = DATA_DIR_FILES[step.file];
  const file = join(folderOf(step.file, folders), name);
  if (!existsSync(file)) return undefined;
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.exec('BEGIN');
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return { name, db };
  } catch (error) {
    db.close();
    throw error;
  }
}

function pinnedNamed(pinned: PinnedDatabase[], name: string): Database.Database | undefined {
  return pinned.find((database) => database.name === name)?.db;
}

function eventLogHead(pinned: PinnedDatabase[]): bigint {
  const db = pinnedNamed(pinned, DATA_DIR_FILES.events) as Database.Database;
  const row = db.prepare('SELECT MAX(position) AS head FROM events').safeIntegers(true).get() as { head: bigint | null };
  return row.head ?? 0n;
}

function readModelPositions(pinned: PinnedDatabase[]): Record<string, string> {
  const db = pinnedNamed(pinned, DATA_DIR_FILES.readModels);
  if (!db || !hasTable(db, 'projection_state')) return {};
  const rows = db.prepare('SELECT name, position FROM projection_state ORDER BY name').safeIntegers(true).all() as { name: string; position: bigint }[];
  return Object.fromEntries(rows.map((row) => [row.name, String(row.position)]));
}

function privateCopy(folder: string, name: string): BackedUpFile {
  chmodSync(join(folder, name), 0o600);
  return describeFile(folder, name);
}

/**
 * Copies a folder of write-once files (documents named by their SHA-256): only such names, so a
 * half-written temporary file is never copied. Each is checked against its name as it is copied.
 */
function copyFolder(dataDir: string, target: string, folder: string): BackedUpFile[] {
  const source = join(dataDir, folder);
  if (!existsSync(source)) return [];
  mkdirSync(join(target, folder), { mode: 0o700 });
  const copied: BackedUpFile[] = [];
  for (const name of readdirSync(source).filter((entry) => STORED_DOCUMENT_NAME.test(entry)).sort()) {
    const relative = `${folder}/${name}`;
    copyFileSync(join(source, name), join(target, relative));
    const file = privateCopy(target, relative);
    if (file.sha256 !== name) throw new Error(`${relative} in ${dataDir} does not match its name: it was changed on disk. Nothing was backed up.`);
    copied.push(file);
  }
  return copied;
}

function leftOut(folders: ServerFolders, unknownFiles: string[]): BackupReport['leftOut'] {
  const onPurpose = (Object.entries(NOT_BACKED_UP) as [DataDirFile, string][])
    .filter(([file]) => existsSync(join(folderOf(file, folders), DATA_DIR_FILES[file])))
    .map(([file, reason]) => ({ name: DATA_DIR_FILES[file], reason }));
  const unknown = unknownFiles.map((name) => ({ name, reason: 'not a file this server writes' }));
  return [...onPurpose, ...unknown];
}
