import { SqliteEventStore } from '@governance/event-store';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeDirect } from '../generator/direct-writer';
import { TrustScenario, TrustShape } from '../generator/trust-scenario';
import { round } from './stats';

/** Bump when the generator's output changes, so kept data of an older generator is not reused. */
export const GENERATOR_VERSION = 1;

export interface GeneratedTrust {
  shape: TrustShape;
  trustId: string;
  /** A school whose register the HTTP benchmark reads. */
  schoolId: string;
  asOf: string;
  commands: number;
  events: number;
  seconds: number;
  eventsPerSecond: number;
  byType: Record<string, number>;
  databaseMb: number;
  reused: boolean;
}

/**
 * Writes the big trust into DATA_DIR/events.db straight through SqliteEventStore, or reuses
 * the data of an earlier run with the same shape and generator when `reuse` is set.
 */
export async function generateTrust(dataDir: string, shape: TrustShape, reuse: boolean): Promise<GeneratedTrust> {
  const manifestFile = join(dataDir, 'bench-manifest.json');
  if (reuse && existsSync(manifestFile) && existsSync(join(dataDir, 'events.db'))) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as GeneratedTrust & { generatorVersion: number };
    if (manifest.generatorVersion === GENERATOR_VERSION && JSON.stringify(manifest.shape) === JSON.stringify(shape)) {
      return { ...manifest, reused: true };
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const store = new SqliteEventStore({ file: join(dataDir, 'events.db') });
  // A bigger page cache for this bulk load only: the store's indexes take random inserts.
  store.database.pragma('cache_size = -262144');
  const scenario = new TrustScenario(shape);
  let reported = 0;
  try {
    const summary = await writeDirect(store, scenario.steps(), {
      onProgress: (events) => {
        if (events - reported >= 100_000) {
          reported = events;
          process.stderr.write(`  generated ${events.toLocaleString('en-GB')} events\n`);
        }
      },
    });
    store.database.pragma('wal_checkpoint(TRUNCATE)');
    const generated: GeneratedTrust = {
      shape,
      trustId: scenario.trustId,
      schoolId: scenario.schools[0].schoolId,
      asOf: scenario.asOf,
      commands: summary.commands,
      events: summary.events,
      seconds: round(summary.seconds, 1),
      eventsPerSecond: round(summary.events / summary.seconds),
      byType: summary.byType,
      databaseMb: round(statSync(join(dataDir, 'events.db')).size / 2 ** 20, 1),
      reused: false,
    };
    writeFileSync(manifestFile, JSON.stringify({ ...generated, generatorVersion: GENERATOR_VERSION }, null, 2));
    return generated;
  } finally {
    await store.close();
  }
}
