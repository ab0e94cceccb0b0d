import type { DomainEvent } from '@governance/domain';
import { ChainKey, chainEvents, GENESIS_HASH, NewEvent } from '@governance/event-store';
import type { StepOrigin } from './step';

/** The schema version CommandExecutor stamps on every event. */
const EVENT_SCHEMA_VERSION = 1;

/**
 * Wraps decided events exactly as CommandExecutor does (apps/api/src/commands/command-executor.ts):
 * the same metadata fields, then the tamper-evidence hash chained to the stream's previous event:
 * version 1 (plain SHA-256) as an unkeyed server writes, or version 2 with `chainKey`, recorded at
 * the event's own instant (the SQLite store records that time for it).
 */
export function envelopes(
  events: readonly DomainEvent[],
  context: {
    streamId: string;
    revision: number;
    previousHash: string;
    origin: StepOrigin;
    correlationId: string;
    occurredAt: string;
    eventId: () => string;
    chainKey?: ChainKey;
  },
): { events: NewEvent[]; lastHash: string } {
  const { origin } = context;
  const plain = events.map(
    (event): NewEvent => ({
      id: context.eventId(),
      type: event.type,
      data: event.data as NewEvent['data'],
      metadata: {
        trustId: origin.trustId,
        ...(origin.schoolId ? { schoolId: origin.schoolId } : {}),
        actorId: origin.actorId,
        actorRole: origin.actorRole,
        correlationId: context.correlationId,
        causationId: context.correlationId,
        occurredAt: context.occurredAt,
        schemaVersion: EVENT_SCHEMA_VERSION,
      },
    }),
  );
  const at = { streamId: context.streamId, revision: context.revision, previousHash: context.previousHash || GENESIS_HASH };
  const wrapped = chainEvents(plain, at, context.chainKey, context.occurredAt);
  return { events: wrapped, lastHash: wrapped.length > 0 ? String(wrapped[wrapped.length - 1].metadata.hash) : at.previousHash };
}
