import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { catchUpSubscription } from './catch-up-subscription';
import { earlierAppendOf } from './earlier-append';
import { StreamDeletedError, StreamNotDeletableError } from './errors';
import {
  AppendOptions,
  AppendResult,
  EventStore,
  NewEvent,
  Position,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from './event-store';
import { assertExpectedRevision, satisfiesExpectedRevision } from './expected-revision';
import { GroupCommit } from './group-commit';
import { parseJsonKeepingText } from './json-text';
import { isKeyStream, KEY_STREAM_PREFIXES } from './reserved-streams';

export type SqliteSynchronous = 'FULL' | 'NORMAL';

export interface SqliteEventStoreOptions {
  /** Path of the database file, or ':memory:'. */
  file: string;
  /** FULL (default): a committed event survives power loss. NORMAL: faster, may lose the last commits. */
  synchronous?: SqliteSynchronous;
  /** How often a caught-up subscription looks for appends made by other processes. */
  pollIntervalMs?: number;
  /**
   * On (default): appends made in the same event-loop turn share one transaction and one fsync,
   * each in a savepoint of its own. Off: one transaction per append.
   */
  groupCommit?: boolean;
}

interface EventRow {
  position: bigint;
  event_id: string;
  stream_id: string;
  revision: bigint;
  type: string;
  data: string;
  metadata: string;
  recorded_at: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  position    INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id    TEXT    NOT NULL UNIQUE,
  stream_id   TEXT    NOT NULL,
  revision    INTEGER NOT NULL,
  type        TEXT    NOT NULL,
  data        TEXT    NOT NULL,
  metadata    TEXT    NOT NULL,
  recorded_at TEXT    NOT NULL,
  UNIQUE (stream_id, revision)
);
CREATE TABLE IF NOT EXISTS deleted_streams (
  stream_id  TEXT NOT NULL PRIMARY KEY,
  deleted_at TEXT NOT NULL
) WITHOUT ROWID;`;

/** The SQL condition that leaves key streams out of every read of the whole log. */
const NOT_A_KEY_STREAM = KEY_STREAM_PREFIXES.map(
  (prefix) => `substr(stream_id, 1, ${prefix.length}) <> '${prefix}'`,
).join(' AND ');

/** How often, and how long apart, a WAL checkpoint kept busy by readers is tried again after a delete. */
const CHECKPOINT_RETRIES = 10;
const CHECKPOINT_RETRY_MS = 1000;

const COLUMNS = 'position, event_id, stream_id, revision, type, data, metadata, recorded_at';

/** The embedded default: one SQLite file in WAL mode, the global position as its primary key. */
export class SqliteEventStore implements EventStore {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly waiters = new Set<() => void>();
  private readonly pollIntervalMs: number;
  private readonly statements;
  private readonly appendTransaction;
  private readonly insertEvents;
  private readonly deleteTransaction;
  private readonly groupCommit: GroupCommit | undefined;

  constructor(options: SqliteEventStoreOptions) {
    if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
    this.db = new Database(options.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    this.pollIntervalMs = options.pollIntervalMs ?? 200;

    const prepare = (sql: string) => this.db.prepare(sql).safeIntegers(true);
    this.statements = {
      lastRevision: prepare('SELECT MAX(revision) AS revision FROM events WHERE stream_id = ?'),
      byId: prepare(`SELECT ${COLUMNS} FROM events WHERE event_id = ?`),
      insert: prepare(
        `INSERT INTO events (event_id, stream_id, revision, type, data, metadata, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      readForwards: prepare(
        `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision ASC LIMIT ?`,
      ),
      readBackwards: prepare(
        `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
      ),
      // Without a bound LIMIT: SQLite plans a statement whose LIMIT is a parameter again each time
      // it is bound (about 12 us on this machine, 3-4x the whole read), and the common read (a
      // stream's state checked on every signed-in request: usually no newer events) asks no limit.
      readForwardsAll: prepare(`SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision ASC`),
      readBackwardsAll: prepare(`SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC`),
      readAll: prepare(
        `SELECT ${COLUMNS} FROM events WHERE position > ? AND ${NOT_A_KEY_STREAM} ORDER BY position ASC LIMIT ?`,
      ),
      head: prepare(`SELECT position FROM events WHERE ${NOT_A_KEY_STREAM} ORDER BY position DESC LIMIT 1`),
      isDeleted: prepare('SELECT 1 FROM deleted_streams WHERE stream_id = ?'),
      deleteStream: prepare('DELETE FROM events WHERE stream_id = ?'),
      markDeleted: prepare('INSERT OR IGNORE INTO deleted_streams (stream_id, deleted_at) VALUES (?, ?)'),
    };
    this.insertEvents = this.db.transaction((streamId: string, events: NewEvent[], lastRevision: number): AppendResult => {
      let revision = lastRevision;
      let position = 0n;
      const recordedAt = new Date().toISOString();
      for (const event of events) {
        revision += 1;
        const info = this.statements.insert.run(
          event.id,
          streamId,
          revision,
          event.type,
          JSON.stringify(event.data),
          JSON.stringify(event.metadata),
          // A keyed chain hashed its recording time in: record exactly that one.
          typeof event.metadata.recordedAt === 'string' ? event.metadata.recordedAt : recordedAt,
        );
        position = BigInt(info.lastInsertRowid);
      }
      return { nextExpectedRevision: revision, position };
    });
    this.deleteTransaction = this.db.transaction((streamId: string) => {
      this.statements.deleteStream.run(streamId);
      this.statements.markDeleted.run(streamId, new Date().toISOString());
    });
    this.appendTransaction = this.db.transaction(
      (streamId: string, events: NewEvent[], options: AppendOptions) =>
        this.appendInTransaction(streamId, events, options),
    );
    this.groupCommit =
      options.groupCommit === false
        ? undefined
        : new GroupCommit(this.db, (append) => this.appendTransaction(append.streamId, append.events, append.options), () =>
            this.notifyWaiters(),
          );
  }

  async appendToStream(streamId: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult> {
    // A caller holding a transaction on this connection (a bulk writer) appends inside it, at once.
    if (this.groupCommit && !this.db.inTransaction) return this.groupCommit.append({ streamId, events, options });
    // IMMEDIATE takes the write lock up front, so two processes never deadlock upgrading a read.
    const result = this.appendTransaction.immediate(streamId, events, options);
    if (events.length > 0) this.notifyWaiters();
    return result;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const { maxCount } = options;
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? Number.MAX_SAFE_INTEGER : 0);
    const rows =
      maxCount === undefined
        ? (backwards ? this.statements.readBackwardsAll : this.statements.readForwardsAll).all(streamId, from)
        : (backwards ? this.statements.readBackwards : this.statements.readForwards).all(streamId, from, maxCount);
    return (rows as EventRow[]).map(toRecordedEvent);
  }

  async readEventById(eventId: string): Promise<RecordedEvent | undefined> {
    const row = this.statements.byId.get(eventId) as EventRow | undefined;
    return row && toRecordedEvent(row);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const rows = this.statements.readAll.all(options.after ?? 0n, options.maxCount ?? Number.MAX_SAFE_INTEGER);
    return (rows as EventRow[]).map(toRecordedEvent);
  }

  async headPosition(): Promise<Position> {
    const row = this.statements.head.get() as { position: bigint } | undefined;
    return row?.position ?? 0n;
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    return catchUpSubscription(
      {
        readAfter: (after, maxCount) => this.readAll({ after, maxCount }),
        waitForAppend: (signal) => this.waitForAppend(signal),
      },
      options.after,
    );
  }

  /**
   * Removes the rows with secure_delete on (their bytes are zeroed in the file, not just freed)
   * and remembers the name, so the stream refuses appends for good; AUTOINCREMENT never hands
   * out its positions again. Then checkpoints the WAL, which still holds the rows' old pages;
   * while other connections' readers keep it busy, the checkpoint is tried again later.
   */
  async deleteStream(streamId: string): Promise<void> {
    if (!isKeyStream(streamId)) throw new StreamNotDeletableError(streamId, KEY_STREAM_PREFIXES);
    const secureDelete = this.db.pragma('secure_delete', { simple: true }) as number | bigint;
    this.db.pragma('secure_delete = ON');
    try {
      // Its own IMMEDIATE transaction; inside a bulk writer's transaction, a savepoint of it.
      if (this.db.inTransaction) this.deleteTransaction(streamId);
      else this.deleteTransaction.immediate(streamId);
    } finally {
      this.db.pragma(`secure_delete = ${Number(secureDelete)}`);
    }
    this.checkpointWal(CHECKPOINT_RETRIES);
  }

  /** The underlying connection, for online backups and benchmarks. */
  get database(): Database.Database {
    return this.db;
  }

  async close(): Promise<void> {
    // Appends already asked for are written (or refused) before the file closes.
    if (this.db.open) this.groupCommit?.flush();
    this.notifyWaiters();
    if (this.db.open) this.db.close();
  }

  private appendInTransaction(streamId: string, events: NewEvent[], options: AppendOptions): AppendResult {
    if (isKeyStream(streamId) && this.statements.isDeleted.get(streamId) !== undefined) throw new StreamDeletedError(streamId);
    const last = (this.statements.lastRevision.get(streamId) as { revision: bigint | null }).revision;
    const actual = last === null ? ('no-stream' as const) : Number(last);
    if (!satisfiesExpectedRevision(options.expectedRevision, actual)) {
      // A retried append finds the stream moved on by its own first success: answer that again.
      const retried = events.length > 0 ? this.resultOfEarlierAppend(streamId, events) : undefined;
      if (retried) return retried;
      assertExpectedRevision(streamId, options.expectedRevision, actual);
    }
    const lastRevision = actual === 'no-stream' ? -1 : actual;
    if (events.length === 0) {
      return { nextExpectedRevision: lastRevision, position: (this.statements.head.get() as { position: bigint } | undefined)?.position ?? 0n };
    }
    try {
      // A savepoint: when an event id is already stored, nothing of this append stays.
      return this.insertEvents(streamId, events, lastRevision);
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw error;
      // An event id already stored: the same append again (answered as the first), or a reused id.
      const retried = this.resultOfEarlierAppend(streamId, events);
      if (retried) return retried;
      throw error;
    }
  }

  /** When these exact events were appended before (a retried request), answers that append's result. */
  private resultOfEarlierAppend(streamId: string, events: NewEvent[]): AppendResult | undefined {
    const found = events.map((event) => {
      const row = this.statements.byId.get(event.id) as EventRow | undefined;
      return row && { streamId: row.stream_id, revision: Number(row.revision), position: row.position };
    });
    return earlierAppendOf(streamId, events, found);
  }

  private checkpointWal(retries: number): void {
    if (!this.db.open) return;
    // Inside a bulk writer's transaction the checkpoint cannot run yet: try again later.
    if (!this.db.inTransaction) {
      const [result] = this.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
      const done = result === undefined || (result.busy === 0 && result.checkpointed === result.log);
      if (done) return;
    }
    if (retries === 0) return;
    setTimeout(() => this.checkpointWal(retries - 1), CHECKPOINT_RETRY_MS).unref();
  }

  private notifyWaiters(): void {
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }

  private waitForAppend(signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (signal.aborted || !this.db.open) return resolve();
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        this.waiters.delete(done);
        resolve();
      };
      // The timer catches appends made by another process on the same file.
      const timer = setTimeout(done, this.pollIntervalMs);
      signal.addEventListener('abort', done, { once: true });
      this.waiters.add(done);
    });
  }
}

function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    streamId: row.stream_id,
    revision: Number(row.revision),
    position: row.position,
    type: row.type,
    data: parseJsonKeepingText<RecordedEvent['data']>(row.data),
    metadata: JSON.parse(row.metadata) as RecordedEvent['metadata'],
    recordedAt: row.recorded_at,
  };
}
