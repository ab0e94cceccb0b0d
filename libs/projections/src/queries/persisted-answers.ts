import Database from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createProjectionChanges, lastChangedSql } from '../projection-changes';
import { ProjectionStateTable } from '../projection-state';

/**
 * Query answers kept on disk (a cache beside the read models, in a database of its own) so the
 * first dashboard after a start is read, not computed again from every school's register.
 *
 * A kept answer is used only when it was computed from the same rows of the read models it
 * reads, by the same code: its stamp is the code's identity and the caller's `ReadModelInputs`
 * (for each read model the answer reads, its version and the position at which it last changed
 * a row). An event that changes none of those rows (a sign-in, a new person) leaves the answer
 * valid; one that does, a rebuild, another version or another build makes it a miss, and the
 * answer is computed and kept again. Answers that depend on the day or the term dates carry
 * them in their key.
 *
 * Writing to a separate file matters: a write to the read-model database would move the
 * in-memory memo's stamp and throw away every remembered answer.
 */
export class PersistedAnswers {
  private readonly statements;
  /** Answers computed, kept or not (tests count them). */
  computed = 0;

  constructor(
    private readonly cache: Database.Database,
    private readonly code: string = codeIdentity(),
    // The dashboards and school registers of a few trusts: a 100-school trust's registers must not push its dashboard out.
    private readonly capacity = 256,
  ) {
    cache.exec(`CREATE TABLE IF NOT EXISTS answers (
      key   TEXT PRIMARY KEY,
      stamp TEXT NOT NULL,
      json  TEXT NOT NULL
    )`);
    this.statements = {
      get: cache.prepare('SELECT stamp, json FROM answers WHERE key = ?'),
      // REPLACE gives the row a new rowid: the newest answers are the ones trimming keeps.
      put: cache.prepare('INSERT OR REPLACE INTO answers (key, stamp, json) VALUES (?, ?, ?)'),
      trim: cache.prepare('DELETE FROM answers WHERE rowid NOT IN (SELECT rowid FROM answers ORDER BY rowid DESC LIMIT ?)'),
    };
  }

  /** Opens (or creates) the cache file; it is a cache, so losing its last writes in a crash costs only a computation. */
  static open(file: string): PersistedAnswers {
    const connect = () => {
      const cache = new Database(file);
      cache.pragma('journal_mode = WAL');
      cache.pragma('synchronous = OFF');
      cache.pragma('busy_timeout = 100');
      return new PersistedAnswers(cache);
    };
    try {
      return connect();
    } catch {
      // An unreadable cache (a torn or foreign file) is only a cache: start it again.
      for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
      return connect();
    }
  }

  /** The kept answer for `key` if it was computed from the read models as they stand now; otherwise computes and keeps it. */
  answer<T>(key: string, inputs: ReadModelInputs, compute: () => T): T {
    const stamp = this.stamp(inputs);
    const kept = this.kept(key);
    if (kept && kept.stamp === stamp) return JSON.parse(kept.json) as T;
    this.computed += 1;
    const value = compute();
    // Re-read: only an answer computed on unchanged read models (another process may write) is kept under this stamp.
    if (this.stamp(inputs) === stamp) this.keep(key, stamp, JSON.stringify(value));
    return value;
  }

  // A cache that cannot be read or written (busy with another process, disk full) costs a
  // computation, never a request.
  private kept(key: string): { stamp: string; json: string } | undefined {
    try {
      return this.statements.get.get(key) as { stamp: string; json: string } | undefined;
    } catch {
      return undefined;
    }
  }

  private keep(key: string, stamp: string, json: string): void {
    try {
      this.cache.transaction(() => {
        this.statements.put.run(key, stamp, json);
        this.statements.trim.run(this.capacity);
      })();
    } catch {
      /* not kept: computed again next time */
    }
  }

  private stamp(inputs: ReadModelInputs): string {
    return JSON.stringify([this.code, inputs.stamp()]);
  }
}

/**
 * What an answer reads, as a stamp that moves whenever a row it could read changes: for each
 * projection named, its version, status and the position where it last changed a row
 * (`projection_state` with `projection_changes`); and `fingerprints`, queries over tables whose
 * projection changes on every event (the audit trail) but whose rows the answer reads are only
 * ever added or removed, never edited, at increasing positions (count and highest position
 * then tell any change).
 */
export class ReadModelInputs {
  private readonly statements: Database.Statement[];

  constructor(readModels: Database.Database, projections: readonly string[], fingerprints: readonly string[] = []) {
    // Both exist once a runner or a rebuild ran; created here for read models that never had one.
    new ProjectionStateTable(readModels);
    createProjectionChanges(readModels);
    this.statements = [lastChangedSql(projections), ...fingerprints].map((sql) => readModels.prepare(sql).raw());
  }

  stamp(): string {
    return JSON.stringify(
      this.statements.map((statement) => statement.all()),
      (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value),
    );
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
