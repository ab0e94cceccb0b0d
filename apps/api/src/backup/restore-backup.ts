import Database from 'better-sqlite3';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR_FILES, SQLITE_COMPANIONS } from '../data-dir/data-dir-files';
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
 * the folder 0700, then the stores are settled against the restored log.
 */
export function restore(source: string, dataDir: string, options: { force?: boolean } = {}): RestoreReport {
  const manifest = readVerifiedManifest(source);
  const present = existsSync(dataDir) ? readdirSync(dataDir) : [];
  if (present.length > 0 && !options.force) {
    throw new Error(
      `${dataDir} is not empty (it holds ${present.slice(0, 5).join(', ')}${present.length > 5 ? ', ...' : ''}). ` +
        'Stop the server, then restore with --force to replace its data.',
    );
  }
  refuseWhileServerRuns(dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  for (const name of Object.values(DATA_DIR_FILES)) {
    if (name === DATA_DIR_FILES.documents) rmSync(join(dataDir, name), { recursive: true, force: true });
    else for (const suffix of ['', ...SQLITE_COMPANIONS]) rmSync(join(dataDir, name + suffix), { force: true });
  }
  if (manifest.files.some((file) => isStoredDocument(file.name))) mkdirSync(join(dataDir, DATA_DIR_FILES.documents), { mode: 0o700 });
  // Copied under a temporary name first, so an interrupted restore leaves no half file in place.
  for (const file of manifest.files) {
    const partial = join(dataDir, `${file.name}.restoring`);
    copyFileSync(join(source, file.name), partial);
    chmodSync(partial, 0o600);
  }
  for (const file of manifest.files) renameSync(join(dataDir, `${file.name}.restoring`), join(dataDir, file.name));
  return { createdAt: manifest.createdAt, files: manifest.files.map((file) => file.name), settlement: settleRestoredData(dataDir) };
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
