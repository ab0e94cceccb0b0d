import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteEventStore } from '@governance/event-store';
import { ALL_PROJECTIONS, CheckpointFile, ProjectionRunner, ReadModelCheckpoints } from '@governance/projections';
import { DATA_DIR_FILES } from '../../../apps/api/src/data-dir/data-dir-files';
import { openReadModelDatabase } from '../../../apps/api/src/projections/read-model-database';
import type { ReplayFigures } from './rebuild';
import { round, seconds } from './stats';

export interface CheckpointedCatchUp extends ReplayFigures {
  interval: number;
  checkpoints: number;
  /** Every checkpoint file together, and the newest (the largest), in MB. */
  checkpointsMb: number;
  newestCheckpointMb: number;
  /**
   * Milliseconds the runner spent writing checkpoints (it applies no events meanwhile; their
   * compression runs in zlib's thread pool): all, and the newest.
   */
  writingMs: number;
  newestWriteMs: number;
}

/** Checkpoints that time their writes. */
class TimedCheckpoints extends ReadModelCheckpoints {
  readonly writes: number[] = [];

  override write(...args: Parameters<ReadModelCheckpoints['write']>): CheckpointFile {
    const started = process.hrtime.bigint();
    const file = super.write(...args);
    this.writes.push(Number(process.hrtime.bigint() - started) / 1e6);
    return file;
  }
}

/**
 * The live runner catching up from empty read models on the trust's own DATA_DIR, writing a
 * knownAt checkpoint every `interval` positions, as a server does on its first start. The read
 * models and checkpoints stay for the server started next (the knownAt benchmark).
 */
export async function benchCheckpointedCatchUp(dataDir: string, interval: number): Promise<CheckpointedCatchUp> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataDir, `${DATA_DIR_FILES.readModels}${suffix}`), { force: true });
  const checkpoints = new TimedCheckpoints(join(dataDir, DATA_DIR_FILES.readModelCheckpoints), interval);
  rmSync(checkpoints.dir, { recursive: true, force: true });
  const store = new SqliteEventStore({ file: join(dataDir, DATA_DIR_FILES.events) });
  const db = openReadModelDatabase({ localDir: dataDir });
  const runner = new ProjectionRunner(store, db, ALL_PROJECTIONS, { checkpoints });
  try {
    const head = await store.headPosition();
    const started = process.hrtime.bigint();
    runner.start();
    if (!(await runner.waitForPosition(head, 30 * 60_000))) throw new Error('The runner did not catch up');
    const elapsed = seconds(started);
    const events = Number(head);
    // The last compressions (off the event loop) finish after the runner reached the head.
    await checkpoints.settled();
    const files = checkpoints.files();
    const mb = (bytes: number) => round(bytes / 1e6, 1);
    return {
      events,
      seconds: round(elapsed, 2),
      eventsPerSecond: round(events / elapsed),
      peakRssMb: round(process.resourceUsage().maxRSS / 1024, 1),
      interval,
      checkpoints: files.length,
      checkpointsMb: mb(files.reduce((sum, file) => sum + file.bytes, 0)),
      newestCheckpointMb: mb(files.at(-1)?.bytes ?? 0),
      writingMs: round(checkpoints.writes.reduce((sum, ms) => sum + ms, 0)),
      newestWriteMs: round(checkpoints.writes.at(-1) ?? 0),
    };
  } finally {
    await runner.stop();
    db.close();
    await store.close();
  }
}
