import {
  ANY,
  NO_STREAM,
  STREAM_EXISTS,
  type RecordedEvent as EsdbRecordedEvent,
} from '@eventstore/db-client';
import { RecordedEvent } from './event-store';
import { EventStoreDbEventStore, Feed, resumableSubscription } from './eventstoredb-event-store';
import {
  fromEsdbCurrentRevision,
  fromEsdbResolvedEvent,
  isSystemEvent,
  knownCommitPosition,
  positionOf,
  reconnectDelay,
  toEsdbExpectedRevision,
  toEsdbPosition,
  toJsonObject,
} from './eventstoredb-mapping';
import { describeEventStoreContract } from './testing/event-store-contract';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

if (connectionString) {
  describeEventStoreContract('EventStoreDB', async () => {
    const store = await EventStoreDbEventStore.connect(connectionString);
    return { store, dispose: () => store.close() };
  });
} else {
  describe('EventStore contract: EventStoreDB', () => {
    it.skip('needs EVENTSTORE_CONNECTION_STRING (docker compose up; esdb://localhost:2113?tls=false)', () => {
      // Runs against a real server only.
    });
  });
}

describe('EventStoreDB mapping', () => {
  it('maps expected revisions to the client', () => {
    expect(toEsdbExpectedRevision(0)).toBe(0n);
    expect(toEsdbExpectedRevision(41)).toBe(41n);
    expect(toEsdbExpectedRevision('no-stream')).toBe(NO_STREAM);
    expect(toEsdbExpectedRevision('stream-exists')).toBe(STREAM_EXISTS);
    expect(toEsdbExpectedRevision('any')).toBe(ANY);
  });

  it('maps the actual revision of a conflict back', () => {
    expect(fromEsdbCurrentRevision(NO_STREAM)).toBe('no-stream');
    expect(fromEsdbCurrentRevision(0n)).toBe(0);
    expect(fromEsdbCurrentRevision(7n)).toBe(7);
  });

  it('turns a checkpoint into a $all position and back', () => {
    const big = 2n ** 60n + 3n;
    expect(toEsdbPosition(big)).toEqual({ commit: big, prepare: big });
    expect(knownCommitPosition(toEsdbPosition(big))).toBe(big);
    expect(knownCommitPosition({ commit: 0n, prepare: 0n })).toBe(0n);
  });

  it('treats a missing, negative or all-ones position as unknown', () => {
    expect(knownCommitPosition(undefined)).toBeUndefined();
    expect(knownCommitPosition({ commit: -1n, prepare: -1n })).toBeUndefined();
    expect(
      knownCommitPosition({ commit: 2n ** 64n - 1n, prepare: 2n ** 64n - 1n }),
    ).toBeUndefined();
  });

  it('recognises system events by type or stream', () => {
    expect(isSystemEvent({ type: '$statsCollected', streamId: '$stats-127.0.0.1:2113' })).toBe(
      true,
    );
    expect(isSystemEvent({ type: '$>', streamId: 'policy-1' })).toBe(true);
    expect(isSystemEvent({ type: 'Anything', streamId: '$settings' })).toBe(true);
    expect(isSystemEvent({ type: 'PolicyAdopted', streamId: 'schoolpolicy-1.2' })).toBe(false);
    expect(isSystemEvent({ type: 'Cost$', streamId: 'trust-$1' })).toBe(false);
  });

  it('reads payloads as plain JSON objects', () => {
    expect(toJsonObject({ a: 1 })).toEqual({ a: 1 });
    expect(toJsonObject(new TextEncoder().encode('{"b":[1,"x"]}'))).toEqual({ b: [1, 'x'] });
    expect(toJsonObject(new Uint8Array([0xff, 0x00]))).toEqual({});
    expect(toJsonObject(undefined)).toEqual({});
    expect(toJsonObject([1, 2])).toEqual({});
    expect(toJsonObject('text')).toEqual({});
  });

  it('maps a recorded event, taking its position from the record or the envelope', () => {
    const created = new Date('2026-09-01T08:30:00.000Z');
    const event = esdbEvent({ created, position: { commit: 1234n, prepare: 1234n } });
    expect(fromEsdbResolvedEvent({ event })).toEqual({
      id: event.id,
      streamId: 'policy-1',
      revision: 3,
      position: 1234n,
      type: 'PolicyRegistered',
      data: { title: 'Safeguarding' },
      metadata: { actorId: 'a-1' },
      recordedAt: '2026-09-01T08:30:00.000Z',
    });

    const withoutPosition = esdbEvent({
      position: { commit: 2n ** 64n - 1n, prepare: 2n ** 64n - 1n },
    });
    expect(positionOf({ event: withoutPosition, commitPosition: 99n })).toBe(99n);
    expect(() => fromEsdbResolvedEvent({ event: withoutPosition })).toThrow(/no position/);
    expect(fromEsdbResolvedEvent({})).toBeUndefined();
  });

  it('backs off exponentially up to a ceiling', () => {
    const delays = { initialMs: 100, maxMs: 1000 };
    expect([0, 1, 2, 3, 4, 50].map((failures) => reconnectDelay(failures, delays))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
  });
});

describe('resumableSubscription', () => {
  const delays = { initialMs: 1, maxMs: 5 };

  it('resumes after a drop from the last delivered position, without gaps or repeats', async () => {
    const feeds = [
      // Starts at the checkpoint itself (skipped), then the connection fails.
      fakeFeed([recorded(10n), recorded(11n), recorded(12n)], 'error'),
      // The server ends the call; the event at the checkpoint comes again.
      fakeFeed([recorded(12n), recorded(13n)], 'end'),
      fakeFeed([recorded(14n)], 'open'),
    ];
    const opened: (bigint | undefined)[] = [];
    const dropped: unknown[] = [];
    const subscription = resumableSubscription(
      (after) => {
        opened.push(after);
        return feeds[opened.length - 1];
      },
      10n,
      { delays, onDropped: (error) => dropped.push(error) },
    );

    const iterator = subscription[Symbol.asyncIterator]();
    const positions: bigint[] = [];
    for (let i = 0; i < 4; i += 1)
      positions.push(((await iterator.next()).value as RecordedEvent).position);

    expect(positions).toEqual([11n, 12n, 13n, 14n]);
    expect(opened).toEqual([10n, 12n, 13n]);
    expect(dropped).toHaveLength(2);
    expect((dropped[0] as Error).message).toBe('connection dropped');

    await subscription.close();
    expect(feeds[2].cancelled).toBe(true);
    await expect(iterator.next()).resolves.toEqual({ done: true, value: undefined });
    expect(opened).toHaveLength(3);
  });

  it('starts from the beginning when no checkpoint is given', async () => {
    let openedFrom: bigint | undefined = -1n;
    const subscription = resumableSubscription(
      (after) => {
        openedFrom = after;
        return fakeFeed([recorded(1n)], 'open');
      },
      undefined,
      { delays },
    );
    const first = await subscription[Symbol.asyncIterator]().next();
    expect((first.value as RecordedEvent).position).toBe(1n);
    expect(openedFrom).toBeUndefined();
    await subscription.close();
  });

  it('ends a pending iteration when closed, and opens nothing more', async () => {
    const feed = fakeFeed([], 'open');
    let opens = 0;
    const subscription = resumableSubscription(
      () => {
        opens += 1;
        return feed;
      },
      5n,
      { delays },
    );
    const seen: RecordedEvent[] = [];
    const iteration = (async () => {
      for await (const event of subscription) seen.push(event);
    })();
    await new Promise((resolve) => setTimeout(resolve, 10));
    await subscription.close();
    await iteration;
    expect(seen).toEqual([]);
    expect(feed.cancelled).toBe(true);
    expect(opens).toBe(1);
  });

  it("releases the feed when a consumer's loop breaks", async () => {
    const feed = fakeFeed([recorded(1n), recorded(2n)], 'open');
    const subscription = resumableSubscription(() => feed, undefined, { delays });
    for await (const event of subscription) {
      expect(event.position).toBe(1n);
      break;
    }
    expect(feed.cancelled).toBe(true);
  });

  it('closes promptly while waiting to reconnect', async () => {
    let opens = 0;
    const subscription = resumableSubscription(
      () => {
        opens += 1;
        return fakeFeed([], 'error');
      },
      undefined,
      { delays: { initialMs: 60_000, maxMs: 60_000 } },
    );
    const next = subscription[Symbol.asyncIterator]().next();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const started = Date.now();
    await subscription.close();
    await expect(next).resolves.toEqual({ done: true, value: undefined });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(opens).toBe(1);
  });
});

describe('EventStoreDbEventStore without a server', () => {
  // Nothing listens on port 1: every call fails to connect.
  const unreachable = 'esdb://127.0.0.1:1?tls=false&maxDiscoverAttempts=1&defaultDeadline=2000';

  it('opens no connection until it is used', async () => {
    const store = new EventStoreDbEventStore(unreachable);
    expect(store.kind).toBe('eventstoredb');
    await store.close();
  });

  it('fails to connect with an error rather than hanging or crashing', async () => {
    await expect(EventStoreDbEventStore.connect(unreachable)).rejects.toBeInstanceOf(Error);
  });

  it('keeps retrying a subscription while the server is away and stops when closed', async () => {
    const dropped: unknown[] = [];
    const store = new EventStoreDbEventStore(unreachable, {
      reconnectDelays: { initialMs: 5, maxMs: 20 },
      onSubscriptionDropped: (error) => dropped.push(error),
    });
    const subscription = store.subscribeToAll({ after: 100n });
    const next = subscription[Symbol.asyncIterator]().next();
    while (dropped.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    await store.close();
    await expect(next).resolves.toEqual({ done: true, value: undefined });
  });
});

type FakeFeed = Feed & { cancelled: boolean };

/** A feed that yields `events`, then fails, ends, or stays open until cancelled. */
function fakeFeed(events: RecordedEvent[], then: 'error' | 'end' | 'open'): FakeFeed {
  let release = () => {};
  const cancelled = new Promise<void>((resolve) => (release = resolve));
  const feed: FakeFeed = {
    cancelled: false,
    events: (async function* () {
      for (const event of events) yield event;
      if (then === 'error') throw new Error('connection dropped');
      if (then === 'open') await cancelled;
    })(),
    async cancel() {
      feed.cancelled = true;
      release();
    },
  };
  return feed;
}

function recorded(position: bigint): RecordedEvent {
  return {
    id: `event-${position}`,
    streamId: 'policy-1',
    revision: Number(position),
    position,
    type: 'Counted',
    data: {},
    metadata: {},
    recordedAt: new Date(0).toISOString(),
  };
}

function esdbEvent(overrides: Partial<EsdbRecordedEvent>): EsdbRecordedEvent {
  return {
    streamId: 'policy-1',
    id: '0b4f3b4e-6f5e-4a4e-9a53-1d1c2f3e4a5b',
    isJson: true,
    revision: 3n,
    type: 'PolicyRegistered',
    created: new Date(0),
    data: { title: 'Safeguarding' },
    metadata: { actorId: 'a-1' },
    ...overrides,
  } as EsdbRecordedEvent;
}
