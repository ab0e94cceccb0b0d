import Database from 'better-sqlite3';
import type { DomainEvent } from '@governance/domain';
import type { JsonObject, RecordedEvent } from '@governance/event-store';
import { canonicalNames, EventApplier, Projection } from '../projection';
import { createSchema } from '../schema';

/** A domain event as the log would hold it: its stream, and metadata beyond the spec's defaults. */
export interface GivenEvent {
  event: DomainEvent<string, object>;
  streamId: string;
  metadata?: JsonObject;
  /** When the store recorded it; the spec's default otherwise. */
  recordedAt?: string;
}

/** Places a domain event in a stream (optionally with more metadata: an actor, another trust). */
export function inStream(streamId: string, event: DomainEvent<string, object>, metadata: JsonObject = {}): GivenEvent {
  return { event, streamId, metadata };
}

export interface ProjectionSpecDefaults {
  /** Metadata every event carries unless it says otherwise (the server stamps trustId). */
  metadata: JsonObject;
  recordedAt: string;
}

const DEFAULTS: ProjectionSpecDefaults = {
  metadata: { trustId: 't1' },
  recordedAt: '2026-11-24T10:00:00.000Z',
};

/** Reads a table's rows, in the given order, as an answer to compare. */
export function rowsOf(sql: string, ...params: unknown[]): (db: Database.Database) => unknown[] {
  return (db) => db.prepare(sql).all(...params);
}

/**
 * given/when/then specs for read models, as deciderSpec is for deciders:
 *   projectionSpec(projection).given([events]).then((db) => answer, expected)
 * The events go through the projection's real applier, in one transaction as the runner
 * applies a batch, into a fresh in-memory SQLite database made with its real schema.
 * Positions count from 1 in the order given; revisions count per stream from 0.
 */
export function projectionSpec(projection: Projection, defaults: Partial<ProjectionSpecDefaults> = {}) {
  const { metadata, recordedAt } = { ...DEFAULTS, ...defaults };
  return {
    given(events: readonly GivenEvent[]) {
      const recorded = recordedEvents(events, metadata, recordedAt);
      return {
        then<Answer>(read: (db: Database.Database) => Answer, expected: Answer): void {
          withFreshReadModel(projection, (db, apply) => {
            db.transaction(() => recorded.forEach(apply))();
            expect(read(db)).toEqual(expected);
          });
        },
      };
    },
  };
}

/**
 * A projection's real applier over a fresh in-memory database made with its real schema, for
 * specs that apply events step by step (a batch rolled back, then applied again) rather than
 * given/then.
 */
export function withFreshReadModel(projection: Projection, use: (db: Database.Database, apply: EventApplier) => void): void {
  const db = new Database(':memory:');
  try {
    createSchema(db, projection, canonicalNames());
    use(db, projection.applier(db, canonicalNames()));
  } finally {
    db.close();
  }
}

/**
 * Applies events in a savepoint that then fails, as a batch of the runner does when a later
 * projection throws: everything they wrote is rolled back (call inside a transaction).
 */
export function applyAndRollBack(db: Database.Database, apply: EventApplier, ...events: RecordedEvent[]): void {
  expect(() =>
    db.transaction(() => {
      events.forEach(apply);
      throw new Error('a later projection failed');
    })(),
  ).toThrow('a later projection failed');
}

/** A given event at an explicit log position (revision 0, the spec's default metadata and time), for step-by-step specs. */
export function recordedAtPosition(position: number, given: GivenEvent): RecordedEvent {
  return {
    id: `event-${position}`,
    streamId: given.streamId,
    revision: 0,
    position: BigInt(position),
    type: given.event.type,
    data: { ...given.event.data },
    metadata: { ...DEFAULTS.metadata, ...given.metadata },
    recordedAt: given.recordedAt ?? DEFAULTS.recordedAt,
  };
}

function recordedEvents(events: readonly GivenEvent[], metadata: JsonObject, recordedAt: string): RecordedEvent[] {
  const revisions = new Map<string, number>();
  return events.map((given, index) => {
    const revision = revisions.get(given.streamId) ?? 0;
    revisions.set(given.streamId, revision + 1);
    return {
      id: `event-${index + 1}`,
      streamId: given.streamId,
      revision,
      position: BigInt(index + 1),
      type: given.event.type,
      data: { ...given.event.data },
      metadata: { ...metadata, ...given.metadata },
      recordedAt: given.recordedAt ?? recordedAt,
    };
  });
}
