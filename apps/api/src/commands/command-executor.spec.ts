import { DomainError, Decider, DomainEvent } from '@governance/domain';
import { EventStore, SqliteEventStore, verifyChain, WrongExpectedVersionError } from '@governance/event-store';
import { FixedDateClock } from '../clock/clock';
import { Actor } from '../auth/actor';
import { CommandExecutor, CommandOrigin } from './command-executor';
import { StreamStates } from './stream-states';

type Counted = DomainEvent<'Counted', { by: number }>;
type Count = { by: number; max?: number };
const counter: Decider<Count, Counted, { total: number }> = {
  initialState: () => ({ total: 0 }),
  evolve: (state, event) => ({ total: state.total + event.data.by }),
  decide: (command, state) => {
    if (command.by === 0) return [];
    if (command.max !== undefined && state.total + command.by > command.max) throw new DomainError('too-many', 'Too many');
    return [{ type: 'Counted', data: { by: command.by } }];
  },
};

const actor: Actor = { kind: 'person', actorId: 'p-1', personId: 'p-1', trustId: 't-1', roles: [{ role: 'headteacher', schoolId: 's-1' }] };
const origin: CommandOrigin = { trustId: 't-1', schoolId: 's-1', actor, correlationId: 'req-1' };

describe('CommandExecutor', () => {
  let store: SqliteEventStore;
  let executor: CommandExecutor;
  beforeEach(() => {
    store = new SqliteEventStore({ file: ':memory:' });
    executor = new CommandExecutor(store, new FixedDateClock('2026-11-24'), new StreamStates(store));
  });
  afterEach(() => store.close());

  it('appends the decided events with the envelope metadata and a hash chain', async () => {
    const first = await executor.execute(counter, 'counter-1', { by: 2 }, origin);
    const second = await executor.execute(counter, 'counter-1', { by: 3 }, origin);
    expect(first).toMatchObject({ changed: true, revision: 0 });
    expect(second.position > first.position).toBe(true);
    const events = await store.readStream('counter-1');
    expect(events[0].metadata).toMatchObject({
      trustId: 't-1',
      schoolId: 's-1',
      actorId: 'p-1',
      actorRole: 'headteacher',
      correlationId: 'req-1',
      causationId: 'req-1',
      schemaVersion: 1,
    });
    expect(events[0].metadata.occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(verifyChain(events)).toBeUndefined();
  });

  it('takes 50 commands on one stream asked for together in turn: every one appended, the chain intact', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => executor.execute(counter, 'counter-1', { by: 1 }, origin)));
    expect(results.map((result) => result.revision).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    const events = await store.readStream('counter-1');
    expect(events).toHaveLength(50);
    expect(verifyChain(events)).toBeUndefined();
  });

  it('keeps the rules of a stream when commands on it are asked for together (the second decides on the first)', async () => {
    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => executor.execute(counter, 'counter-1', { by: 1, max: 4 }, origin)));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(4);
    expect(outcomes.filter((o) => o.status === 'rejected').every((o) => (o as PromiseRejectedResult).reason.code === 'too-many')).toBe(true);
    const events = await store.readStream('counter-1');
    expect(events).toHaveLength(4);
    expect(verifyChain(events)).toBeUndefined();
  });

  it('lets commands on different streams asked for together all through, each chained on its own stream', async () => {
    const streams = Array.from({ length: 20 }, (_, i) => `counter-${i}`);
    await Promise.all(streams.flatMap((stream) => [1, 2].map((by) => executor.execute(counter, stream, { by }, origin))));
    for (const stream of streams) {
      const events = await store.readStream(stream);
      expect(events.map((e) => e.data.by).sort()).toEqual([1, 2]);
      expect(verifyChain(events)).toBeUndefined();
    }
  });

  it('answers "nothing changed" with the head position when the decider decides nothing', async () => {
    await executor.execute(counter, 'counter-1', { by: 2 }, origin);
    const result = await executor.execute(counter, 'counter-1', { by: 0 }, origin);
    expect(result).toMatchObject({ changed: false, events: [], position: await store.headPosition() });
  });

  it('lets a refusal through and appends nothing', async () => {
    await expect(executor.execute(counter, 'counter-1', { by: 5, max: 3 }, origin)).rejects.toMatchObject({ code: 'too-many' });
    expect(await store.readStream('counter-1')).toEqual([]);
  });

  it('decides again on fresh state after a conflict, so no update is lost', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () => executor.execute(counter, 'counter-1', { by: 1, max: 15 }, origin).catch((e: unknown) => e)),
    );
    const refused = results.filter((r) => r instanceof DomainError).length;
    const events = await store.readStream('counter-1');
    expect(events).toHaveLength(15);
    expect(refused).toBe(5);
  });

  it('gives up with a conflict after the bounded number of attempts', async () => {
    const racing: EventStore = Object.create(store) as EventStore;
    racing.appendToStream = async (streamId) => {
      throw new WrongExpectedVersionError(streamId, 0, 1);
    };
    const stubborn = new CommandExecutor(racing, new FixedDateClock('2026-11-24'), new StreamStates(racing));
    await expect(stubborn.execute(counter, 'counter-1', { by: 1 }, origin, { maxAttempts: 3 })).rejects.toBeInstanceOf(
      WrongExpectedVersionError,
    );
  });

  it('uses deterministic event ids when asked, so a repeated run appends nothing twice', async () => {
    const options = { eventId: () => '6b1d7d4e-8d0c-4a53-9d0e-000000000001' };
    const first = await executor.execute(counter, 'counter-1', { by: 1 }, origin, options);
    const again = await executor.execute(counter, 'counter-1', { by: 1 }, origin, options);
    expect(again.position).toBe(first.position);
    expect(await store.readStream('counter-1')).toHaveLength(1);
    // The state it decides on next is still the log's (a total of 1), not one with the repeat folded in.
    await expect(executor.execute(counter, 'counter-1', { by: 1, max: 2 }, origin)).resolves.toMatchObject({ changed: true });
  });

  it('decides on events another writer appended since its last command on the stream', async () => {
    await executor.execute(counter, 'counter-1', { by: 2 }, origin);
    const other = new CommandExecutor(store, new FixedDateClock('2026-11-24'), new StreamStates(store));
    await other.execute(counter, 'counter-1', { by: 3 }, origin);
    await expect(executor.execute(counter, 'counter-1', { by: 1, max: 5 }, origin)).rejects.toMatchObject({ code: 'too-many' });
    await executor.execute(counter, 'counter-1', { by: 1, max: 6 }, origin);
    const events = await store.readStream('counter-1');
    expect(events.map((e) => e.data.by)).toEqual([2, 3, 1]);
    expect(verifyChain(events)).toBeUndefined();
  });

  it('appends on the state it remembers without reading the stream again', async () => {
    const reads: (number | undefined)[] = [];
    const counting: EventStore = Object.create(store) as EventStore;
    counting.readStream = (streamId, options) => {
      reads.push(options?.fromRevision);
      return store.readStream(streamId, options);
    };
    const remembering = new CommandExecutor(counting, new FixedDateClock('2026-11-24'), new StreamStates(counting));
    for (let i = 0; i < 3; i += 1) await remembering.execute(counter, 'counter-1', { by: 1 }, origin);
    expect(reads).toEqual([0]);
    // Another writer moves the stream: the next command's append is refused, and it reads just the new event.
    await new CommandExecutor(store, new FixedDateClock('2026-11-24'), new StreamStates(store)).execute(counter, 'counter-1', { by: 5 }, origin);
    await expect(remembering.execute(counter, 'counter-1', { by: 1 }, origin)).resolves.toMatchObject({ revision: 4 });
    expect(reads).toEqual([0, 3]);
  });

  it('does not refuse on a remembered state that another writer has since changed', async () => {
    await executor.execute(counter, 'counter-1', { by: 5 }, origin);
    const other = new CommandExecutor(store, new FixedDateClock('2026-11-24'), new StreamStates(store));
    await other.execute(counter, 'counter-1', { by: -3 }, origin);
    // Remembered total 5 would refuse; the log's total is 2.
    await expect(executor.execute(counter, 'counter-1', { by: 1, max: 5 }, origin)).resolves.toMatchObject({ changed: true, revision: 2 });
    expect((await store.readStream('counter-1')).map((e) => e.data.by)).toEqual([5, -3, 1]);
  });
});
