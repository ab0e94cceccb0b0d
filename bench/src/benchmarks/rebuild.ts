import Database from 'better-sqlite3';
import { SqliteEventStore } from '@governance/event-store';
import { ALL_PROJECTIONS, ProjectionRunner, rebuildProjections } from '@governance/projections';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openReadModelDatabase } from '../../../apps/api/src/projections/read-model-database';
import { round, seconds } from './stats';

export interface ReplayFigures {
  events: number;
  seconds: number;
  eventsPerSecond: number;
  /** The process's peak resident set size, in MB (it did nothing else). */
  peakRssMb: number;
}

const peakRssMb = () => round(process.resourceUsage().maxRSS / 1024, 1);

/** The read-model database exactly as the server opens it (same file name and pragmas). */
function openReadModels(dataDir: string): Database.Database {
  return openReadModelDatabase({ localDir: dataDir });
}

/**
 * `projections:rebuild` of every read model from position 0 (shadow tables, swapped in at the
 * end), into DATA_DIR/read-models.db: afterwards the server finds them persisted and current.
 */
export async function benchRebuild(dataDir: string): Promise<ReplayFigures> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataDir, `read-models.db${suffix}`), { force: true });
  const store = new SqliteEventStore({ file: join(dataDir, 'events.db') });
  const db = openReadModels(dataDir);
  try {
    const summary = await rebuildProjections(store, db, ALL_PROJECTIONS);
    return { events: summary.events, seconds: round(summary.seconds, 2), eventsPerSecond: summary.eventsPerSecond, peakRssMb: peakRssMb() };
  } finally {
    db.close();
    await store.close();
  }
}

/** The live runner catching up from an empty read-model database, as a server does on first start. */
export async function benchRunnerCatchUp(dataDir: string): Promise<ReplayFigures> {
  const file = join(dataDir, 'catch-up');
  rmSync(file, { recursive: true, force: true });
  const store = new SqliteEventStore({ file: join(dataDir, 'events.db') });
  const db = openReadModels(file);
  const runner = new ProjectionRunner(store, db, ALL_PROJECTIONS);
  try {
    const head = await store.headPosition();
    const started = process.hrtime.bigint();
    runner.start();
    if (!(await runner.waitForPosition(head, 30 * 60_000))) throw new Error('The runner did not catch up');
    const elapsed = seconds(started);
    const events = Number((store.database.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n);
    return { events, seconds: round(elapsed, 2), eventsPerSecond: round(events / elapsed), peakRssMb: peakRssMb() };
  } finally {
    await runner.stop();
    db.close();
    await store.close();
    rmSync(file, { recursive: true, force: true });
  }
}

/** The baseline: every row of the log read in order and both JSON columns parsed, nothing else. */
export function benchRawScan(dataDir: string): ReplayFigures {
  const db = new Database(join(dataDir, 'events.db'), { readonly: true });
  try {
    const started = process.hrtime.bigint();
    let events = 0;
    let checksum = 0;
    const rows = db.prepare('SELECT position, event_id, stream_id, revision, type, data, metadata, recorded_at FROM events ORDER BY position').iterate() as Iterable<{ data: string; metadata: string }>;
    for (const row of rows) {
      const data = JSON.parse(row.data) as object;
      const metadata = JSON.parse(row.metadata) as object;
      // Keep the parse results observable so the work cannot be optimised away.
      if (data !== metadata) checksum += 1;
      events += 1;
    }
    const elapsed = seconds(started);
    if (checksum !== events) throw new Error('unreachable');
    return { events, seconds: round(elapsed, 2), eventsPerSecond: round(events / elapsed), peakRssMb: peakRssMb() };
  } finally {
    db.close();
  }
}
