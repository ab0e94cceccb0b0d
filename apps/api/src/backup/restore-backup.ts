import Database from 'better-sqlite3';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR_FILES, DataDirFile, folderOf, ServerFolders, SQLITE_COMPANIONS } from '../data-dir/data-dir-files';
import { isStoredDocument, readVerifiedManifest } from './backup-manifest';
import { settleRestoredData, Settlement } from './settle-restored-data';

export interface RestoreReport {
  createdAt: string;
  files: string[];
  settlement: Settlement;
}

/**
 * Restores a backup into `dataDir` after checking every file against the manifest's SHA-256
 * sums. The server must be stopped. `dataDir` must be empty or missing; with `force`, the
 * server's files in it are replaced (other files are left alone). Files are made 0600 and
 * the folder 0700, then the stores are settled against the restored log. The read models go
 * back into `localDir` (LOCAL_DIR, default `dataDir`) as a warm start, and the caches already
 * there are removed first: they were derived from another log.
 */
export function restore(source: string, dataDir: string, options: { force?: boolean; localDir?: string } = {}): RestoreReport {
  const folders: ServerFolders = { dataDir, localDir: options.localDir ?? dataDir };
  const manifest = readVerifiedManifest(source);
  const present = existsSync(dataDir) ? readdirSync(dataDir) : [];
  if (present.length > 0 && !options.force) {
    throw new Error(
      `${dataDir} is not empty (it holds ${present.slice(0, 5).join(', ')}${present.length > 5 ? ', ...' : ''}). ` +
        'Stop the server, then restore with --force to replace its data.',
    );
  }
  refuseWhileServerRuns(dataDir);
  for (const folder of new Set([dataDir, folders.localDir])) {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    chmodSync(folder, 0o700);
  }
  for (const [file, name] of Object.entries(DATA_DIR_FILES) as [DataDirFile, string][]) {
    const path = join(folderOf(file, folders), name);
    if (FOLDERS.has(file)) rmSync(path, { recursive: true, force: true });
    else for (const suffix of ['', ...SQLITE_COMPANIONS]) rmSync(path + suffix, { force: true });
  }
  if (manifest.files.some((file) => isStoredDocument(file.name))) mkdirSync(join(dataDir, DATA_DIR_FILES.documents), { mode: 0o700 });
  // Copied under a temporary name first, so an interrupted restore leaves no half file in place.
  const destination = (name: string) => {
    const file = fileNamed(name);
    return join(file === undefined ? dataDir : folderOf(file, folders), name);
  };
  for (const file of manifest.files) {
    const partial = `${destination(file.name)}.restoring`;
    copyFileSync(join(source, file.name), partial);
    chmodSync(partial, 0o600);
  }
  for (const file of manifest.files) renameSync(`${destination(file.name)}.restoring`, destination(file.name));
  return {
    createdAt: manifest.createdAt,
    files: manifest.files.map((file) => file.name),
    settlement: settleRestoredData(dataDir, folders.localDir),
  };
}

/** The server's folders among its files: removed whole before a restore. */
const FOLDERS: ReadonlySet<DataDirFile> = new Set<DataDirFile>(['documents', 'readModelCheckpoints']);

/** Which of the server's files a backed-up name is (a document's name starts with its folder). */
function fileNamed(name: string): DataDirFile | undefined {
  const top = name.split('/')[0];
  return (Object.keys(DATA_DIR_FILES) as DataDirFile[]).find((file) => DATA_DIR_FILES[file] === top);
}

/**
 * A running server keeps its databases open (in WAL mode each connection holds a shared lock
 * on the file), so an exclusive lock on the log is only granted when no server has it open.
 */
function refuseWhileServerRuns(dataDir: string): void {
  const log = join(dataDir, DATA_DIR_FILES.events);
  if (!existsSync(log)) return;
  const db = new Database(log, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT');
  } catch {
    throw new Error(`A server is still using ${dataDir}. Stop it, then restore.`);
  } finally {
    db.close();
  }
}
