import { Inject, Injectable, Optional } from '@nestjs/common';
import { Decider, DomainEvent } from '@governance/domain';
import {
  chainEvents,
  EVENT_STORE,
  GENESIS_HASH,
  EventStore,
  ExpectedRevision,
  NewEvent,
  isWrongExpectedVersion,
} from '@governance/event-store';
import { randomUUID } from 'node:crypto';
import { Actor, actorRoleOf } from '../auth/actor';
import { Clock } from '../clock/clock';
import { TAMPER_KEYS, TamperKeys, UNKEYED } from '../tamper-evidence/tamper-keys';
import { currentIdempotentRun } from '../idempotency/idempotent-run';
import { crashPoint } from './crash-point';
import { findEarlierAppend } from './earlier-append';
import { CachedStream } from './stream-state-cache';
import { StreamStates } from './stream-states';
import { StreamTurns } from './stream-turns';

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
  /**
   * Runs after the decider accepted the command and before its events are appended: stores what
   * the events name outside the log (an attached document), so a refusal stores nothing.
   */
  beforeAppend?: (events: Event[]) => void;
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
  private readonly turns = new StreamTurns();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly streams: StreamStates,
    @Optional() @Inject(TAMPER_KEYS) private readonly tamperKeys: TamperKeys = UNKEYED,
  ) {}

  async execute<Command, Event extends DomainEvent, State>(
    decider: Decider<Command, Event, State>,
    streamId: string,
    command: Command,
    origin: CommandOrigin,
    options: ExecuteOptions<Event> = {},
  ): Promise<CommandResult<Event>> {
    // A request with an Idempotency-Key names its events after the key, so a retry of a run that
    // died finds them and answers from the log instead of deciding again (and maybe refusing).
    const run = currentIdempotentRun();
    const derivedIds = run && !options.eventId ? run.eventIdsFor(streamId) : undefined;
    if (run?.rerun && derivedIds) {
      const earlier = await findEarlierAppend<Event>(this.store, streamId, derivedIds);
      if (earlier) return { ...earlier, changed: true };
    }
    if (derivedIds) options = { ...options, eventId: (_event, index) => derivedIds(index) };
    const withIds = options;
    // Commands on one stream take turns here, so each decides on (and chains to) the one before it.
    return this.turns.take(streamId, () => this.decideAndAppend(decider, streamId, command, origin, withIds));
  }

  private async decideAndAppend<Command, Event extends DomainEvent, State>(
    decider: Decider<Command, Event, State>,
    streamId: string,
    command: Command,
    origin: CommandOrigin,
    options: ExecuteOptions<Event>,
  ): Promise<CommandResult<Event>> {
    const maxAttempts = options.maxAttempts ?? 5;
    // The state this process remembers is tried first, without reading the stream: the append's
    // revision check refuses it if another process moved the stream, and a refusal or a no-op
    // decided on it is not trusted either. Either way the command is decided again on the log.
    let tryRemembered = true;
    for (let attempt = 1; ; ) {
      const remembered = tryRemembered ? this.streams.remembered<State>(decider, streamId) : undefined;
      const loaded = remembered ?? (await this.streams.load(decider, streamId));
      const { state, revision: lastRevision } = loaded;
      const now = this.clock.now();
      let events: Event[];
      try {
        events = decider.decide(command, state, { now, today: this.clock.today(), actorId: origin.actor.actorId });
      } catch (error) {
        if (!remembered) throw error;
        tryRemembered = false;
        continue;
      }
      if (events.length === 0) {
        if (remembered) {
          tryRemembered = false;
          continue;
        }
        return { events, position: await this.store.headPosition(), changed: false, revision: lastRevision };
      }
      const expectedRevision: ExpectedRevision = lastRevision === -1 ? 'no-stream' : lastRevision;
      options.beforeAppend?.(events);
      try {
        const envelopes = this.chain(
          streamId,
          loaded,
          events.map((event, index) => this.envelope(event, index, origin, now, options)),
        );
        crashPoint('before-append');
        const result = await this.store.appendToStream(streamId, envelopes, { expectedRevision });
        crashPoint('after-append');
        if (result.nextExpectedRevision === lastRevision + events.length) {
          this.streams.remember(decider, streamId, {
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
        if (!isWrongExpectedVersion(error)) throw error;
        if (remembered) {
          tryRemembered = false;
          continue;
        }
        if (attempt >= maxAttempts) throw error;
        await backoff(attempt);
        attempt += 1;
      }
    }
  }

  /** Adds each event's tamper-evidence hash, chained to the stream's previous event (keyed when a key is set). */
  private chain(streamId: string, stream: CachedStream<unknown>, events: NewEvent[]): NewEvent[] {
    const at = { streamId, revision: stream.revision, previousHash: stream.lastHash ?? GENESIS_HASH };
    return chainEvents(events, at, this.tamperKeys.chainKey, new Date().toISOString());
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
        // The version the upcaster reads as current: a type with no upcaster stays at 1.
        schemaVersion: this.streams.schemaVersionFor(event.type),
      },
    };
  }
}

/** A short random pause so racing writers do not collide again in lockstep. */
function backoff(attempt: number): Promise<void> {
  const ms = Math.random() * 5 * 2 ** attempt;
  return new Promise((resolve) => setTimeout(resolve, ms));
}
