import { closeSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR_FILES, SQLITE_COMPANIONS } from '../data-dir/data-dir-files';

export interface DataDirContents {
  /** SQLite databases no store of this version opens: backup refuses rather than skip them. */
  unknownDatabases: string[];
  /** Anything else backup does not know; it is left out, and the operator is told. */
  unknownFiles: string[];
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** What DATA_DIR holds beyond the files named in data-dir-files.ts. */
export function inspectDataDir(dataDir: string): DataDirContents {
  const known = new Set<string>(Object.values(DATA_DIR_FILES));
  const contents: DataDirContents = { unknownDatabases: [], unknownFiles: [] };
  for (const name of readdirSync(dataDir).sort()) {
    const companionOf = SQLITE_COMPANIONS.find((suffix) => name.endsWith(suffix));
    const base = companionOf ? name.slice(0, -companionOf.length) : name;
    if (known.has(base)) continue;
    if (companionOf) {
      if (!contents.unknownDatabases.includes(base)) contents.unknownDatabases.push(base);
    } else if (/\.(db|sqlite3?)$/i.test(name) || isSqliteFile(join(dataDir, name))) {
      if (!contents.unknownDatabases.includes(name)) contents.unknownDatabases.push(name);
    } else {
      contents.unknownFiles.push(name);
    }
  }
  return contents;
}

function isSqliteFile(path: string): boolean {
  if (!lstatSync(path).isFile()) return false;
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(path, 'r');
  try {
    return readSync(fd, header, 0, header.length, 0) === header.length && header.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}
