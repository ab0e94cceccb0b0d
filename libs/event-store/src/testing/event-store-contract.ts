import { randomUUID } from 'node:crypto';
import {
  DuplicateEventIdError,
  isWrongExpectedVersion,
  StreamDeletedError,
  StreamNotDeletableError,
  WrongExpectedVersionError,
} from '../errors';
import { EventStore, NewEvent, Position, RecordedEvent } from '../event-store';

export interface StoreUnderTest {
  store: EventStore;
  /** Closes the store and removes whatever it created. */
  dispose(): Promise<void>;
}

export function newEvent(type: string, data: Record<string, unknown> = {}): NewEvent {
  return { id: randomUUID(), type, data, metadata: { actorId: 'tester', occurredAt: new Date().toISOString() } };
}

/** A stream name no other test (or earlier run against a shared server) has used. */
export function uniqueStream(prefix = 'contract'): string {
  return `${prefix}-${randomUUID().replace(/-/g, '')}`;
}

/** Reads from the subscription until `count` events of the given streams arrived. */
export async function takeFrom(
  subscription: AsyncIterable<RecordedEvent>,
  streams: Set<string>,
  count: number,
): Promise<RecordedEvent[]> {
  const taken: RecordedEvent[] = [];
  if (count === 0) return taken;
  // next() rather than for-await: breaking a for-await loop would close the subscription.
  const iterator = subscription[Symbol.asyncIterator]();
  while (taken.length < count) {
    const { value, done } = await iterator.next();
    if (done) break;
    if (streams.has(value.streamId)) taken.push(value);
  }
  return taken;
}

/**
 * The behaviour every EventStore adapter must have. Streams are unique per test and the
 * global-log tests only look at their own streams, so the suite also runs against a
 * shared EventStoreDB server that holds other data.
 */
