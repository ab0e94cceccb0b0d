import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzip } from 'node:zlib';
import type { Position } from '@governance/event-store';
import { canonicalNames, Projection, TableNames } from '../projection';
import { RECORDED_LATE_CANDIDATE } from '../queries/recorded-late.query';
import { createIndexesOfCopy, createSchema, createTablesOfCopy } from '../schema';
import { PAST_READ_MODEL_PROJECTIONS } from './past-projections';

/** Bump when what a checkpoint file holds changes (its tables' compaction below). */
const CHECKPOINT_FORMAT = 4;
/** The default distance between checkpoints, in positions of the log. */
export const DEFAULT_CHECKPOINT_INTERVAL = 25_000;
/** A checkpoint file: gzip of a SQLite database (format 4); plain `.db` files are earlier formats' (stale). */
const FILE = /^(\d+)-([0-9a-f]{12})\.db(\.gz)?$/;
/** gzip's level: a sixth of the bytes at level 4 (SQLite pages of ids and JSON), half a second a way for 100 MB. */
const GZIP_LEVEL = 4;

/**
 * Which older checkpoints are kept, so the disk stays bounded: every one of the newest
 * `newest`, then only every `every`-th interval (counted from position 0, so a file kept once
 * stays kept as the log grows). knownAt at an old position folds up to `every` intervals.
 */
export interface CheckpointRetention {
  newest: number;
  every: number;
}
export const DEFAULT_CHECKPOINT_RETENTION: CheckpointRetention = { newest: 16, every: 2 };
const gzipAsync = promisify(gzip);

/** A checkpoint loaded into a private in-memory database, ready to fold the events after it. */
export interface LoadedCheckpoint {
  position: Position;
  db: Database.Database;
}

export interface CheckpointFile {
  position: Position;
  path: string;
  bytes: number;
}

/**
 * What a checkpoint keeps of a table, when not every row: only what the dashboard and the
 * registers read and no later event can bring back. Only the latest evaluation of each school's
 * policy (the register and dashboard read that one; a fold that meets an evaluation withdrawn
 * after the checkpoint folds from the start instead, see readModelsAt). Of the policy
 * decisions, those that may count as recorded late, with their audit row, without the
 * decision's data (only the clerk's pack reads it), and of the audit trail's ids and names only
 * those these rows hold. No link governor visits (the dashboard counts reports). Every other
 * table is copied whole.
 */
const KEPT_ROWS: Record<string, (db: Database.Database, source: TableNames) => string> = {
  rm_policy_evaluations: (db, source) => {
    const evaluations = `"${source.table('rm_policy_evaluations')}"`;
    const indexed = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND name LIKE 'rm_policy_evaluations_latest%'")
      .get(source.table('rm_policy_evaluations'));
    // The live read models: one probe of the (school, policy, day, position) index per school
    // policy. A rebuild's tables before their indexes: one sort of all evaluations instead.
    if (indexed) {
      return `WHERE position IN (SELECT (SELECT e.position FROM ${evaluations} e WHERE e.school_policy = sp.id
        ORDER BY e.evaluated_on DESC, e.position DESC LIMIT 1) FROM "${source.table('rm_school_policies')}" sp)`;
    }
    return `WHERE position IN (SELECT position FROM (SELECT position, row_number() OVER (PARTITION BY school_policy
      ORDER BY evaluated_on DESC, position DESC) AS newest FROM ${evaluations}) WHERE newest = 1)`;
  },
  audit_decisions: (_db, source) => `WHERE position IN (${lateCandidates(source)})`,
  audit_events: (_db, source) => `WHERE position IN (${lateCandidates(source)})`,
  // Only the ids and names the kept rows hold (the trust's streams are most of the table).
  audit_keys: (_db, source) => {
    const late = lateCandidates(source);
    const events = `"${source.table('audit_events')}" WHERE position IN (${late})`;
    const decisions = `"${source.table('audit_decisions')}" WHERE position IN (${late})`;
    const withdrawals = `"${source.table('audit_withdrawals')}"`;
    const columns = ['trust', 'school', 'policy', 'stream', 'type', 'actor', 'actor_role'];
    return `WHERE id IN (${[
      ...columns.map((column) => `SELECT ${column} FROM ${events}`),
      `SELECT trust FROM ${decisions}`,
      `SELECT actor FROM ${decisions}`,
      `SELECT trust FROM ${withdrawals}`,
      `SELECT withdrawn_by FROM ${withdrawals}`,
    ].join(' UNION ')})`;
  },
  rm_governor_visits: () => 'WHERE 0',
};

