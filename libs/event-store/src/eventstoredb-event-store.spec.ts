import {
  ANY,
  NO_STREAM,
  STREAM_EXISTS,
  StreamDeletedError as EsdbStreamDeletedError,
  StreamNotFoundError,
  type RecordedEvent as EsdbRecordedEvent,
} from '@eventstore/db-client';
import { redactConnectionString } from './connection-string';
import { EventStoreUnreachableError, StreamNotDeletableError, SubscriptionDroppedError } from './errors';
import { RecordedEvent } from './event-store';
import { EventStoreDbEventStore, Feed, feedSubscription } from './eventstoredb-event-store';
import {
  claimedFor,
  eventIdStream,
  fromEsdbCurrentRevision,
  fromEsdbResolvedEvent,
  isHiddenEvent,
  isSystemEvent,
  knownCommitPosition,
  landingOf,
  landingsOf,
  positionOf,
  readsAsEmpty,
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

  it("hides the server's bookkeeping and the adapter's event-id claims from readers of the log", () => {
    expect(eventIdStream('0b4f3b4e')).toBe('eventid-0b4f3b4e');
    expect(isHiddenEvent({ type: 'EventIdClaimed', streamId: eventIdStream('0b4f3b4e') })).toBe(true);
    expect(isHiddenEvent({ type: '$statsCollected', streamId: '$stats-127.0.0.1:2113' })).toBe(true);
    expect(isHiddenEvent({ type: 'PolicyAdopted', streamId: 'schoolpolicy-1.2' })).toBe(false);
  });

  it('reads which stream an event-id claim reserved its id for', () => {
    const claim = { ...recorded(5n), type: 'EventIdClaimed', data: { streamId: 'policy-9' } };
    expect(claimedFor(claim)).toBe('policy-9');
    expect(claimedFor({ ...claim, type: 'Other' })).toBeUndefined();
    expect(claimedFor({ ...claim, data: {} })).toBeUndefined();
    expect(claimedFor(undefined)).toBeUndefined();
  });

  it('records where each event of an append may land, from its expected revision', () => {
    expect(landingOf(4, 0)).toEqual({ at: 5 });
    expect(landingOf(4, 2)).toEqual({ at: 7 });
    expect(landingOf('no-stream', 1)).toEqual({ at: 1 });
    // any and stream-exists do not fix the place: from after the last revision read before.
    expect(landingOf('any', 3, 9)).toEqual({ from: 10 });
    expect(landingOf('stream-exists', 0, 2)).toEqual({ from: 3 });
    expect(landingOf('any', 0, -1)).toEqual({ from: 0 });
  });

  it("lists every place a claim's appends may have put its id, once each", () => {
    const claim = { ...recorded(1n), type: 'EventIdClaimed', data: { streamId: 'policy-9', at: 0 } };
    const retry = { ...recorded(2n), type: 'EventIdAppendAttempted', data: { at: 3 } };
    const anyRetry = { ...recorded(3n), type: 'EventIdAppendAttempted', data: { from: 5 } };
    expect(landingsOf([claim, retry, { ...retry }, anyRetry])).toEqual([{ at: 0 }, { at: 3 }, { from: 5 }]);
    // A claim from before landings were recorded: anywhere in the stream.
    expect(landingsOf([{ ...claim, data: { streamId: 'policy-9' } }])).toEqual([{ from: 0 }]);
    expect(landingsOf([{ ...claim, type: 'Other' }])).toEqual([]);
  });

  it('hides key streams from readers of the whole log', () => {
    expect(isHiddenEvent({ type: 'PersonKeyIssued', streamId: 'personkey-p-1' })).toBe(true);
    expect(isHiddenEvent({ type: 'PersonRegistered', streamId: 'person-p-1' })).toBe(false);
  });

  it('reads a deleted (tombstoned) or unknown stream as empty, and nothing else', () => {
    expect(readsAsEmpty(EsdbStreamDeletedError.fromStreamName('personkey-p-1'))).toBe(true);
    expect(readsAsEmpty(new StreamNotFoundError(undefined, 'policy-1'))).toBe(true);
    expect(readsAsEmpty(new Error('connection reset'))).toBe(false);
  });

  it('masks the password of a connection string, keeping the user, hosts and settings', () => {
    expect(redactConnectionString('esdb://admin:changeit@db.example:2113?tls=false')).toBe(
      'esdb://admin:***@db.example:2113?tls=false',
    );
    expect(redactConnectionString('esdb+discover://ops:p@ss@a:2113,b:2113')).toBe(
      'esdb+discover://ops:***@a:2113,b:2113',
    );
    expect(redactConnectionString('esdb://127.0.0.1:2113?tls=false')).toBe(
      'esdb://127.0.0.1:2113?tls=false',
    );
    expect(redactConnectionString('esdb://reader@host:2113')).toBe('esdb://reader@host:2113');
  });
});

