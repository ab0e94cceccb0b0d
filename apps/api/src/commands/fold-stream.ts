import { Decider, DomainEvent, fold } from '@governance/domain';
import { EventStore } from '@governance/event-store';
import { toDomainEvent } from './command-executor';

/** A stream's current state, read from the log and folded: strongly consistent, no read model lag. */
export async function foldStream<Event extends DomainEvent, State>(
  store: EventStore,
  decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>,
  streamId: string,
): Promise<State> {
  const history = await store.readStream(streamId);
  return fold(decider, history.map(toDomainEvent) as Event[]);
}
