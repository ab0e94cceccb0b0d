import type Database from 'better-sqlite3';
import { defaultUpcaster, Upcaster } from '@governance/domain';
import type { EventStore, Position } from '@governance/event-store';
import type { ReadModelCheckpoints } from './checkpoints/read-model-checkpoints';
import { canonicalNames, Projection, REBUILD_SUFFIX_PREFIX, shadowNames } from './projection';
import { ProjectionStateTable } from './projection-state';
import { ProjectionChangesTable } from './projection-changes';
import { createIndexes, createTables, dropTables } from './schema';

/** The rebuild's page cache, in KiB: the pages a second of events keeps touching. */
const REBUILD_CACHE_KIB = 64 * 1024;
/**
 * The page cache while the secondary indexes are built, in KiB. SQLite's sorter takes about as
 * much memory again as the page cache: building the audit trail's index of a million event ids
 * peaked 72 MB above the cache with 64 MB, 32 MB with 32 MB, in the same time (2.0-2.5 s).
 */
const INDEX_BUILD_CACHE_KIB = 32 * 1024;
/** Pages of WAL between checkpoints during the load (4 KiB pages: 64 MB; SQLite's default is 1,000). */
const REBUILD_CHECKPOINT_PAGES = 16_384;
/** How long one transaction of the load keeps applying pages before it commits. */
const TRANSACTION_MS = 1000;

export interface RebuildProgress {
  events: number;
  position: Position;
  head: Position;
}

export interface RebuildSummary {
  projections: string[];
  events: number;
  seconds: number;
  eventsPerSecond: number;
  position: Position;
}

export interface RebuildOptions {
  batchSize?: number;
  onProgress?: (progress: RebuildProgress) => void;
  /** How stored events of an old shape reach the appliers (default: the domain's registered upcasters). */
  upcaster?: Upcaster;
  /**
   * knownAt's read-model checkpoints, written as the load passes each interval when every
   * projection they copy is rebuilt (a rebuild of some read models leaves them as they are).
   */
  checkpoints?: ReadModelCheckpoints;
}

/**
 * Rebuilds projections from position 0 into shadow tables, then swaps them in within one
 * transaction that also applies whatever arrived meanwhile and sets the checkpoints.
 * A server sharing the database keeps reading the old tables until that commit.
 */
export async function rebuildProjections(
  store: EventStore,
  db: Database.Database,
  projections: readonly Projection[],
  options: RebuildOptions = {},
): Promise<RebuildSummary> {
  const started = process.hrtime.bigint();
  // 500 a page (transactions last about a second whatever the page): a page dies young in the
  // garbage collector. With 5,000 peak RSS swung between 270 and 550 MB on a million events,
  // with 2,000 it reached 280-300 MB, with 500 240 MB (the live runner's bulk path), at no loss of speed.
  const batchSize = options.batchSize ?? 500;
  const upcaster = options.upcaster ?? defaultUpcaster;
  const shadow = shadowNames(`${REBUILD_SUFFIX_PREFIX}${Date.now()}`);
  const states = new ProjectionStateTable(db);
  const changes = new ProjectionChangesTable(db);

  db.transaction(() => {
    for (const projection of projections) {
      dropTables(db, projection, shadow);
      createTables(db, projection, shadow);
    }
  }).immediate();
  // Index pages stay in memory while a million rows go in (SQLite's default cache is 2 MB), and
  // the WAL is copied back into the database every 64 MB instead of every 4 MB.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  const autoCheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma(`cache_size = -${REBUILD_CACHE_KIB}`);
  db.pragma(`wal_autocheckpoint = ${REBUILD_CHECKPOINT_PAGES}`);
  const appliers = projections.map((projection) => projection.applier(db, shadow));
  const checkpoints = options.checkpoints?.projections.every((copied) => projections.some((p) => p.name === copied.name))
    ? options.checkpoints
    : undefined;
  checkpoints?.removeStale();
  let checkpointed: Position = 0n;

  let position: Position = 0n;
  let events = 0;
  const head = await store.headPosition();
  /** Applies the next page of the log; the caller holds the transaction. False after a short page. */
  const applyPage = async (upTo?: Position): Promise<boolean> => {
    const batch = await store.readAll({ after: position, maxCount: batchSize });
    const wanted = upTo === undefined ? batch : batch.filter((event) => event.position <= upTo);
    for (const stored of wanted) {
      // Appliers only know the current shape of each event.
      const event = upcaster.upcast(stored);
      for (const apply of appliers) apply(event);
    }
    if (wanted.length > 0) position = wanted[wanted.length - 1].position;
    events += wanted.length;
    options.onProgress?.({ events, position, head });
    return batch.length === batchSize;
  };
  try {
    // Transactions of about a second: a commit rewrites every page the events touched (each
    // school's policy rows again and again), so fewer commits write far less, while a live
    // runner in another process never waits long for the write lock.
    for (let more = true; more; ) {
      await inImmediateTransaction(db, async () => {
        const opened = Date.now();
        do more = await applyPage();
        while (more && Date.now() - opened < TRANSACTION_MS);
      });
      // Between transactions (SQLite attaches only there), from the shadow tables as they stand.
      if (checkpoints?.due(checkpointed, position)) {
        checkpoints.write(db, shadow, position);
        checkpointed = position;
      }
    }
    // One index at a time, each its own transaction: a live runner waits out one index build
    // (a few seconds on a million events), never all of them. A smaller cache (the server's):
    // the sorter's memory comes on top of it, and this was the rebuild's peak of memory.
    db.pragma(`cache_size = -${INDEX_BUILD_CACHE_KIB}`);
    for (const projection of projections) createIndexes(db, projection, shadow);
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
    db.pragma(`wal_autocheckpoint = ${autoCheckpoint}`);
  }

  // The swap: take the write lock so the live runner cannot commit in between.
  await inImmediateTransaction(db, async () => {
    const finalHead = await store.headPosition();
    while (position < finalHead && (await applyPage(finalHead))) {
      /* catch up with appends made during the rebuild */
    }
    for (const projection of projections) {
      dropTables(db, projection, canonicalNames());
      for (const table of projection.tables) {
        db.exec(`ALTER TABLE "${shadow.table(table)}" RENAME TO "${table}"`);
      }
      states.save({ name: projection.name, version: projection.version, position, status: 'running', error: null });
      // Rebuilt tables: where each last changed is not tracked here, so its checkpoint counts.
      changes.forget(projection.name);
    }
  });
  // The checkpoints written are compressed beside the load: published before it answers.
  await checkpoints?.settled();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    projections: projections.map((projection) => projection.name),
    events,
    seconds,
    eventsPerSecond: seconds > 0 ? Math.round(events / seconds) : events,
    position,
  };
}

/**
 * Runs `work` in a transaction that takes the write lock first (BEGIN IMMEDIATE: appliers read
 * before they write, see the live runner). It may await the event store, so better-sqlite3's
 * synchronous db.transaction() cannot hold it; nothing else uses this connection meanwhile.
 */
async function inImmediateTransaction(db: Database.Database, work: () => Promise<void>): Promise<void> {
  db.exec('BEGIN IMMEDIATE');
  try {
    await work();
    db.exec('COMMIT');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
