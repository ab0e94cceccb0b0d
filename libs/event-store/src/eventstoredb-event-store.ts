import {
  ANY,
  BACKWARDS,
  END,
  EventStoreDBClient,
  excludeSystemEvents,
  FORWARDS,
  jsonEvent,
  NO_STREAM,
  START,
  StreamDeletedError as EsdbStreamDeletedError,
  WrongExpectedVersionError as EsdbWrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type AppendResult as EsdbAppendResult,
  type Position as EsdbPosition,
  type StreamingRead,
} from '@eventstore/db-client';
import { redactConnectionString } from './connection-string';
import {
  DuplicateEventIdError,
  EventStoreUnreachableError,
  StreamDeletedError,
  StreamNotDeletableError,
  SubscriptionDroppedError,
  WrongExpectedVersionError,
} from './errors';
import {
  AppendOptions,
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  Position,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from './event-store';
import {
  claimedFor,
  EVENT_ID_ATTEMPT_TYPE,
  EVENT_ID_CLAIM_TYPE,
  EVENT_ID_STREAM_PREFIX,
  eventIdStream,
  fromEsdbCurrentRevision,
  fromEsdbRecordedEvent,
  fromEsdbResolvedEvent,
  isEventIdStream,
  isHiddenEvent,
  knownCommitPosition,
  Landing,
  landingOf,
  landingsOf,
  positionOf,
  readsAsEmpty,
  toEsdbExpectedRevision,
  toEsdbPosition,
} from './eventstoredb-mapping';
import { earlierAppendOf } from './earlier-append';
import { assertExpectedRevision } from './expected-revision';
import { isKeyStream, KEY_STREAM_PREFIXES } from './reserved-streams';

export interface EventStoreDbConnectOptions {
  /** How long start-up waits for the server's first answer (default 5000 ms). */
  timeoutMs?: number;
}

const DEFAULT_CONNECT_TIMEOUT_MS = 5000;

/** Events per $all read; large enough for throughput, small enough for 1 MB events. */
const PAGE_SIZE = 500;

/** Event-id claims written at once by one append (each is its own small append). */
const CLAIMS_AT_ONCE = 32;

/**
 * The scale-out adapter: EventStoreDB 22.6 or later (stream reads must carry $all positions)
 * through @eventstore/db-client. Global positions are $all commit positions.
 *
 * EventStoreDB knows event ids per stream only; to refuse an id reused in another stream as
 * SQLite does, every append first claims each of its ids in a stream of its own
 * (`eventid-<id>`, created with expected revision no-stream, naming the stream the event goes
 * to). Claims are hidden from every read of the log.
 *
 * The server recognises a retry only at the revision the first try expected; a retry that
 * decided after the first append landed would be written twice. So each claim also records
 * where its append will put the event (`at` a revision, or `from` one on for `any`), every
 * later try of the same id adds where it would put it, and an append first looks there: ids
 * already stored are answered as their earlier append (see earlierAppendOf).
 */
export class EventStoreDbEventStore implements EventStore {
  readonly kind = 'eventstoredb' as const;
  private readonly client: EventStoreDBClient;
  private readonly subscriptions = new Set<Subscription>();

  /** Only parses the connection string: the client connects on its first call. Prefer `connect`. */
  constructor(connectionString: string) {
    this.client = EventStoreDBClient.connectionString(connectionString);
  }

  /**
   * Parses the connection string and makes one round trip (the newest event of $all), so a bad
   * connection string or an unreachable server fails at start-up, within `timeoutMs`, with an
   * EventStoreUnreachableError that names the server without its password.
   */
  static async connect(
    connectionString: string,
    options: EventStoreDbConnectOptions = {},
  ): Promise<EventStoreDbEventStore> {
    const target = redactConnectionString(connectionString);
    const timeoutMs = options.timeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
    let store: EventStoreDbEventStore;
    try {
      store = new EventStoreDbEventStore(connectionString);
    } catch (error) {
      throw new EventStoreUnreachableError(target, reasonOf(error));
    }
    try {
      await withTimeout(store.headPosition(), timeoutMs, `no answer within ${timeoutMs} ms`);
    } catch (error) {
      await store.close().catch(() => undefined);
      throw new EventStoreUnreachableError(target, reasonOf(error));
    }
    return store;
  }

  async appendToStream(
    streamId: string,
    events: NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    if (events.length === 0) return this.appendNothing(streamId, options.expectedRevision);
    if (isEventIdStream(streamId)) {
      throw new Error(`Stream names beginning ${EVENT_ID_STREAM_PREFIX} are reserved for event-id claims`);
    }
    // Ids appended before (a retry deciding after the first append landed) are answered as
    // that append, never written again: the server itself only knows a retry at the same revision.
    const stored = await this.claimEventIds(streamId, events, options.expectedRevision);
    const earlier = earlierAppendOf(streamId, events, stored);
    if (earlier) return earlier;
    let result: EsdbAppendResult;
    try {
      result = await this.client.appendToStream(
        streamId,
        events.map(({ id, type, data, metadata }) => jsonEvent({ id, type, data, metadata })),
        { expectedRevision: toEsdbExpectedRevision(options.expectedRevision) },
      );
    } catch (error) {
      if (error instanceof EsdbStreamDeletedError) throw new StreamDeletedError(streamId);
      if (error instanceof EsdbWrongExpectedVersionError) {
        throw new WrongExpectedVersionError(
          streamId,
          options.expectedRevision,
          fromEsdbCurrentRevision(error.actualVersion),
        );
      }
      throw error;
    }
    if (!result.success) {
      // Only when the connection string sets throwOnAppendFailure=false: same refusal, other shape.
      const actual = result.nextExpectedRevision < 0n ? NO_STREAM : result.nextExpectedRevision;
      throw new WrongExpectedVersionError(
        streamId,
        options.expectedRevision,
        fromEsdbCurrentRevision(actual),
      );
    }
    const nextExpectedRevision = Number(result.nextExpectedRevision);
    // The server recognises a retry by its event ids and answers it without a position:
    // the original append's last event still has it.
    const position =
      knownCommitPosition(result.position) ??
      (await this.positionAtRevision(streamId, nextExpectedRevision));
    return { nextExpectedRevision, position };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    if (options.maxCount !== undefined && options.maxCount <= 0) return [];
    const backwards = options.direction === 'backwards';
    try {
      const resolved = await collect(
        this.client.readStream(streamId, {
          direction: backwards ? BACKWARDS : FORWARDS,
          fromRevision:
            options.fromRevision !== undefined
              ? BigInt(options.fromRevision)
              : backwards
                ? END
                : START,
          maxCount: options.maxCount ?? Number.MAX_SAFE_INTEGER,
        }),
      );
      return resolved.flatMap((event) => fromEsdbResolvedEvent(event) ?? []);
    } catch (error) {
      if (readsAsEmpty(error)) return [];
      throw error;
    }
  }

  /** Through the id's claim, which names the stream and where its appends may have put it. */
  async readEventById(eventId: string): Promise<RecordedEvent | undefined> {
    const claimEvents = await this.readStream(eventIdStream(eventId));
    const streamId = claimedFor(claimEvents[0]);
    if (streamId === undefined) return undefined;
    return this.storedAt(streamId, eventId, landingsOf(claimEvents));
  }

  /**
   * A tombstone (hard delete): the server refuses the stream for good, so a key cannot come
   * back. Its bytes stay in the chunk files until a scavenge.
   */
  async deleteStream(streamId: string): Promise<void> {
    if (!isKeyStream(streamId)) throw new StreamNotDeletableError(streamId, KEY_STREAM_PREFIXES);
    try {
      await this.client.tombstoneStream(streamId, { expectedRevision: ANY });
    } catch (error) {
      if (!(error instanceof EsdbStreamDeletedError)) throw error; // deleted before: done
    }
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const wanted = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    const found: RecordedEvent[] = [];
    // Exclusive lower bound; it also moves past system events so each page starts further on.
    let after = options.after;
    while (found.length < wanted) {
      // Reading from a position includes the event at it: one more than needed, then skipped.
      const pageSize = Math.min(PAGE_SIZE, wanted - found.length + 1);
      const page = await collect(
        this.client.readAll({
          fromPosition: after === undefined ? START : toEsdbPosition(after),
          maxCount: pageSize,
        }),
      );
      const startedAfter = after;
      for (const resolved of page) {
        const position = positionOf(resolved);
        if (position === undefined || (after !== undefined && position <= after)) continue;
        after = position;
        if (resolved.event && !isHiddenEvent(resolved.event) && found.length < wanted) {
          found.push(fromEsdbRecordedEvent(resolved.event, position));
        }
      }
      if (page.length < pageSize || after === startedAfter) break;
    }
    return found;
  }

  async headPosition(): Promise<Position> {
    // The newest event is usually ours, so start with one and widen while system events pile up.
    let from: EsdbPosition | typeof END = END;
    for (let pageSize = 1; ; pageSize = Math.min(pageSize * 4, PAGE_SIZE)) {
      const page: AllStreamResolvedEvent[] = await collect(
        this.client.readAll({ direction: BACKWARDS, fromPosition: from, maxCount: pageSize }),
      );
      for (const resolved of page) {
        const position = positionOf(resolved);
        if (resolved.event && !isHiddenEvent(resolved.event) && position !== undefined) {
          return position;
        }
      }
      const oldest = page[page.length - 1]?.event?.position;
      if (page.length < pageSize || oldest === undefined) return 0n;
      from = oldest;
    }
  }

  /**
   * The server's catch-up subscription. It does not reconnect by itself: when the connection
   * drops or the server ends the call, iteration throws a SubscriptionDroppedError carrying the
   * client's error, and the consumer resubscribes from the checkpoint it has committed.
   */
  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    const subscription = feedSubscription(this.openFeed(options.after), options.after);
    this.subscriptions.add(subscription);
    return {
      [Symbol.asyncIterator]: () => subscription[Symbol.asyncIterator](),
      close: async () => {
        this.subscriptions.delete(subscription);
        await subscription.close();
      },
    };
  }

  async close(): Promise<void> {
    // Subscriptions first: a disposed client would otherwise look like a drop to their consumers.
    const open = [...this.subscriptions];
    this.subscriptions.clear();
    await Promise.all(open.map((subscription) => subscription.close()));
    await this.client.dispose();
  }

  /** The server's catch-up subscription from a checkpoint: one connection's worth of a Subscription. */
  private openFeed(after: Position | undefined): Feed {
    const subscription = this.client.subscribeToAll({
      fromPosition: after === undefined ? START : toEsdbPosition(after),
      filter: excludeSystemEvents(),
    });
    ignoreLateErrors(subscription);
    async function* events(): AsyncGenerator<RecordedEvent> {
      for await (const resolved of subscription) {
        // The server filter looks at event types only; streams named $... are skipped here.
        if (resolved.event === undefined || isHiddenEvent(resolved.event)) continue;
        const event = fromEsdbResolvedEvent(resolved);
        if (event) yield event;
      }
    }
    return {
      events: events(),
      async cancel() {
        // Destroying ends our iteration at once; unsubscribing then cancels the gRPC call.
        subscription.destroy();
        await subscription.unsubscribe();
      },
    };
  }

  /**
   * Claims every event id for `streamId` (an id already claimed for another stream is refused)
   * and answers, for each, where an earlier append of it already stored it, if one did.
   */
  private async claimEventIds(
    streamId: string,
    events: NewEvent[],
    expected: ExpectedRevision,
  ): Promise<(RecordedEvent | undefined)[]> {
    const lastRevision =
      typeof expected === 'number' || expected === 'no-stream'
        ? undefined
        : await this.lastRevisionOf(streamId);
    const stored: (RecordedEvent | undefined)[] = [];
    for (let from = 0; from < events.length; from += CLAIMS_AT_ONCE) {
      const batch = events.slice(from, from + CLAIMS_AT_ONCE);
      stored.push(
        ...(await Promise.all(
          batch.map((event, offset) =>
            this.claimEventId(streamId, event.id, landingOf(expected, from + offset, lastRevision)),
          ),
        )),
      );
    }
    return stored;
  }

  /** Claims one id, recording where this append will put it; answers where it is stored already. */
  private async claimEventId(
    streamId: string,
    eventId: string,
    landing: Landing,
  ): Promise<RecordedEvent | undefined> {
    const claimStream = eventIdStream(eventId);
    let claimed: boolean;
    try {
      const result = await this.client.appendToStream(
        claimStream,
        jsonEvent({ type: EVENT_ID_CLAIM_TYPE, data: { streamId, ...landing } }),
        { expectedRevision: NO_STREAM },
      );
      claimed = result.success;
    } catch (error) {
      if (!(error instanceof EsdbWrongExpectedVersionError)) throw error;
      claimed = false;
    }
    if (claimed) return undefined;
    // Claimed before: by this stream (a retry, or an append that failed after claiming) or another.
    const claimEvents = await this.readStream(claimStream);
    if (claimedFor(claimEvents[0]) !== streamId) throw new DuplicateEventIdError(eventId);
    const stored = await this.storedAt(streamId, eventId, landingsOf(claimEvents));
    if (stored) return stored;
    // Not stored by the earlier tries: record this one before it appends, so a later retry
    // that decides after it landed looks here too.
    await this.client.appendToStream(
      claimStream,
      jsonEvent({ type: EVENT_ID_ATTEMPT_TYPE, data: { ...landing } }),
      { expectedRevision: ANY },
    );
    return undefined;
  }

  /** The event with this id in `streamId`, looked for only where its appends may have put it. */
  private async storedAt(
    streamId: string,
    eventId: string,
    landings: Landing[],
  ): Promise<RecordedEvent | undefined> {
    for (const landing of landings) {
      const candidates =
        'at' in landing
          ? await this.readStream(streamId, { fromRevision: landing.at, maxCount: 1 })
          : await this.readStream(streamId, { fromRevision: landing.from });
      const stored = candidates.find((event) => event.id === eventId);
      if (stored) return stored;
    }
    return undefined;
  }

  private async lastRevisionOf(streamId: string): Promise<number> {
    const [last] = await this.readStream(streamId, { direction: 'backwards', maxCount: 1 });
    return last?.revision ?? -1;
  }

  /** Nothing to write: answer from a read, as the SQLite adapter does, rather than from an empty append. */
  private async appendNothing(streamId: string, expected: ExpectedRevision): Promise<AppendResult> {
    const [last] = await this.readStream(streamId, { direction: 'backwards', maxCount: 1 });
    assertExpectedRevision(streamId, expected, last === undefined ? 'no-stream' : last.revision);
    return { nextExpectedRevision: last?.revision ?? -1, position: await this.headPosition() };
  }

  private async positionAtRevision(streamId: string, revision: number): Promise<Position> {
    const [event] = await this.readStream(streamId, {
      fromRevision: revision,
      direction: 'backwards',
      maxCount: 1,
    });
    if (event === undefined || event.revision !== revision) {
      throw new Error(`EventStoreDB lost event ${revision} of ${streamId} while answering a retry`);
    }
    return event.position;
  }
}

