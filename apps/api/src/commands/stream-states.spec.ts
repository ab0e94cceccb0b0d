import { Decider, DomainEvent } from '@governance/domain';
import { SqliteEventStore } from '@governance/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StreamStates } from './stream-states';

type Added = DomainEvent & { type: 'Added'; data: { by: number } };
const total: Pick<Decider<unknown, Added, number>, 'evolve' | 'initialState'> = {
  initialState: () => 0,
  evolve: (state, event) => state + event.data.by,
};
const ANY = { expectedRevision: 'any' as const };
const added = (by: number) => ({
  id: crypto.randomUUID(),
  type: 'Added',
  data: { by },
  metadata: {},
});

describe('StreamStates', () => {
  let dir: string;
  let store: SqliteEventStore;
  let other: SqliteEventStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'stream-states-'));
    store = new SqliteEventStore({ file: join(dir, 'events.db') });
    // A second connection to the same file stands for another server process.
    other = new SqliteEventStore({ file: join(dir, 'events.db') });
  });
  afterEach(async () => {
    await store.close();
    await other.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the initial state for a stream with no events', async () => {
    expect(await new StreamStates(store).stateOf(total, 'counter-1')).toBe(0);
  });

  it('folds events appended elsewhere since it last looked, reading only those', async () => {
    const reads: (number | undefined)[] = [];
    const counting = Object.create(store) as SqliteEventStore;
    counting.readStream = (streamId, options) => {
      reads.push(options?.fromRevision);
      return store.readStream(streamId, options);
    };
    const states = new StreamStates(counting);
    await other.appendToStream('counter-1', [added(2), added(3)], ANY);
    expect(await states.stateOf(total, 'counter-1')).toBe(5);
    await other.appendToStream('counter-1', [added(10)], ANY);
    expect(await states.stateOf(total, 'counter-1')).toBe(15);
    expect(await states.stateOf(total, 'counter-1')).toBe(15);
    expect(reads).toEqual([0, 2, 3]);
  });

  it('returns the same state object while the stream is unchanged', async () => {
    const listOf: Pick<Decider<unknown, Added, number[]>, 'evolve' | 'initialState'> = {
      initialState: () => [],
      evolve: (state, event) => [...state, event.data.by],
    };
    const states = new StreamStates(store);
    await store.appendToStream('list-1', [added(1)], ANY);
    const first = await states.stateOf(listOf, 'list-1');
    expect(await states.stateOf(listOf, 'list-1')).toBe(first);
    await other.appendToStream('list-1', [added(2)], ANY);
    expect(await states.stateOf(listOf, 'list-1')).toEqual([1, 2]);
  });

  it('keeps a state per decider, so two folds of one stream do not mix', async () => {
    const count: Pick<Decider<unknown, Added, number>, 'evolve' | 'initialState'> = {
      initialState: () => 0,
      evolve: (state) => state + 1,
    };
    const states = new StreamStates(store);
    await store.appendToStream('counter-1', [added(4), added(6)], ANY);
    expect(await states.stateOf(total, 'counter-1')).toBe(10);
    expect(await states.stateOf(count, 'counter-1')).toBe(2);
  });
});
