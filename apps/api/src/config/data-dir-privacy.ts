import { accessSync, chmodSync, constants, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from './app-config';

/**
 * DATA_DIR holds personal data, password hashes and signing secrets: only the server's user may
 * read it. From here on every file this process (and SQLite, and any child) creates is 0600 and
 * every folder 0700; what an earlier version left readable to others is closed once, at start.
 */
export function keepDataDirPrivate(
  dataDir: string,
  warn: (message: string) => void = console.warn,
): void {
  process.umask(0o077);
  mkdirSync(dataDir, { recursive: true });
  closeToOthers(dataDir, warn);
}

/**
 * Both folders private, each walked once: LOCAL_DIR is DATA_DIR unless set apart, and a
 * second walk of the same tree (every stored document) would only repeat the first.
 */
export function keepDirsPrivate(
  dirs: { dataDir: string; localDir: string },
  warn: (message: string) => void = console.warn,
): void {
  keepDataDirPrivate(dirs.dataDir, warn);
  if (dirs.localDir !== dirs.dataDir) keepLocalDirPrivate(dirs.localDir, warn);
}

/**
 * LOCAL_DIR gets DATA_DIR's privacy (call after keepDataDirPrivate): read models hold the same
 * trusts' records. A folder that cannot be made or written stops start-up with a plain reason.
 */
function keepLocalDirPrivate(
  localDir: string,
  warn: (message: string) => void = console.warn,
): void {
  try {
    mkdirSync(localDir, { recursive: true });
    accessSync(localDir, constants.W_OK);
  } catch (error) {
    throw new ConfigError([
      `LOCAL_DIR (${localDir}) must be a folder the server can create and write: ${(error as Error).message}`,
    ]);
  }
  closeToOthers(localDir, warn);
}

/** Takes group and other permissions off a file or folder and everything in it (links are left alone). */
function closeToOthers(path: string, warn: (message: string) => void): void {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) return;
  if ((stat.mode & 0o077) !== 0) {
    try {
      chmodSync(path, stat.mode & 0o700);
    } catch (error) {
      warn(
        `Could not make ${path} private to the server's user (${(error as Error).message}); others may read it.`,
      );
    }
  }
  if (stat.isDirectory())
    for (const name of readdirSync(path)) closeToOthers(join(path, name), warn);
}
