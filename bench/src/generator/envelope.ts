import type { DomainEvent } from '@governance/domain';
import { chainHash, GENESIS_HASH, NewEvent } from '@governance/event-store';
import type { StepOrigin } from './step';

/** The schema version CommandExecutor stamps on every event. */
const EVENT_SCHEMA_VERSION = 1;

/**
 * Wraps decided events exactly as CommandExecutor does (apps/api/src/commands/command-executor.ts):
 * the same metadata fields, then the tamper-evidence hash chained to the stream's previous event.
 */
export function envelopes(
  events: readonly DomainEvent[],
  context: { streamId: string; revision: number; previousHash: string; origin: StepOrigin; correlationId: string; occurredAt: string; eventId: () => string },
): { events: NewEvent[]; lastHash: string } {
  let previous = context.previousHash || GENESIS_HASH;
  let revision = context.revision;
  const { origin } = context;
  const wrapped = events.map((event): NewEvent => {
    revision += 1;
    const plain: NewEvent = {
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
    };
    const hash = chainHash(previous, { ...plain, streamId: context.streamId, revision });
    previous = hash;
    return { ...plain, metadata: { ...plain.metadata, hash } };
  });
  return { events: wrapped, lastHash: previous };
}
