import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isWrongExpectedVersion } from './errors';
import { SqliteEventStore } from './sqlite-event-store';
import { describeEventStoreContract, newEvent, uniqueStream } from './testing/event-store-contract';

describeEventStoreContract('SQLite, group commit off', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'governance-es-'));
  const store = new SqliteEventStore({ file: join(dir, 'events.db'), pollIntervalMs: 20, groupCommit: false });
  return {
    store,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('SqliteEventStore group commit', () => {
  let dir: string;
  let store: SqliteEventStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'governance-gc-'));
    store = new SqliteEventStore({ file: join(dir, 'events.db') });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** WAL frames written since the last checkpoint: each commit writes every page it changed. */
  const walFrames = () => (store.database.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0].log;
  const truncateWal = () => store.database.pragma('wal_checkpoint(TRUNCATE)');

  it('writes appends asked for in one turn in one commit', async () => {
    await store.appendToStream(uniqueStream(), [newEvent('Warm')], { expectedRevision: 'no-stream' });
    truncateWal();
    await store.appendToStream(uniqueStream(), [newEvent('Alone')], { expectedRevision: 'no-stream' });
    const oneCommit = walFrames();
    truncateWal();
    await Promise.all(
      Array.from({ length: 20 }, () => store.appendToStream(uniqueStream(), [newEvent('Together')], { expectedRevision: 'no-stream' })),
    );
    // Twenty commits would write about twenty times one commit's pages; one shared commit about the same.
    expect(walFrames()).toBeLessThan(oneCommit * 4);
  });

  it('lets the second append to a stream in a batch see the first one', async () => {
    const stream = uniqueStream();
    const [first, second, stale] = await Promise.allSettled([
      store.appendToStream(stream, [newEvent('One')], { expectedRevision: 'no-stream' }),
      store.appendToStream(stream, [newEvent('Two')], { expectedRevision: 0 }),
      store.appendToStream(stream, [newEvent('Stale')], { expectedRevision: 0 }),
    ]);
    expect(first).toMatchObject({ status: 'fulfilled', value: { nextExpectedRevision: 0 } });
    expect(second).toMatchObject({ status: 'fulfilled', value: { nextExpectedRevision: 1 } });
    expect(stale.status === 'rejected' && isWrongExpectedVersion(stale.reason)).toBe(true);
    expect((await store.readStream(stream)).map((e) => e.type)).toEqual(['One', 'Two']);
  });

  it('answers nobody before the commit: another connection sees every answered append', async () => {
    const other = new Database(join(dir, 'events.db'), { readonly: true });
    const streams = Array.from({ length: 5 }, () => uniqueStream());
    const seen = await Promise.all(
      streams.map(async (stream) => {
        await store.appendToStream(stream, [newEvent('Answered')], { expectedRevision: 'no-stream' });
        return (other.prepare('SELECT COUNT(*) AS n FROM events WHERE stream_id = ?').get(stream) as { n: number }).n;
      }),
    );
    expect(seen).toEqual([1, 1, 1, 1, 1]);
    other.close();
  });

  it('rejects every member and stores nothing when the batch cannot take the write lock', async () => {
    store.database.pragma('busy_timeout = 20');
    const holder = new Database(join(dir, 'events.db'));
    holder.exec('BEGIN IMMEDIATE');
    const streams = Array.from({ length: 3 }, () => uniqueStream());
    const outcomes = await Promise.allSettled(
      streams.map((stream) => store.appendToStream(stream, [newEvent('Blocked')], { expectedRevision: 'no-stream' })),
    );
    holder.exec('ROLLBACK');
    holder.close();
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(outcomes.map((o) => (o as PromiseRejectedResult).reason.code)).toEqual(['SQLITE_BUSY', 'SQLITE_BUSY', 'SQLITE_BUSY']);
    for (const stream of streams) expect(await store.readStream(stream)).toEqual([]);
  });

  it('appends at once inside a transaction the caller holds on the connection (bulk writers)', () => {
    const stream = uniqueStream();
    store.database.transaction(() => {
      void store.appendToStream(stream, [newEvent('Bulk')], { expectedRevision: 'no-stream' });
      const count = store.database.prepare('SELECT COUNT(*) AS n FROM events WHERE stream_id = ?').get(stream) as { n: number };
      expect(count.n).toBe(1);
    })();
  });

  it('writes what was asked for before close', async () => {
    const stream = uniqueStream();
    const pending = store.appendToStream(stream, [newEvent('Late')], { expectedRevision: 'no-stream' });
    await store.close();
    await expect(pending).resolves.toMatchObject({ nextExpectedRevision: 0 });
    store = new SqliteEventStore({ file: join(dir, 'events.db') });
    expect(await store.readStream(stream)).toHaveLength(1);
  });
});
