import Database from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Query answers kept on disk (a cache beside the read models, in a database of its own) so the
 * first dashboard after a start is read, not computed again from every school's register.
 *
 * A kept answer is used only when it was computed from the very read models the server now
 * holds, by the same code: its stamp is every projection's name, version and position
 * (`projection_state`: the read models are a function of those, whether applied live or
 * rebuilt) and the code's identity. Any event applied, a rebuild to another version or another
 * build makes it a miss, and the answer is computed and kept again. Answers that depend on the
 * day carry the day in their key, so a new day (midnight in London) is a miss too.
 *
 * Writing to a separate file matters: a write to the read-model database would move the
 * in-memory memo's stamp and throw away every remembered answer.
 */
export class PersistedAnswers {
  private readonly statements;
  private readonly positions: Database.Statement;

  constructor(
    private readonly cache: Database.Database,
    readModels: Database.Database,
    private readonly code: string = codeIdentity(),
    private readonly capacity = 64,
  ) {
    cache.exec(`CREATE TABLE IF NOT EXISTS answers (
      key   TEXT PRIMARY KEY,
      stamp TEXT NOT NULL,
      json  TEXT NOT NULL
    )`);
    this.statements = {
      get: cache.prepare('SELECT stamp, json FROM answers WHERE key = ?'),
      put: cache.prepare('INSERT INTO answers (key, stamp, json) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET stamp = excluded.stamp, json = excluded.json'),
      trim: cache.prepare('DELETE FROM answers WHERE rowid NOT IN (SELECT rowid FROM answers ORDER BY rowid DESC LIMIT ?)'),
    };
    this.positions = readModels.prepare('SELECT name, version, position FROM projection_state ORDER BY name').raw();
  }

  /** Opens (or creates) the cache file; it is a cache, so losing its last writes in a crash costs only a computation. */
  static open(file: string, readModels: Database.Database): PersistedAnswers {
    const cache = new Database(file);
    cache.pragma('journal_mode = WAL');
    cache.pragma('synchronous = OFF');
    return new PersistedAnswers(cache, readModels);
  }

  /** The kept answer for `key` if it was computed from the read models as they stand now; otherwise computes and keeps it. */
  answer<T>(key: string, compute: () => T): T {
    const stamp = this.stamp();
    const kept = this.statements.get.get(key) as { stamp: string; json: string } | undefined;
    if (kept && kept.stamp === stamp) return JSON.parse(kept.json) as T;
    const value = compute();
    // Re-read: only an answer computed on unchanged read models may be kept under this stamp.
    if (this.stamp() === stamp) {
      this.statements.put.run(key, stamp, JSON.stringify(value));
      this.statements.trim.run(this.capacity);
    }
    return value;
  }

  private stamp(): string {
    return JSON.stringify([this.code, this.positions.all()], (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
  }
}

/**
 * The identity of the code that computes answers: the size and modification time of every file
 * of the libraries it runs (domain rules, read models and queries, answer shapes), compiled or
 * not. A rebuilt or edited library is another identity, so no answer of older code is served.
 */
export function codeIdentity(): string {
  // From libs/projections/src/queries (or its compiled twin under dist) to libs/.
  const libs = resolve(__dirname, '../../..');
  const hash = createHash('sha256');
  let files = 0;
  for (const library of ['domain', 'projections', 'contracts']) {
    files += hashTree(join(libs, library, 'src'), hash);
  }
  // Nothing found means the layout is not the one expected: never reuse across processes then.
  return files === 0 ? randomUUID() : hash.digest('hex');
}

function hashTree(folder: string, hash: ReturnType<typeof createHash>): number {
  let entries: string[];
  try {
    entries = readdirSync(folder).sort();
  } catch {
    return 0;
  }
  let files = 0;
  for (const entry of entries) {
    const path = join(folder, entry);
    const stat = statSync(path);
    if (stat.isDirectory()) files += hashTree(path, hash);
    else if (/\.(js|ts)$/.test(entry)) {
      hash.update(`${path}\0${stat.size}\0${stat.mtimeMs}\n`);
      files += 1;
    }
  }
  return files;
}
