import { Inject, Injectable } from '@nestjs/common';
import { Decider, DomainEvent, fold } from '@governance/domain';
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
      const history = await this.store.readStream(streamId);
      const state = fold(decider, history.map(toDomainEvent) as Event[]);
      const now = this.clock.now();
      const events = decider.decide(command, state, { now, today: this.clock.today(), actorId: origin.actor.actorId });
      const lastRevision = history.length === 0 ? -1 : history[history.length - 1].revision;
      if (events.length === 0) {
        return { events, position: await this.store.headPosition(), changed: false, revision: lastRevision };
      }
      const expectedRevision: ExpectedRevision = lastRevision === -1 ? 'no-stream' : lastRevision;
      try {
        const envelopes = this.chain(
          streamId,
          history,
          events.map((event, index) => this.envelope(event, index, origin, now, options)),
        );
        const result = await this.store.appendToStream(streamId, envelopes, { expectedRevision });
        return { events, position: result.position, changed: true, revision: result.nextExpectedRevision };
      } catch (error) {
        if (!isWrongExpectedVersion(error) || attempt >= maxAttempts) throw error;
        await backoff(attempt);
      }
    }
  }

  /** Adds each event's tamper-evidence hash, chained to the stream's previous event. */
  private chain(streamId: string, history: RecordedEvent[], events: NewEvent[]): NewEvent[] {
    const last = history[history.length - 1];
    let previous = typeof last?.metadata.hash === 'string' ? last.metadata.hash : GENESIS_HASH;
    let revision = last ? last.revision : -1;
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
