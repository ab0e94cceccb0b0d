import type Database from 'better-sqlite3';
import type { EventStore, Position } from '@governance/event-store';
import { canonicalNames, Projection, REBUILD_SUFFIX_PREFIX, shadowNames } from './projection';
import { ProjectionStateTable } from './projection-state';
import { createSchema, dropTables } from './schema';

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
  // 2000 a page: a page dies young in the garbage collector; 5000 were promoted and peak RSS
  // swung between 270 and 550 MB on a million events, at no gain in speed.
  const batchSize = options.batchSize ?? 2000;
  const shadow = shadowNames(`${REBUILD_SUFFIX_PREFIX}${Date.now()}`);
  const states = new ProjectionStateTable(db);

  db.transaction(() => {
    for (const projection of projections) {
      dropTables(db, projection, shadow);
      createSchema(db, projection, shadow);
    }
  }).immediate();
  const appliers = projections.map((projection) => projection.applier(db, shadow));

  let position: Position = 0n;
  let events = 0;
  const head = await store.headPosition();
  const applyBatch = async (upTo?: Position): Promise<boolean> => {
    const batch = await store.readAll({ after: position, maxCount: batchSize });
    const wanted = upTo === undefined ? batch : batch.filter((event) => event.position <= upTo);
    // IMMEDIATE for the reason the live runner gives: appliers read before they write.
    db.transaction(() => {
      for (const event of wanted) for (const apply of appliers) apply(event);
    }).immediate();
    if (wanted.length > 0) position = wanted[wanted.length - 1].position;
    events += wanted.length;
    options.onProgress?.({ events, position, head });
    return batch.length === batchSize;
  };
  while (await applyBatch()) {
    /* keep reading until a short page */
  }

  // The swap: take the write lock so the live runner cannot commit in between.
  db.exec('BEGIN IMMEDIATE');
  try {
    const finalHead = await store.headPosition();
    while (position < finalHead && (await applyBatch(finalHead))) {
      /* catch up with appends made during the rebuild */
    }
    for (const projection of projections) {
      dropTables(db, projection, canonicalNames());
      for (const table of projection.tables) {
        db.exec(`ALTER TABLE "${shadow.table(table)}" RENAME TO "${table}"`);
      }
      states.save({ name: projection.name, version: projection.version, position, status: 'running', error: null });
    }
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }

  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    projections: projections.map((projection) => projection.name),
    events,
    seconds,
    eventsPerSecond: seconds > 0 ? Math.round(events / seconds) : events,
    position,
  };
}
