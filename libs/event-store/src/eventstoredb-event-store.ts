import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  excludeSystemEvents,
  FORWARDS,
  jsonEvent,
  NO_STREAM,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError as EsdbWrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type AppendResult as EsdbAppendResult,
  type Position as EsdbPosition,
  type StreamingRead,
} from '@eventstore/db-client';
import { WrongExpectedVersionError } from './errors';
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
  fromEsdbCurrentRevision,
  fromEsdbRecordedEvent,
  fromEsdbResolvedEvent,
  isSystemEvent,
  knownCommitPosition,
  positionOf,
  reconnectDelay,
  ReconnectDelays,
  toEsdbExpectedRevision,
  toEsdbPosition,
} from './eventstoredb-mapping';
import { assertExpectedRevision } from './expected-revision';

export interface EventStoreDbEventStoreOptions {
  /** Waits before re-opening a dropped subscription, doubling from `initialMs` up to `maxMs`. */
  reconnectDelays?: ReconnectDelays;
  /** Hears of every dropped subscription before it is re-opened, for logs and metrics. */
  onSubscriptionDropped?: (error: unknown) => void;
}

const DEFAULT_RECONNECT_DELAYS: ReconnectDelays = { initialMs: 100, maxMs: 10_000 };

/** Events per $all read; large enough for throughput, small enough for 1 MB events. */
const PAGE_SIZE = 500;

/**
 * The scale-out adapter: EventStoreDB 22.6 or later (stream reads must carry $all positions)
 * through @eventstore/db-client. Global positions are $all commit positions.
 * Unlike SQLite, EventStoreDB does not refuse an event id reused in another stream.
 */
export class EventStoreDbEventStore implements EventStore {
  readonly kind = 'eventstoredb' as const;
  private readonly client: EventStoreDBClient;
  private readonly subscriptions = new Set<Subscription>();

  /** Only parses the connection string: the client connects on its first call. */
  constructor(
    connectionString: string,
    private readonly options: EventStoreDbEventStoreOptions = {},
  ) {
    this.client = EventStoreDBClient.connectionString(connectionString);
  }

  /** Connects and reads once, so a bad connection string or unreachable server fails at startup. */
  static async connect(
    connectionString: string,
    options: EventStoreDbEventStoreOptions = {},
  ): Promise<EventStoreDbEventStore> {
    const store = new EventStoreDbEventStore(connectionString, options);
    try {
      await store.headPosition();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  async appendToStream(
    streamId: string,
    events: NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    if (events.length === 0) return this.appendNothing(streamId, options.expectedRevision);
    let result: EsdbAppendResult;
    try {
      result = await this.client.appendToStream(
        streamId,
        events.map(({ id, type, data, metadata }) => jsonEvent({ id, type, data, metadata })),
        { expectedRevision: toEsdbExpectedRevision(options.expectedRevision) },
      );
    } catch (error) {
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
      if (error instanceof StreamNotFoundError) return [];
      throw error;
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
        if (resolved.event && !isSystemEvent(resolved.event) && found.length < wanted) {
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
        if (resolved.event && !isSystemEvent(resolved.event) && position !== undefined) {
          return position;
        }
      }
      const oldest = page[page.length - 1]?.event?.position;
      if (page.length < pageSize || oldest === undefined) return 0n;
      from = oldest;
    }
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    const subscription = resumableSubscription((after) => this.openFeed(after), options.after, {
      delays: this.options.reconnectDelays ?? DEFAULT_RECONNECT_DELAYS,
      onDropped: this.options.onSubscriptionDropped,
    });
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
    // Subscriptions first: a disposed client would otherwise look like a drop and be re-opened.
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
        if (resolved.event === undefined || isSystemEvent(resolved.event)) continue;
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

export interface ResumeOptions {
  delays: ReconnectDelays;
  onDropped?: (error: unknown) => void;
}

/**
 * A Subscription over feeds that may drop: when one ends or fails without being asked to,
 * waits (with backoff) and opens a new one from the last delivered position. Anything at or
 * before that position is dropped, so a feed that repeats its starting event is harmless.
 */
export function resumableSubscription(
  open: (after: Position | undefined) => Feed,
  after: Position | undefined,
  options: ResumeOptions,
): Subscription {
  const abort = new AbortController();
  let checkpoint = after;
  let feed: Feed | undefined;

  async function* events(): AsyncGenerator<RecordedEvent> {
    let failures = 0;
    try {
      while (!abort.signal.aborted) {
        const openedAt = Date.now();
        let dropped: unknown = new Error('EventStoreDB ended the subscription');
        try {
          feed = open(checkpoint);
          for await (const event of feed.events) {
            if (abort.signal.aborted) return;
            if (checkpoint !== undefined && event.position <= checkpoint) continue;
            checkpoint = event.position;
            failures = 0;
            yield event;
          }
        } catch (error) {
          dropped = error;
        }
        if (abort.signal.aborted) return;
        options.onDropped?.(dropped);
        // A feed that stayed up a while was healthy: start the backoff again from the bottom.
        if (Date.now() - openedAt >= options.delays.maxMs) failures = 0;
        await sleep(reconnectDelay(failures, options.delays), abort.signal);
        failures += 1;
      }
    } finally {
      // However the iteration ends (close, a consumer's break, an error), release the connection.
      void feed?.cancel().catch(() => undefined);
    }
  }

  const iterator = events();
  return {
    [Symbol.asyncIterator]: () => iterator,
    async close() {
      abort.abort();
      await feed?.cancel().catch(() => undefined);
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

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
