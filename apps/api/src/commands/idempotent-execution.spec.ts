import { Decider, DomainError, DomainEvent } from '@governance/domain';
import { SqliteEventStore } from '@governance/event-store';
import { Actor } from '../auth/actor';
import { FixedDateClock } from '../clock/clock';
import { IdempotentRun, newEntityId, runIdempotently } from '../idempotency/idempotent-run';
import { CommandExecutor, CommandOrigin } from './command-executor';
import { StreamStates } from './stream-states';

type Opened = DomainEvent<'Opened', { id: string }>;
/** Opens a thing once: a second open is refused, as RegisterTrust refuses a registered trust. */
const opener: Decider<{ id: string }, Opened, { open: boolean }> = {
  initialState: () => ({ open: false }),
  evolve: () => ({ open: true }),
  decide: (command, state) => {
    if (state.open) throw new DomainError('already-open', 'Already open');
    return [{ type: 'Opened', data: { id: command.id } }];
  },
};

const actor: Actor = { kind: 'operator', actorId: 'operator' } as Actor;
const origin: CommandOrigin = { trustId: 't-1', actor, correlationId: 'req-1' };

describe('CommandExecutor under an Idempotency-Key', () => {
  let store: SqliteEventStore;
  let executor: CommandExecutor;
  beforeEach(() => {
    store = new SqliteEventStore({ file: ':memory:' });
    executor = new CommandExecutor(
      store,
      new FixedDateClock('2026-11-24'),
      new StreamStates(store),
    );
  });
  afterEach(() => store.close());

  /** What a request handler does: a new entity id, then one command on its stream. */
  const request = () => {
    const id = newEntityId('thing');
    return executor
      .execute(opener, `thing-${id}`, { id }, origin)
      .then((result) => ({ id, result }));
  };

  it('answers a run again from the log, as the first run did, when the first appended before it died', async () => {
    const first = await runIdempotently(new IdempotentRun('key-1', 'seed-1', false), request);
    const again = await runIdempotently(new IdempotentRun('key-1', 'seed-1', true), request);
    expect(again.id).toBe(first.id);
    expect(again.result).toEqual(first.result);
    expect(await store.readAll()).toHaveLength(1);
  });

  it('decides and appends once when the first run died before its append', async () => {
    const again = await runIdempotently(new IdempotentRun('key-1', 'seed-1', true), request);
    expect(again.result.changed).toBe(true);
    const events = await store.readAll();
    expect(events.map((event) => event.data)).toEqual([{ id: again.id }]);
  });

  it('names ids after the reservation seed, not the key, and randomly without a key', async () => {
    const first = await runIdempotently(new IdempotentRun('key-1', 'seed-1', false), request);
    const reusedKey = await runIdempotently(new IdempotentRun('key-1', 'seed-2', false), request);
    const withoutKey = await request();
    expect(new Set([first.id, reusedKey.id, withoutKey.id]).size).toBe(3);
    expect(await store.readAll()).toHaveLength(3);
  });
});
