import type { EventStore, Position, RecordedEvent } from '@governance/event-store';

/** When an event was recorded: the command's instant (as the audit trail shows it), else the store's. */
export function recordedInstantOf(event: RecordedEvent): string {
  const occurredAt = event.metadata.occurredAt;
  return typeof occurredAt === 'string' && occurredAt !== '' ? occurredAt : event.recordedAt;
}

/**
 * The last position recorded at or before `instant` (0n when nothing was), by bisection over
 * positions: about 20 one-event reads on a million-event log, whatever the store. Relies on
 * recorded instants rising with positions, as appends are made in order.
 */
export async function positionAtInstant(store: Pick<EventStore, 'readAll'>, instant: Date, head: Position): Promise<Position> {
  const limit = instant.getTime();
  let found: Position = 0n;
  let low: Position = 1n;
  let high: Position = head;
  while (low <= high) {
    const middle = (low + high) / 2n;
    const [event] = await store.readAll({ after: middle - 1n, maxCount: 1 });
    if (event === undefined || event.position > high || Date.parse(recordedInstantOf(event)) > limit) {
      // No event in [middle, high] was recorded by then (there is none before event.position).
      high = middle - 1n;
    } else {
      // Every event up to this one was recorded by then.
      found = event.position;
      low = event.position + 1n;
    }
  }
  return found;
}
