import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@governance/event-store';
import { positionAtInstant } from './known-at-position';

/** knownAt as an instant: the position the log had reached then, on a real SQLite log. */
describe('positionAtInstant', () => {
  let dir: string;
  let store: SqliteEventStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'known-at-'));
    store = new SqliteEventStore({ file: join(dir, 'events.db') });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function logRecordedAt(instants: string[]) {
    for (const [index, occurredAt] of instants.entries()) {
      await store.appendToStream(`s-${index}`, [{ id: randomUUID(), type: 'Noted', data: {}, metadata: { occurredAt } }], { expectedRevision: 'any' });
    }
    return store;
  }

  it('finds the last position recorded at or before the instant', async () => {
    const store = await logRecordedAt(['2026-11-01T09:00:00Z', '2026-11-02T09:00:00Z', '2026-11-02T09:00:00Z', '2026-11-05T09:00:00Z']);
    const head = await store.headPosition();
    const at = async (instant: string) => String(await positionAtInstant(store, new Date(instant), head));
    const [first, , third, fourth] = (await store.readAll()).map((event) => String(event.position));
    expect(await at('2026-10-31T00:00:00Z')).toBe('0');
    expect(await at('2026-11-01T09:00:00Z')).toBe(first);
    expect(await at('2026-11-04T00:00:00Z')).toBe(third);
    expect(await at('2030-01-01T00:00:00Z')).toBe(fourth);
  });

  it('is 0 on an empty log', async () => {
    expect(await positionAtInstant(store, new Date(), 0n)).toBe(0n);
  });
});
