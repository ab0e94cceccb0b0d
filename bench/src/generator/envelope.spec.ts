import { ChainKey, inspectChain, SqliteEventStore } from '@governance/event-store';
import { createSecretKey, randomBytes } from 'node:crypto';
import { envelopes } from './envelope';

describe('bench envelopes', () => {
  const origin = { trustId: 't-1', actorId: 'p-1', actorRole: 'trust-admin' };
  const decided = [
    { type: 'Noted', data: { text: 'a' } },
    { type: 'Noted', data: { text: 'b' } },
  ];

  async function writeTwice(chainKey?: ChainKey) {
    const store = new SqliteEventStore({ file: ':memory:' });
    let ids = 0;
    const context = { streamId: 's-1', origin, correlationId: 'c', eventId: () => `e${ids++}`, chainKey };
    const first = envelopes(decided, { ...context, revision: -1, previousHash: '', occurredAt: '2025-01-01T09:00:00.000Z' });
    await store.appendToStream('s-1', first.events, { expectedRevision: 'no-stream' });
    const second = envelopes(decided, { ...context, revision: 1, previousHash: first.lastHash, occurredAt: '2025-01-02T09:00:00.000Z' });
    await store.appendToStream('s-1', second.events, { expectedRevision: 1 });
    const events = await store.readStream('s-1');
    await store.close();
    return events;
  }

  it('produce unkeyed chains that verify, as an unkeyed server writes them', async () => {
    expect(inspectChain(await writeTwice())).toEqual({ versions: new Set([1]) });
  });

  it('produce keyed chains that verify, recorded at the simulated instant', async () => {
    const chainKey: ChainKey = { id: 'k', secret: createSecretKey(randomBytes(32)) };
    const events = await writeTwice(chainKey);
    expect(inspectChain(events, { keys: [chainKey], checkRecordedAt: true })).toEqual({ versions: new Set([2]) });
    expect(events[2].recordedAt).toBe('2025-01-02T09:00:00.000Z');
  });
});
