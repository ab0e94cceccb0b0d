import { Decider, DomainEvent } from '@governance/domain';
import { ChainKey, inspectChain, SqliteEventStore } from '@governance/event-store';
import { createSecretKey, randomBytes } from 'node:crypto';
import { Actor } from '../auth/actor';
import { FixedDateClock } from '../clock/clock';
import { TamperKeys } from '../tamper-evidence/tamper-keys';
import { CommandExecutor, CommandOrigin } from './command-executor';
import { StreamStates } from './stream-states';

type Noted = DomainEvent<'Noted', { text: string }>;
const notes: Decider<{ text: string }, Noted, null> = {
  initialState: () => null,
  evolve: () => null,
  decide: (command) => [{ type: 'Noted', data: { text: command.text } }],
};
const actor: Actor = { kind: 'person', actorId: 'p-1', personId: 'p-1', trustId: 't-1', roles: [{ role: 'trust-admin' }] };
const origin: CommandOrigin = { trustId: 't-1', actor, correlationId: 'req-1' };

describe('CommandExecutor with a tamper key', () => {
  const chainKey: ChainKey = { id: 'k1', secret: createSecretKey(randomBytes(32)) };
  const keys: TamperKeys = { source: 'TAMPER_KEY', chainKey };
  let store: SqliteEventStore;
  beforeEach(() => (store = new SqliteEventStore({ file: ':memory:' })));
  afterEach(() => store.close());

  it('chains with the key (version 2), and the store records the time that was hashed', async () => {
    const executor = new CommandExecutor(store, new FixedDateClock('2026-11-24'), new StreamStates(store), keys);
    await executor.execute(notes, 'notes-1', { text: 'a' }, origin);
    await executor.execute(notes, 'notes-1', { text: 'b' }, origin);
    const events = await store.readStream('notes-1');
    expect(events.map((event) => [event.metadata.chain, event.metadata.chainKey])).toEqual([[2, 'k1'], [2, 'k1']]);
    expect(events.map((event) => event.recordedAt)).toEqual(events.map((event) => event.metadata.recordedAt));
    expect(inspectChain(events, { keys: [chainKey], checkRecordedAt: true })).toEqual({ versions: new Set([2]) });
  });

  it('continues a stream written without a key, and the whole stream verifies', async () => {
    await new CommandExecutor(store, new FixedDateClock('2026-11-24'), new StreamStates(store)).execute(notes, 'notes-1', { text: 'a' }, origin);
    await new CommandExecutor(store, new FixedDateClock('2026-11-24'), new StreamStates(store), keys).execute(notes, 'notes-1', { text: 'b' }, origin);
    const events = await store.readStream('notes-1');
    expect(inspectChain(events, { keys: [chainKey], checkRecordedAt: true })).toEqual({ versions: new Set([1, 2]) });
  });
});
