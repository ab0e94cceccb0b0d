import Database from 'better-sqlite3';
import { defaultUpcaster, Upcaster } from '@governance/domain';
import type { EventStore, Position } from '@governance/event-store';
import { ALL_PROJECTIONS } from './all-projections';
import { canonicalNames, Projection } from './projection';
import { trustIdOf } from './read-models/event-fields';
import { createSchema } from './schema';

export interface ReadModelsAtOptions {
  /** Only this trust's events (and events of no trust, such as the catalogue's) are applied. */
  trustId: string;
  upcaster?: Upcaster;
  projections?: readonly Projection[];
  pageSize?: number;
}

/**
 * The read models as they stood at `position`: the log up to it, folded by the same appliers
 * into a fresh in-memory SQLite database. Queries run on it as on the live one. The caller
 * closes the database. Another trust's events never change this trust's rows, so they are
 * skipped.
 */
export async function readModelsAt(store: EventStore, position: Position, options: ReadModelsAtOptions): Promise<Database.Database> {
  const { trustId, upcaster = defaultUpcaster, projections = ALL_PROJECTIONS, pageSize = 2000 } = options;
  const db = new Database(':memory:');
  try {
    for (const projection of projections) createSchema(db, projection, canonicalNames());
    const appliers = projections.map((projection) => projection.applier(db, canonicalNames()));
    let after: Position = 0n;
    for (let more = true; more; ) {
      const page = await store.readAll({ after, maxCount: pageSize });
      const wanted = page.filter((event) => event.position <= position);
      db.transaction(() => {
        for (const stored of wanted) {
          const owner = trustIdOf(stored);
          if (owner !== null && owner !== trustId) continue;
          const event = upcaster.upcast(stored);
          for (const apply of appliers) apply(event);
        }
      })();
      if (page.length > 0) after = page[page.length - 1].position;
      more = page.length === pageSize && wanted.length === page.length;
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