/**
 * Columns a checkpoint does not keep (the value written instead): what only the clerk's pack
 * reads (a decision's data, a link governor report's text; the dashboard counts reports).
 */
const BLANKED: Record<string, Record<string, string>> = {
  audit_decisions: { data: "'{}'" },
  rm_governor_reports: { summary: "''", policy_ids: "'[]'", recommendations: 'NULL' },
};

function lateCandidates(source: TableNames): string {
  return `SELECT d.position FROM "${source.table('audit_decisions')}" d JOIN "${source.table('audit_events')}" e ON e.position = d.position
    WHERE ${RECORDED_LATE_CANDIDATE}`;
}

/**
 * Read-model checkpoints: copies of the tables `knownAt` folds (PAST_READ_MODEL_PROJECTIONS),
 * as much of them as the dashboard and registers read (KEPT_ROWS; not the clerk's pack, which
 * folds from the start), as they stood at an exact position of the log, one SQLite file each
 * in a folder beside the read models. A derived cache: it can be deleted at any time (knownAt
 * then folds from the start, slower) and files of other projection versions are ignored and
 * removed. `knownAt` at a position loads the newest checkpoint at or before it and folds only
 * the events after it.
 */
export class ReadModelCheckpoints {
  /** The projection versions and file format the files must have been written with. */
  readonly versionKey: string;
  /** Compressions under way, one after another (see write). */
  private compressing: Promise<void> = Promise.resolve();

  constructor(
    readonly dir: string,
    /** Positions between checkpoints; 0 writes none (and knownAt folds from the start). */
    readonly interval: number,
    readonly projections: readonly Projection[] = PAST_READ_MODEL_PROJECTIONS,
    readonly retention: CheckpointRetention = DEFAULT_CHECKPOINT_RETENTION,
  ) {
    const versions = JSON.stringify([CHECKPOINT_FORMAT, projections.map((p) => [p.name, p.version])]);
    this.versionKey = createHash('sha256').update(versions).digest('hex').slice(0, 12);
  }

  /** Whether the read models passed a multiple of the interval moving from `from` to `to`. */
  due(from: Position, to: Position): boolean {
    if (this.interval <= 0 || to <= from) return false;
    const interval = BigInt(this.interval);
    return to / interval > from / interval;
  }

