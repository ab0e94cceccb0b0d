import Database from 'better-sqlite3';
import { defaultUpcaster, Upcaster } from '@governance/domain';
import type { EventStore, Position, RecordedEvent } from '@governance/event-store';
import { PAST_READ_MODEL_PROJECTIONS } from './checkpoints/past-projections';
import type { LoadedCheckpoint } from './checkpoints/read-model-checkpoints';
import { canonicalNames, Projection } from './projection';
import { trustIdOf } from './read-models/event-fields';
import { createSchema } from './schema';

export interface ReadModelsAtOptions {
  /** Only this trust's events (and events of no trust, such as the catalogue's) are applied. */
  trustId: string;
  upcaster?: Upcaster;
  projections?: readonly Projection[];
  pageSize?: number;
  /**
   * A checkpoint at or before the position (ReadModelCheckpoints.load): only the events after
   * it are folded. Its database becomes the answer (or is closed when it cannot serve).
   */
  from?: LoadedCheckpoint;
}

/** An evaluation withdrawn after a checkpoint: the one before it may not be in the checkpoint. */
class CheckpointCannotServe extends Error {}

/**
 * The read models as they stood at `position`: the log up to it, folded by the same appliers
 * into a fresh in-memory SQLite database (or from a checkpoint on). Queries run on it as on the
 * live one. The caller closes the database. Another trust's events never change this trust's
 * rows, so they are skipped.
 */
export async function readModelsAt(store: EventStore, position: Position, options: ReadModelsAtOptions): Promise<Database.Database> {
  const { projections = PAST_READ_MODEL_PROJECTIONS, from } = options;
  if (from && from.position <= position) {
    try {
      return await foldInto(from.db, from.position, store, position, options, true);
    } catch (error) {
      if (!(error instanceof CheckpointCannotServe)) throw error;
    }
  } else from?.db.close();
  const db = new Database(':memory:');
  try {
    for (const projection of projections) createSchema(db, projection, canonicalNames());
  } catch (error) {
    db.close();
    throw error;
  }
  return foldInto(db, 0n, store, position, options, false);
}

async function foldInto(
  db: Database.Database,
  after: Position,
  store: EventStore,
  position: Position,
  options: ReadModelsAtOptions,
  fromCheckpoint: boolean,
): Promise<Database.Database> {
  const { trustId, upcaster = defaultUpcaster, projections = PAST_READ_MODEL_PROJECTIONS, pageSize = 2000 } = options;
  try {
    const appliers = projections.map((projection) => projection.applier(db, canonicalNames()));
    for (let more = after < position; more; ) {
      const page = await store.readAll({ after, maxCount: pageSize });
      const wanted = page.filter((event) => event.position <= position);
      db.transaction(() => {
        for (const stored of wanted) {
          const owner = trustIdOf(stored);
          if (owner !== null && owner !== trustId) continue;
          const event = upcaster.upcast(stored);
          if (fromCheckpoint && withdrawsAnEvaluation(event)) throw new CheckpointCannotServe();
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

function withdrawsAnEvaluation(event: RecordedEvent): boolean {
  return event.type === 'EntryWithdrawn' && (event.data as { entryType?: unknown }).entryType === 'PolicyEvaluated';
}