describe('feedSubscription', () => {
  it('delivers events after the checkpoint once each, skipping a repeated starting event', async () => {
    const subscription = feedSubscription(
      fakeFeed([recorded(10n), recorded(11n), recorded(12n)], 'open'),
      10n,
    );
    const iterator = subscription[Symbol.asyncIterator]();
    const positions = [
      ((await iterator.next()).value as RecordedEvent).position,
      ((await iterator.next()).value as RecordedEvent).position,
    ];
    expect(positions).toEqual([11n, 12n]);
    await subscription.close();
    await expect(iterator.next()).resolves.toEqual({ done: true, value: undefined });
  });

  it("passes a failed connection on as SubscriptionDroppedError carrying the client's error", async () => {
    const feed = fakeFeed([recorded(1n)], 'error');
    const seen: bigint[] = [];
    const failure = await (async () => {
      for await (const event of feedSubscription(feed, undefined)) seen.push(event.position);
    })().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(seen).toEqual([1n]);
    expect(failure).toBeInstanceOf(SubscriptionDroppedError);
    expect((failure as Error).message).toMatch(/connection dropped/);
    expect(((failure as Error).cause as Error).message).toBe('connection dropped');
    expect(feed.cancelled).toBe(true);
  });

  it('treats a feed the server ended as a drop, not as the end of the log', async () => {
    const iterator = feedSubscription(fakeFeed([], 'end'), 3n)[Symbol.asyncIterator]();
    await expect(iterator.next()).rejects.toThrow(/ended the subscription/);
  });

  it('ends a pending iteration quietly when closed', async () => {
    const feed = fakeFeed([], 'open');
    const subscription = feedSubscription(feed, 5n);
    const seen: RecordedEvent[] = [];
    const iteration = (async () => {
      for await (const event of subscription) seen.push(event);
    })();
    await new Promise((resolve) => setTimeout(resolve, 10));
    await subscription.close();
    await iteration;
    expect(seen).toEqual([]);
    expect(feed.cancelled).toBe(true);
  });

  it("releases the feed when a consumer's loop breaks", async () => {
    const feed = fakeFeed([recorded(1n), recorded(2n)], 'open');
    for await (const event of feedSubscription(feed, undefined)) {
      expect(event.position).toBe(1n);
      break;
    }
    expect(feed.cancelled).toBe(true);
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

  it('refuses in words to delete a stream that is not a key stream, before any call', async () => {
    const store = new EventStoreDbEventStore(unreachable);
    await expect(store.deleteStream('trust-1')).rejects.toBeInstanceOf(StreamNotDeletableError);
    await expect(store.deleteStream('eventid-1')).rejects.toThrow(/the event log is append-only/);
    await store.close();
  });

  it('fails to connect with a message naming the server without its password', async () => {
    const error = await EventStoreDbEventStore.connect(
      'esdb://admin:changeit@127.0.0.1:1?tls=false&maxDiscoverAttempts=1',
      { timeoutMs: 3000 },
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EventStoreUnreachableError);
    const message = (error as Error).message;
    expect(message).toMatch(
      /^Cannot reach EventStoreDB at esdb:\/\/admin:\*\*\*@127\.0\.0\.1:1\?tls=false&maxDiscoverAttempts=1: .+\. Check EVENTSTORE_CONNECTION_STRING/,
    );
    expect(message).not.toContain('changeit');
  });

  it('refuses a connection string the client cannot parse, as unreachable', async () => {
    await expect(EventStoreDbEventStore.connect('esdb://', { timeoutMs: 1000 })).rejects.toBeInstanceOf(
      EventStoreUnreachableError,
    );
  });

  it('fails a subscription with SubscriptionDroppedError carrying the client error, and closes cleanly', async () => {
    const store = new EventStoreDbEventStore(unreachable);
    const subscription = store.subscribeToAll({ after: 100n });
    const failure = await subscription[Symbol.asyncIterator]()
      .next()
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(SubscriptionDroppedError);
    expect((failure as Error).cause).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/UNAVAILABLE|ECONNREFUSED/);
    await subscription.close();
    await store.close();
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
