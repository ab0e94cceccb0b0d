import { Inject, Injectable } from '@nestjs/common';
import { Decider, DomainEvent } from '@governance/domain';
import {
  chainHash,
  EVENT_STORE,
  GENESIS_HASH,
  EventStore,
  ExpectedRevision,
  NewEvent,
  RecordedEvent,
  isWrongExpectedVersion,
} from '@governance/event-store';
import { randomUUID } from 'node:crypto';
import { Actor, actorRoleOf } from '../auth/actor';
import { Clock } from '../clock/clock';
import { CachedStream, StreamStateCache } from './stream-state-cache';

export const EVENT_SCHEMA_VERSION = 1;

/** Who and what caused a command: becomes the metadata of every event it appends. */
export interface CommandOrigin {
  trustId: string;
  schoolId?: string;
  actor: Actor;
  /** The request (or job run) the command belongs to. */
  correlationId: string;
  /** The message that caused this command; defaults to the correlation id. */
  causationId?: string;
}

export interface ExecuteOptions<Event extends DomainEvent> {
  /** Deterministic ids make a repeated append recognisable as the same one (scheduler jobs). */
  eventId?: (event: Event, index: number) => string;
  /** How many times a concurrency conflict is retried before answering 409. */
  maxAttempts?: number;
}

export interface CommandResult<Event extends DomainEvent> {
  events: Event[];
  /** Global position of the last appended event, or the head when nothing changed. */
  position: bigint;
  /** False when the decider found nothing to change (answered 200 rather than 201). */
  changed: boolean;
  /** The stream's revision after the command. */
  revision: number;
}

/**
 * The write path of DESIGN.md: load one stream, fold it, decide, append with the revision
 * read; on a conflict start again from the load, a bounded number of times.
 */
@Injectable()
export class CommandExecutor {
  private readonly streams = new StreamStateCache();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute<Command, Event extends DomainEvent, State>(
    decider: Decider<Command, Event, State>,
    streamId: string,
    command: Command,
    origin: CommandOrigin,
    options: ExecuteOptions<Event> = {},
  ): Promise<CommandResult<Event>> {
    const maxAttempts = options.maxAttempts ?? 5;
    for (let attempt = 1; ; attempt += 1) {
      const loaded = await this.load(decider, streamId);
      const { state, revision: lastRevision } = loaded;
      const now = this.clock.now();
      const events = decider.decide(command, state, { now, today: this.clock.today(), actorId: origin.actor.actorId });
      if (events.length === 0) {
        return { events, position: await this.store.headPosition(), changed: false, revision: lastRevision };
      }
      const expectedRevision: ExpectedRevision = lastRevision === -1 ? 'no-stream' : lastRevision;
      try {
        const envelopes = this.chain(
          streamId,
          loaded,
          events.map((event, index) => this.envelope(event, index, origin, now, options)),
        );
        const result = await this.store.appendToStream(streamId, envelopes, { expectedRevision });
        if (result.nextExpectedRevision === lastRevision + events.length) {
          this.streams.set(decider, streamId, {
            state: events.reduce(decider.evolve, state),
            revision: result.nextExpectedRevision,
            lastHash: envelopes[envelopes.length - 1].metadata.hash as string,
          });
        } else {
          // A repeated append (same event ids) answered the original result: fold from the log next time.
          this.streams.forget(decider, streamId);
        }
        return { events, position: result.position, changed: true, revision: result.nextExpectedRevision };
      } catch (error) {
        if (!isWrongExpectedVersion(error) || attempt >= maxAttempts) throw error;
        await backoff(attempt);
      }
    }
  }

  /**
   * The stream's state: the cached fold plus any events appended since (by anyone), or the
   * whole stream when nothing is cached. Reading only newer events is what makes a command on a
   * long stream cost about the same as one on a new stream.
   */
  private async load<Event extends DomainEvent, State>(decider: Decider<unknown, Event, State>, streamId: string): Promise<CachedStream<State>> {
    const cached = this.streams.get<State>(decider, streamId) ?? { state: decider.initialState(), revision: -1, lastHash: undefined };
    const newer = await this.store.readStream(streamId, { fromRevision: cached.revision + 1 });
    if (newer.length === 0) return cached;
    const last = newer[newer.length - 1];
    const loaded = {
      state: newer.map(toDomainEvent).reduce((state, event) => decider.evolve(state, event as Event), cached.state),
      revision: last.revision,
      lastHash: typeof last.metadata.hash === 'string' ? last.metadata.hash : undefined,
    };
    this.streams.set(decider, streamId, loaded);
    return loaded;
  }

  /** Adds each event's tamper-evidence hash, chained to the stream's previous event. */
  private chain(streamId: string, stream: CachedStream<unknown>, events: NewEvent[]): NewEvent[] {
    let previous = stream.lastHash ?? GENESIS_HASH;
    let revision = stream.revision;
    return events.map((event) => {
      revision += 1;
      const hash = chainHash(previous, { ...event, streamId, revision });
      previous = hash;
      return { ...event, metadata: { ...event.metadata, hash } };
    });
  }

  private envelope<Event extends DomainEvent>(
    event: Event,
    index: number,
    origin: CommandOrigin,
    now: Date,
    options: ExecuteOptions<Event>,
  ): NewEvent {
    return {
      id: options.eventId?.(event, index) ?? randomUUID(),
      type: event.type,
      data: event.data as NewEvent['data'],
      metadata: {
        trustId: origin.trustId,
        ...(origin.schoolId ? { schoolId: origin.schoolId } : {}),
        actorId: origin.actor.actorId,
        actorRole: actorRoleOf(origin.actor, origin.schoolId),
        correlationId: origin.correlationId,
        causationId: origin.causationId ?? origin.correlationId,
        occurredAt: now.toISOString(),
        schemaVersion: EVENT_SCHEMA_VERSION,
      },
    };
  }
}

export function toDomainEvent(recorded: RecordedEvent): DomainEvent {
  return { type: recorded.type, data: recorded.data };
}

/** A short random pause so racing writers do not collide again in lockstep. */
function backoff(attempt: number): Promise<void> {
  const ms = Math.random() * 5 * 2 ** attempt;
  return new Promise((resolve) => setTimeout(resolve, ms));
}
