import { join } from 'node:path';
import { ALL_PROJECTIONS, projectionsNamed, ReadModelCheckpoints, rebuildProjections } from '@governance/projections';
import { SingleBar, Presets } from 'cli-progress';
import { AppConfig } from '../config/app-config';
import { DATA_DIR_FILES } from '../data-dir/data-dir-files';
import { openEventStore } from '../event-store/event-store.module';
import { openReadModelDatabase } from '../projections/read-model-database';

/** `projections:rebuild [name...]`: rebuilds read models from position 0 beside a running server. */
export async function rebuildCommand(config: AppConfig, names: string[]): Promise<void> {
  const projections = names.length > 0 ? projectionsNamed(names) : [...ALL_PROJECTIONS];
  const store = await openEventStore(config);
  const db = openReadModelDatabase(config);
  const interactive = process.stdout.isTTY === true;
  const bar = new SingleBar(
    { format: 'Rebuilding [{bar}] {percentage}% | {value}/{total} events | {eta_formatted} left', hideCursor: true },
    Presets.shades_classic,
  );
  try {
    const head = await store.headPosition();
    if (interactive) bar.start(Number(head), 0);
    const summary = await rebuildProjections(store, db, projections, {
      checkpoints: new ReadModelCheckpoints(join(config.localDir, DATA_DIR_FILES.readModelCheckpoints), config.readModelCheckpointEvents),
      onProgress: (progress) => {
        if (interactive) bar.update(Number(progress.position), { total: Number(progress.head) });
      },
    });
    if (interactive) bar.stop();
    console.log(`Rebuilt ${summary.projections.join(', ')}`);
    console.table({
      events: summary.events,
      seconds: Number(summary.seconds.toFixed(2)),
      'events per second': summary.eventsPerSecond,
      'up to position': String(summary.position),
    });
  } finally {
    if (interactive) bar.stop();
    db.close();
    await store.close();
  }
}