/** One connection's feed of events after a checkpoint. It ends or throws when the connection drops. */
export interface Feed {
  events: AsyncIterable<RecordedEvent>;
  /** Ends the iteration of `events` and releases the connection. */
  cancel(): Promise<void>;
}

/**
 * A Subscription over one feed: events strictly after `after`, in order; when the feed fails or
 * ends without being closed, iteration throws a SubscriptionDroppedError whose cause is the
 * client's error, so the consumer knows to resubscribe rather than believing the log is idle.
 */
export function feedSubscription(feed: Feed, after: Position | undefined): Subscription {
  let closed = false;
  let checkpoint = after;

  async function* events(): AsyncGenerator<RecordedEvent> {
    try {
      for await (const event of feed.events) {
        if (closed) return;
        // The server may repeat the event at the starting position: never deliver one twice.
        if (checkpoint !== undefined && event.position <= checkpoint) continue;
        checkpoint = event.position;
        yield event;
      }
    } catch (error) {
      if (closed) return;
      throw new SubscriptionDroppedError(`EventStoreDB: ${reasonOf(error)}`, { cause: error });
    } finally {
      // However the iteration ends (close, a consumer's break, an error), release the connection.
      void feed.cancel().catch(() => undefined);
    }
    if (!closed) throw new SubscriptionDroppedError('EventStoreDB ended the subscription');
  }

  const iterator = events();
  return {
    [Symbol.asyncIterator]: () => iterator,
    async close() {
      closed = true;
      await feed.cancel().catch(() => undefined);
      await iterator.return(undefined);
    },
  };
}

/** Reads a finite read to its end. */
async function collect<T>(read: StreamingRead<T>): Promise<T[]> {
  ignoreLateErrors(read);
  const items: T[] = [];
  for await (const item of read) items.push(item);
  return items;
}

/**
 * The client emits 'error' on its streams even after we stopped iterating them (a failed
 * connection, a cancelled call); with no listener left, Node would crash the process.
 * Errors that matter reach us through iteration.
 */
function ignoreLateErrors(stream: NodeJS.EventEmitter): void {
  stream.on('error', () => undefined);
}

function withTimeout<T>(promise: Promise<T>, ms: number, reason: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(reason)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The client's message without its trailing empty "Resolution note:". */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\.?\s*Resolution note:\s*$/, '').trim();
}
