import { Inject, Injectable, Optional } from '@nestjs/common';
import { Decider, defaultUpcaster, DomainEvent, Upcaster } from '@governance/domain';
import { EVENT_STORE, EventStore, RecordedEvent } from '@governance/event-store';
import { EVENT_UPCASTER } from './event-upcaster';
import { CachedStream, StreamStateCache } from './stream-state-cache';

type Folding<Event extends DomainEvent, State> = Pick<
  Decider<unknown, Event, State>,
  'evolve' | 'initialState'
>;

/**
 * A stream's current state for commands and for reads: the remembered fold plus whatever was
 * appended since (by this or another process), or the whole stream the first time. Always as
 * current as the log, yet a request that checks the caller's person and trust streams reads one
 * index entry each instead of folding a trust's hundreds of events again.
 */
@Injectable()
export class StreamStates {
  private readonly cache = new StreamStateCache();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    /** How stored events of an old shape are read; tests pass their own. */
    @Optional() @Inject(EVENT_UPCASTER) private readonly upcaster: Upcaster = defaultUpcaster,
  ) {}

  async stateOf<Event extends DomainEvent, State>(
    decider: Folding<Event, State>,
    streamId: string,
  ): Promise<State> {
    return (await this.load(decider, streamId)).state;
  }

  async load<Event extends DomainEvent, State>(
    decider: Folding<Event, State>,
    streamId: string,
  ): Promise<CachedStream<State>> {
    const cached = this.cache.get<State>(decider, streamId) ?? {
      state: decider.initialState(),
      revision: -1,
      lastHash: undefined,
    };
    const newer = await this.store.readStream(streamId, { fromRevision: cached.revision + 1 });
    if (newer.length === 0) return cached;
    const last = newer[newer.length - 1];
    const loaded = {
      state: newer
        .map((event) => toDomainEvent(event, this.upcaster))
        .reduce((state, event) => decider.evolve(state, event as Event), cached.state),
      revision: last.revision,
      lastHash: typeof last.metadata.hash === 'string' ? last.metadata.hash : undefined,
    };
    this.cache.set(decider, streamId, loaded);
    return loaded;
  }

  /** The state last folded or appended here, without looking at the log: possibly stale. */
  remembered<State>(decider: object, streamId: string): CachedStream<State> | undefined {
    return this.cache.get<State>(decider, streamId);
  }

  /** What a command just appended, so the next load starts from it. */
  remember<State>(decider: object, streamId: string, entry: CachedStream<State>): void {
    this.cache.set(decider, streamId, entry);
  }

  forget(decider: object, streamId: string): void {
    this.cache.forget(decider, streamId);
  }

  /** The schema version to stamp on a new event of `type`: the shape this upcaster reads as current. */
  schemaVersionFor(type: string): number {
    return this.upcaster.currentVersion(type);
  }

  /** A stream's events in their current shape, for readers that look at events rather than fold them. */
  async history(streamId: string): Promise<RecordedEvent[]> {
    return (await this.store.readStream(streamId)).map((event) => this.upcaster.upcast(event));
  }
}

/** A stored event as the deciders know it: in its type's current shape. The hash chain is checked on the stored one. */
export function toDomainEvent(recorded: RecordedEvent, upcaster: Upcaster = defaultUpcaster): DomainEvent {
  const current = upcaster.upcast(recorded);
  return { type: current.type, data: current.data };
}