export function describeEventStoreContract(name: string, open: () => Promise<StoreUnderTest>): void {
  describe(`EventStore contract: ${name}`, () => {
    let subject: StoreUnderTest;
    let store: EventStore;

    beforeEach(async () => {
      subject = await open();
      store = subject.store;
    });
    afterEach(async () => {
      await subject.dispose();
    });

    it('round-trips events with their data, metadata, revisions and positions', async () => {
      const stream = uniqueStream();
      const events = [newEvent('PolicyRegistered', { title: 'Safeguarding' }), newEvent('PolicyVersionDrafted', { version: 1 })];
      const result = await store.appendToStream(stream, events, { expectedRevision: 'no-stream' });

      const read = await store.readStream(stream);
      expect(read.map((e) => [e.id, e.type, e.data, e.revision, e.streamId])).toEqual([
        [events[0].id, 'PolicyRegistered', { title: 'Safeguarding' }, 0, stream],
        [events[1].id, 'PolicyVersionDrafted', { version: 1 }, 1, stream],
      ]);
      expect(read[0].metadata).toEqual(events[0].metadata);
      expect(read[0].position < read[1].position).toBe(true);
      expect(result).toEqual({ nextExpectedRevision: 1, position: read[1].position });
      expect(Number.isNaN(Date.parse(read[0].recordedAt))).toBe(false);
      expect(await store.headPosition()).toBeGreaterThanOrEqual(read[1].position);
    });

    it('reads an unknown stream as empty', async () => {
      expect(await store.readStream(uniqueStream())).toEqual([]);
    });

    it('reads a stream from a revision, backwards and with a maximum count', async () => {
      const stream = uniqueStream();
      await store.appendToStream(stream, [1, 2, 3, 4, 5].map((n) => newEvent('Counted', { n })), {
        expectedRevision: 'no-stream',
      });
      const ns = (events: RecordedEvent[]) => events.map((e) => e.data.n);
      expect(ns(await store.readStream(stream, { fromRevision: 2 }))).toEqual([3, 4, 5]);
      expect(ns(await store.readStream(stream, { maxCount: 2 }))).toEqual([1, 2]);
      expect(ns(await store.readStream(stream, { direction: 'backwards', maxCount: 2 }))).toEqual([5, 4]);
      expect(ns(await store.readStream(stream, { direction: 'backwards', fromRevision: 1 }))).toEqual([2, 1]);
    });

    describe('expected revision', () => {
      const refused = async (promise: Promise<unknown>) => {
        const error = await promise.then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(isWrongExpectedVersion(error)).toBe(true);
      };

      it('no-stream succeeds on a new stream and is refused on an existing one', async () => {
        const stream = uniqueStream();
        await store.appendToStream(stream, [newEvent('A')], { expectedRevision: 'no-stream' });
        await refused(store.appendToStream(stream, [newEvent('B')], { expectedRevision: 'no-stream' }));
        expect(await store.readStream(stream)).toHaveLength(1);
      });

      it('stream-exists is refused on a new stream and succeeds on an existing one', async () => {
        const stream = uniqueStream();
        await refused(store.appendToStream(stream, [newEvent('A')], { expectedRevision: 'stream-exists' }));
        expect(await store.readStream(stream)).toEqual([]);
        await store.appendToStream(stream, [newEvent('A')], { expectedRevision: 'any' });
        const result = await store.appendToStream(stream, [newEvent('B')], { expectedRevision: 'stream-exists' });
        expect(result.nextExpectedRevision).toBe(1);
      });

      it('a revision number must be the last revision exactly', async () => {
        const stream = uniqueStream();
        await refused(store.appendToStream(stream, [newEvent('A')], { expectedRevision: 0 }));
        await store.appendToStream(stream, [newEvent('A'), newEvent('B')], { expectedRevision: 'no-stream' });
        await refused(store.appendToStream(stream, [newEvent('C')], { expectedRevision: 0 }));
        await refused(store.appendToStream(stream, [newEvent('C')], { expectedRevision: 2 }));
        const result = await store.appendToStream(stream, [newEvent('C')], { expectedRevision: 1 });
        expect(result.nextExpectedRevision).toBe(2);
        expect((await store.readStream(stream)).map((e) => e.type)).toEqual(['A', 'B', 'C']);
      });

      it('any appends whatever the stream holds', async () => {
        const stream = uniqueStream();
        await store.appendToStream(stream, [newEvent('A')], { expectedRevision: 'any' });
        await store.appendToStream(stream, [newEvent('B')], { expectedRevision: 'any' });
        expect(await store.readStream(stream)).toHaveLength(2);
      });
    });

    it('lets exactly one of 50 racing appenders win each of 100 rounds', async () => {
      const stream = uniqueStream('race');
      for (let round = 0; round < 100; round += 1) {
        const expectedRevision = round === 0 ? ('no-stream' as const) : round - 1;
        const outcomes = await Promise.allSettled(
          Array.from({ length: 50 }, (_, writer) =>
            store.appendToStream(stream, [newEvent('Raced', { round, writer })], { expectedRevision }),
          ),
        );
        const winners = outcomes.filter((o) => o.status === 'fulfilled');
        const losers = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
        expect(winners).toHaveLength(1);
        expect(losers.every((o) => isWrongExpectedVersion(o.reason))).toBe(true);
      }
      const events = await store.readStream(stream);
      expect(events.map((e) => e.revision)).toEqual(Array.from({ length: 100 }, (_, i) => i));
      expect(events.map((e) => e.data.round)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    }, 120_000);

    it('treats appending the same event ids again as a retry that changes nothing', async () => {
      const stream = uniqueStream();
      const events = [newEvent('A'), newEvent('B')];
      const first = await store.appendToStream(stream, events, { expectedRevision: 'no-stream' });
      const again = await store.appendToStream(stream, events, { expectedRevision: 'no-stream' });
      expect(again).toEqual(first);
      expect(await store.readStream(stream)).toHaveLength(2);
      await store.appendToStream(stream, [newEvent('C')], { expectedRevision: 1 });
      expect(await store.readStream(stream)).toHaveLength(3);
    });

    describe('reading one event by its id', () => {
      it('answers the stored event, as its stream reads it, whichever stream and revision it is at', async () => {
        const [first, second] = [uniqueStream('by-id'), uniqueStream('by-id')];
        await store.appendToStream(first, [newEvent('A', { n: 1 })], { expectedRevision: 'no-stream' });
        const wanted = newEvent('B', { n: 2 });
        await store.appendToStream(first, [newEvent('C'), wanted], { expectedRevision: 0 });
        const other = newEvent('D');
        await store.appendToStream(second, [other], { expectedRevision: 'any' });

        const stored = (await store.readStream(first))[2];
        expect(await store.readEventById(wanted.id)).toEqual(stored);
        expect(stored).toMatchObject({ id: wanted.id, streamId: first, revision: 2, type: 'B', data: { n: 2 } });
        expect((await store.readEventById(other.id))?.streamId).toBe(second);
      });

      it('answers undefined for an id never stored, or only in a refused append', async () => {
        expect(await store.readEventById(newEvent('Never').id)).toBeUndefined();
        const stream = uniqueStream('by-id-refused');
        await store.appendToStream(stream, [newEvent('A')], { expectedRevision: 'no-stream' });
        const refused = newEvent('Refused');
        await expect(store.appendToStream(stream, [refused], { expectedRevision: 5 })).rejects.toBeInstanceOf(WrongExpectedVersionError);
        expect(await store.readEventById(refused.id)).toBeUndefined();
        // Appended later after all, it is found where it landed.
        await store.appendToStream(stream, [newEvent('B'), refused], { expectedRevision: 0 });
        expect((await store.readEventById(refused.id))?.revision).toBe(2);
      });
    });

    describe('the same ids appended again after the stream moved on', () => {
      it('answers them as the first append did, whatever revision is expected now, and stores nothing', async () => {
        const stream = uniqueStream('retry-later');
        const events = [newEvent('A'), newEvent('B')];
        const first = await store.appendToStream(stream, events, { expectedRevision: 'no-stream' });
        await store.appendToStream(stream, [newEvent('C')], { expectedRevision: 1 });
        // A retry that decided after the first append landed (on another instance, say).
        for (const expectedRevision of [2, 'no-stream', 0, 'any', 'stream-exists'] as const) {
          expect(await store.appendToStream(stream, events, { expectedRevision })).toEqual(first);
        }
        expect((await store.readStream(stream)).map((e) => e.type)).toEqual(['A', 'B', 'C']);
        // The stream still takes new events at its real revision.
        expect((await store.appendToStream(stream, [newEvent('D')], { expectedRevision: 2 })).nextExpectedRevision).toBe(3);
      });

      it('refuses in words a batch mixing ids already appended with new ones, storing none of it', async () => {
        const stream = uniqueStream('retry-mixed');
        const [a, b] = [newEvent('A'), newEvent('B')];
        await store.appendToStream(stream, [a, b], { expectedRevision: 'no-stream' });
        for (const batch of [[a, newEvent('New')], [newEvent('New'), b], [b, a]]) {
          const refusal = store.appendToStream(stream, batch, { expectedRevision: 1 });
          await expect(refusal).rejects.toBeInstanceOf(DuplicateEventIdError);
          await expect(refusal).rejects.toThrow(/already appended to .* repeat it exactly or use new ids/);
        }
        expect((await store.readStream(stream)).map((e) => e.id)).toEqual([a.id, b.id]);
      });
    });

    describe('key streams (personkey-…)', () => {
      it('deletes one for good: it reads as empty, refuses appends in words, and its positions are never reused', async () => {
        const key = uniqueStream('personkey');
        const keyEvent = newEvent('PersonKeyIssued', { key: 'c2VjcmV0' });
        await store.appendToStream(uniqueStream('before'), [newEvent('A')], { expectedRevision: 'no-stream' });
        // The key is the newest event of the log, so a store that reused positions would show it.
        const { position: keyPosition } = await store.appendToStream(key, [keyEvent], { expectedRevision: 'no-stream' });

        await store.deleteStream(key);
        expect(await store.readStream(key)).toEqual([]);
        expect(await store.readEventById(keyEvent.id)).toBeUndefined();
        for (const [events, expectedRevision] of [
          [[newEvent('PersonKeyIssued')], 'no-stream'],
          [[newEvent('PersonKeyIssued')], 'any'],
          [[keyEvent], 'no-stream'], // the first append retried: not answered as stored
        ] as const) {
          const refusal = store.appendToStream(key, [...events], { expectedRevision });
          await expect(refusal).rejects.toBeInstanceOf(StreamDeletedError);
          await expect(refusal).rejects.toThrow(`Stream ${key} was deleted for good and cannot be written again`);
        }
        expect(await store.readStream(key)).toEqual([]);
        await store.deleteStream(key); // deleting again is no error
        await store.deleteStream(uniqueStream('personkey')); // nor is one never written

        const after = await store.appendToStream(uniqueStream('after'), [newEvent('B')], { expectedRevision: 'no-stream' });
        expect(after.position > keyPosition).toBe(true);
      });

      it('refuses in words to delete any other stream, deleting nothing', async () => {
        const stream = uniqueStream('policy');
        await store.appendToStream(stream, [newEvent('PolicyRegistered')], { expectedRevision: 'no-stream' });
        for (const name of [stream, `x${uniqueStream('personkey')}`, uniqueStream('personkeys')]) {
          const refusal = store.deleteStream(name);
          await expect(refusal).rejects.toBeInstanceOf(StreamNotDeletableError);
          await expect(refusal).rejects.toThrow(/cannot be deleted: the event log is append-only, and only key streams \(named personkey-…\)/);
        }
        expect(await store.readStream(stream)).toHaveLength(1);
      });

      it('keeps their events out of readAll, headPosition and subscriptions; readStream reads them', async () => {
        const start = await store.headPosition();
        const [key, visible] = [uniqueStream('personkey'), uniqueStream('visible')];
        const subscription = store.subscribeToAll({ after: start });
        try {
          const keyEvent = newEvent('PersonKeyIssued');
          await store.appendToStream(key, [keyEvent], { expectedRevision: 'no-stream' });
          await store.appendToStream(visible, [newEvent('Seen')], { expectedRevision: 'no-stream' });
          const { position: lastKeyPosition } = await store.appendToStream(key, [newEvent('PersonKeyIssued')], { expectedRevision: 0 });

          const delivered = await takeFrom(subscription, new Set([key, visible]), 1);
          expect(delivered.map((e) => e.streamId)).toEqual([visible]);
          const read = (await store.readAll({ after: start })).filter((e) => e.streamId === key || e.streamId === visible);
          expect(read.map((e) => e.streamId)).toEqual([visible]);
          expect(await store.headPosition()).not.toBe(lastKeyPosition);
          expect((await store.readStream(key)).map((e) => e.id)[0]).toBe(keyEvent.id);
          expect((await store.readEventById(keyEvent.id))?.streamId).toBe(key);
        } finally {
          await subscription.close();
        }
      });
    });

    describe('event ids are unique across the whole log', () => {
      it('refuses an id already used in another stream, appending nothing of that append', async () => {
        const [first, other] = [uniqueStream(), uniqueStream()];
        const reused = newEvent('A');
        await store.appendToStream(first, [reused], { expectedRevision: 'no-stream' });

        for (const expectedRevision of ['no-stream', 'any'] as const) {
          await expect(
            store.appendToStream(other, [newEvent('B'), reused], { expectedRevision }),
          ).rejects.toBeInstanceOf(DuplicateEventIdError);
        }
        expect(await store.readStream(other)).toEqual([]);
        expect((await store.readStream(first)).map((e) => e.id)).toEqual([reused.id]);
        // The stream the id belongs to still takes its retry and new events.
        await store.appendToStream(first, [reused], { expectedRevision: 'no-stream' });
        await store.appendToStream(first, [newEvent('C')], { expectedRevision: 0 });
        expect(await store.readStream(first)).toHaveLength(2);
      });

      it('lets exactly one of 10 streams racing for the same id have it', async () => {
        const shared = newEvent('Shared');
        const streams = Array.from({ length: 10 }, () => uniqueStream('id-race'));
        const outcomes = await Promise.allSettled(
          streams.map((stream) => store.appendToStream(stream, [shared], { expectedRevision: 'no-stream' })),
        );
        const refusals = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        expect(refusals.every((o) => o.reason instanceof DuplicateEventIdError)).toBe(true);
        const holders = await Promise.all(streams.map((stream) => store.readStream(stream)));
        expect(holders.flat().map((e) => e.id)).toEqual([shared.id]);
      });
    });

    describe('appends asked for together (one batch on a store that groups commits)', () => {
      it('keeps interleaved appends to 10 streams each in its stream, in one global order', async () => {
        const streams = Array.from({ length: 10 }, () => uniqueStream('batch'));
        const start = await store.headPosition();
        const results = await Promise.all(
          streams.map((stream, index) =>
            store.appendToStream(stream, [newEvent('First', { index }), newEvent('Second', { index })], { expectedRevision: 'no-stream' }),
          ),
        );
        expect(new Set(results.map((result) => result.position)).size).toBe(10);
        for (const [index, stream] of streams.entries()) {
          const events = await store.readStream(stream);
          expect(events.map((e) => [e.type, e.revision, e.data.index])).toEqual([['First', 0, index], ['Second', 1, index]]);
          expect(results[index]).toEqual({ nextExpectedRevision: 1, position: events[1].position });
        }
        const mine = (await store.readAll({ after: start })).filter((e) => streams.includes(e.streamId));
        expect(mine).toHaveLength(20);
        expect(mine.map((e) => e.position)).toEqual([...mine.map((e) => e.position)].sort((x, y) => (x < y ? -1 : 1)));
      });

      it('refuses only the append whose expected revision is wrong; the others are stored', async () => {
        const streams = Array.from({ length: 9 }, () => uniqueStream('batch'));
        const wrong = uniqueStream('batch-wrong');
        const outcomes = await Promise.allSettled([
          ...streams.slice(0, 4).map((stream) => store.appendToStream(stream, [newEvent('Kept')], { expectedRevision: 'no-stream' })),
          store.appendToStream(wrong, [newEvent('Refused')], { expectedRevision: 5 }),
          ...streams.slice(4).map((stream) => store.appendToStream(stream, [newEvent('Kept')], { expectedRevision: 'no-stream' })),
        ]);
        expect(outcomes.map((o) => o.status)).toEqual([...Array(4).fill('fulfilled'), 'rejected', ...Array(5).fill('fulfilled')]);
        expect(isWrongExpectedVersion((outcomes[4] as PromiseRejectedResult).reason)).toBe(true);
        expect(await store.readStream(wrong)).toEqual([]);
        for (const stream of streams) expect((await store.readStream(stream)).map((e) => e.type)).toEqual(['Kept']);
      });

      it('answers the same append asked twice together as one, stored once', async () => {
        const stream = uniqueStream('batch-dup');
        const other = uniqueStream('batch-other');
        const events = [newEvent('A'), newEvent('B')];
        const [first, second, beside] = await Promise.all([
          store.appendToStream(stream, events, { expectedRevision: 'no-stream' }),
          store.appendToStream(stream, events, { expectedRevision: 'no-stream' }),
          store.appendToStream(other, [newEvent('C')], { expectedRevision: 'no-stream' }),
        ]);
        expect(second).toEqual(first);
        expect((await store.readStream(stream)).map((e) => e.id)).toEqual(events.map((e) => e.id));
        expect(beside.nextExpectedRevision).toBe(0);
      });

      it('refuses an id reused by another append of the batch, and keeps the rest of the batch', async () => {
        const shared = newEvent('Shared');
        const [a, b, c] = [uniqueStream('batch-id'), uniqueStream('batch-id'), uniqueStream('batch-id')];
        const outcomes = await Promise.allSettled([
          store.appendToStream(a, [shared], { expectedRevision: 'no-stream' }),
          store.appendToStream(b, [newEvent('Own'), shared], { expectedRevision: 'no-stream' }),
          store.appendToStream(c, [newEvent('Own')], { expectedRevision: 'no-stream' }),
        ]);
        const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
        expect(refused).toHaveLength(1);
        expect(refused[0].reason).toBeInstanceOf(DuplicateEventIdError);
        const holders = [...(await store.readStream(a)), ...(await store.readStream(b))];
        expect(holders.filter((e) => e.id === shared.id)).toHaveLength(1);
        // Nothing of the refused append stays: a stream holds the whole append or none of it.
        expect([1, 2]).toContain(holders.length);
        expect(outcomes[2].status).toBe('fulfilled');
        expect(await store.readStream(c)).toHaveLength(1);
      });
    });

    it('keeps one global order across streams and reads it from a checkpoint', async () => {
      const [a, b] = [uniqueStream('a'), uniqueStream('b')];
      const start = await store.headPosition();
      await store.appendToStream(a, [newEvent('A1')], { expectedRevision: 'no-stream' });
      await store.appendToStream(b, [newEvent('B1')], { expectedRevision: 'no-stream' });
      await store.appendToStream(a, [newEvent('A2')], { expectedRevision: 0 });
      const ours = (events: RecordedEvent[]) => events.filter((e) => e.streamId === a || e.streamId === b);

      const all = ours(await store.readAll({ after: start }));
      expect(all.map((e) => e.type)).toEqual(['A1', 'B1', 'A2']);
      expect(all[0].position < all[1].position && all[1].position < all[2].position).toBe(true);
      const rest = ours(await store.readAll({ after: all[0].position }));
      expect(rest.map((e) => e.type)).toEqual(['B1', 'A2']);
      expect(await store.readAll({ after: all[2].position, maxCount: 10 })).not.toContainEqual(
        expect.objectContaining({ streamId: a }),
      );
      expect((await store.readAll({ after: start, maxCount: 1 })).length).toBe(1);
    });

    it('subscribes: catches up, goes live, and resumes from a checkpoint without gaps or repeats', async () => {
      const stream = uniqueStream('sub');
      const streams = new Set([stream]);
      const start = await store.headPosition();
      await store.appendToStream(stream, [1, 2, 3].map((n) => newEvent('N', { n })), { expectedRevision: 'no-stream' });

      const first = store.subscribeToAll({ after: start });
      const caughtUp = await takeFrom(first, streams, 3);
      expect(caughtUp.map((e) => e.data.n)).toEqual([1, 2, 3]);
      const live = takeFrom(first, streams, 2);
      await store.appendToStream(stream, [newEvent('N', { n: 4 })], { expectedRevision: 2 });
      await store.appendToStream(stream, [newEvent('N', { n: 5 })], { expectedRevision: 3 });
      expect((await live).map((e) => e.data.n)).toEqual([4, 5]);
      await first.close();

      await store.appendToStream(stream, [newEvent('N', { n: 6 })], { expectedRevision: 4 });
      const resumed = store.subscribeToAll({ after: caughtUp[2].position });
      expect((await takeFrom(resumed, streams, 3)).map((e) => e.data.n)).toEqual([4, 5, 6]);
      await resumed.close();
    });

    it('ends the iteration of a closed subscription', async () => {
      const subscription = store.subscribeToAll({ after: await store.headPosition() });
      const iteration = (async () => {
        const seen: RecordedEvent[] = [];
        for await (const event of subscription) seen.push(event);
        return seen;
      })();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await subscription.close();
      await expect(iteration).resolves.toEqual(expect.any(Array));
    });

    it('stores unicode and 1 MB payloads intact', async () => {
      const stream = uniqueStream();
      const unicode = { text: 'Ysgol Gymraeg — café, naïve, 学校, 🏫, \u0000 and "quotes"', nested: { list: ['å', 'ß'] } };
      const big = { body: 'x'.repeat(1024 * 1024) };
      await store.appendToStream(stream, [newEvent('Unicode', unicode), newEvent('Big', big)], {
        expectedRevision: 'no-stream',
      });
      const [first, second] = await store.readStream(stream);
      expect(first.data).toEqual(unicode);
      expect((second.data.body as string).length).toBe(1024 * 1024);
    });

    it('answers positions that grow with every append', async () => {
      const before: Position = await store.headPosition();
      const result = await store.appendToStream(uniqueStream(), [newEvent('A')], { expectedRevision: 'any' });
      expect(result.position > before).toBe(true);
      expect(await store.headPosition()).toBeGreaterThanOrEqual(result.position);
    });
  });
}