  /**
   * Copies the tables (named by `source`: the live names or a rebuild's shadow names) of the
   * connection `db` as they stand at `position`. Runs outside any transaction of `db` (SQLite
   * attaches only there), synchronously, so nothing writes in between. The copy is then
   * compressed off the event loop (zlib's thread pool) and published under its name when done
   * (`settled()`); until then knownAt uses the checkpoint before it. A compression that fails
   * leaves no file: a cache miss.
   */
  write(db: Database.Database, source: TableNames, position: Position): CheckpointFile {
    mkdirSync(this.dir, { recursive: true });
    const path = join(this.dir, `${position}-${this.versionKey}.db.gz`);
    const partial = `${path}.partial-${process.pid}`;
    rmSync(partial, { force: true });
    db.prepare('ATTACH DATABASE ? AS past').run(partial);
    try {
      // A cache rebuilt from the log: no journal, no sync; the rename below publishes it whole.
      db.pragma('past.journal_mode = OFF');
      db.pragma('past.synchronous = OFF');
      const target: TableNames = { table: (logical) => `past"."${logical}`, index: (logical) => `past"."${logical}` };
      db.transaction(() => {
        for (const projection of this.projections) {
          createTablesOfCopy(db, projection, target);
          for (const table of projection.tables) {
            const names = (db.prepare(`PRAGMA past.table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
            const values = names.map((name) => BLANKED[table]?.[name] ?? `"${name}"`).join(', ');
            const kept = KEPT_ROWS[table]?.(db, source) ?? '';
            db.exec(`INSERT INTO past."${table}" (${names.map((name) => `"${name}"`).join(', ')}) SELECT ${values} FROM "${source.table(table)}" ${kept}`);
          }
          // Built here, once per checkpoint, not by every load (a third of a second on the
          // million-event trust). An index names its table without the database.
          createIndexesOfCopy(db, projection, { table: (logical) => logical, index: (logical) => `past"."${logical}` });
        }
        db.exec('CREATE TABLE past.checkpoint_meta (position INTEGER NOT NULL, version_key TEXT NOT NULL)');
        db.prepare('INSERT INTO past.checkpoint_meta (position, version_key) VALUES (?, ?)').run(position, this.versionKey);
      })();
    } catch (error) {
      db.exec('DETACH DATABASE past');
      rmSync(partial, { force: true });
      throw error;
    }
    db.exec('DETACH DATABASE past');
    const bytes = statSync(partial).size;
    this.compressing = this.compressing.then(() => this.publish(partial, path));
    return { position, path, bytes };
  }

  /** Resolves when every checkpoint written so far is compressed and published (or failed). */
  settled(): Promise<void> {
    return this.compressing;
  }

  private async publish(partial: string, path: string): Promise<void> {
    const compressed = `${partial}.gz`;
    try {
      await writeFile(compressed, await gzipAsync(await readFile(partial), { level: GZIP_LEVEL }));
      await rename(compressed, path);
      this.thin();
    } catch {
      // A cache: the checkpoint before it serves instead.
    } finally {
      await rm(partial, { force: true });
      await rm(compressed, { force: true });
    }
  }

  /** Removes this version's files the retention does not keep (see CheckpointRetention). */
  thin(): void {
    const { newest, every } = this.retention;
    const files = this.files();
    const interval = BigInt(Math.max(this.interval, 1));
    for (const file of files.slice(0, Math.max(files.length - newest, 0))) {
      if ((file.position / interval) % BigInt(Math.max(every, 1)) !== 0n) rmSync(file.path, { force: true });
    }
  }

  /** This version's checkpoint files, oldest first. */
  files(): CheckpointFile[] {
    return this.listed()
      .filter((file) => file.versionKey === this.versionKey)
      // A file another process removed meanwhile is left out.
      .flatMap(({ position, path }) => {
        const stat = statSync(path, { throwIfNoEntry: false });
        return stat ? [{ position, path, bytes: stat.size }] : [];
      })
      .sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
  }

  /**
   * The newest checkpoint at or before `position`, in a private in-memory database with its
   * indexes; undefined when there is none (or none that opens).
   */
  load(position: Position): LoadedCheckpoint | undefined {
    for (const file of this.files().reverse()) {
      if (file.position > position) continue;
      let db: Database.Database | undefined;
      try {
        db = new Database(gunzipSync(readFileSync(file.path)));
        const meta = db.prepare('SELECT position, version_key AS versionKey FROM checkpoint_meta').safeIntegers(true).get() as
          | { position: bigint; versionKey: string }
          | undefined;
        if (meta?.versionKey !== this.versionKey || meta.position !== file.position) throw new Error('not this version');
        for (const projection of this.projections) createSchema(db, projection, canonicalNames());
        return { position: meta.position, db };
      } catch {
        db?.close();
        // A damaged or foreign file is a cache miss: try the one before it.
      }
    }
    return undefined;
  }

  /** Removes files of other projection versions, and files left half-written by a process that stopped. */
  removeStale(): void {
    for (const file of this.listed()) if (file.versionKey !== this.versionKey) rmSync(file.path, { force: true });
    // A file still being written by another process is younger than an hour.
    for (const name of this.names().filter((n) => n.includes('.partial-'))) {
      const path = join(this.dir, name);
      if (Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 3_600_000) rmSync(path, { force: true });
    }
  }

  private listed(): { position: Position; versionKey: string; path: string }[] {
    return this.names().flatMap((name) => {
      const match = FILE.exec(name);
      // A plain `.db` is an earlier format's file: never this version's, removed as stale.
      const versionKey = match?.[3] ? match[2] : 'earlier-format';
      return match ? [{ position: BigInt(match[1]), versionKey, path: join(this.dir, name) }] : [];
    });
  }

  private names(): string[] {
    try {
      return readdirSync(this.dir);
    } catch {
      return [];
    }
  }
}
