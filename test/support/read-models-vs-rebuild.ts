import Database from 'better-sqlite3';
import { SqliteEventStore } from '@governance/event-store';
import { ALL_PROJECTIONS, hashReadModels, rebuildProjections } from '@governance/projections';
import { join } from 'node:path';

/** The hash of DATA_DIR's read models beside the hash of a rebuild from its log: equal when they agree. */
export async function readModelsAndRebuild(dataDir: string): Promise<{ live: string; rebuilt: string }> {
  const store = new SqliteEventStore({ file: join(dataDir, 'events.db') });
  const live = new Database(join(dataDir, 'read-models.db'));
  const fresh = new Database(':memory:');
  try {
    await rebuildProjections(store, fresh, ALL_PROJECTIONS);
    return { live: hashReadModels(live, ALL_PROJECTIONS), rebuilt: hashReadModels(fresh, ALL_PROJECTIONS) };
  } finally {
    live.close();
    fresh.close();
    await store.close();
  }
}

/** The people the log registered beside the people directory.db names, both sorted. */
export async function registeredAndDirectoryPeople(dataDir: string): Promise<{ registered: string[]; directory: string[] }> {
  const store = new SqliteEventStore({ file: join(dataDir, 'events.db') });
  const db = new Database(join(dataDir, 'directory.db'));
  try {
    const registered = (await store.readAll())
      .filter((event) => event.type === 'PersonRegistered')
      .map((event) => (event.data as { personId: string }).personId);
    const directory = db.prepare('SELECT person_id FROM people').pluck().all() as string[];
    return { registered: registered.sort(), directory: directory.sort() };
  } finally {
    db.close();
    await store.close();
  }
}
