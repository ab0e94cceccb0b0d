import { DomainEvent } from '@governance/domain';
import { EventStore } from '@governance/event-store';
import { toDomainEvent } from './stream-states';

export interface EarlierAppend<Event extends DomainEvent> {
  events: Event[];
  position: bigint;
  revision: number;
}

/**
 * The events an earlier run of the same request appended to the stream (found by the ids the
 * request derives), or undefined when it appended none: a retry after a crash answers from
 * these as the first run would have, instead of deciding again on a stream that holds them.
 */
export async function findEarlierAppend<Event extends DomainEvent>(
  store: EventStore,
  streamId: string,
  eventId: (index: number) => string,
): Promise<EarlierAppend<Event> | undefined> {
  const stream = await store.readStream(streamId);
  const start = stream.findIndex((event) => event.id === eventId(0));
  if (start === -1) return undefined;
  let end = start + 1;
  while (end < stream.length && stream[end].id === eventId(end - start)) end += 1;
  const appended = stream.slice(start, end);
  const last = appended[appended.length - 1];
  return {
    events: appended.map((event) => toDomainEvent(event) as Event),
    position: last.position,
    revision: last.revision,
  };
}
