import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@governance/event-store';
import type { RecordedEvent } from '@governance/event-store';
import { Projection } from './projection';
import { lastChangedSql } from './projection-changes';
import { ProjectionRunner } from './projection-runner';
import { auditTrailProjection } from './read-models/audit-trail.projection';
import { rebuildProjections } from './rebuild';

/** Counts events of type Counted only; refuses Poison; every other event writes nothing. */
const countedProjection: Projection = {
  name: 'counted',
  version: 1,
  tables: ['counted'],
  schema: (t) => `CREATE TABLE IF NOT EXISTS "${t.table('counted')}" (k INTEGER PRIMARY KEY, n INTEGER NOT NULL)`,
  applier(db, t) {
    const upsert = db.prepare(`INSERT INTO "${t.table('counted')}" (k, n) VALUES (1, 1) ON CONFLICT (k) DO UPDATE SET n = n + 1`);
    return (event: RecordedEvent) => {
      if (event.type === 'Poison') throw new Error('cannot digest poison');
      if (event.type === 'Counted') upsert.run();
    };
  },
};

/**
 * Where each projection last changed a row: the runner moves every checkpoint on every batch,
 * but `last_changed` moves only when a batch wrote to that projection's read model, on the live
 * path and on the bulk path far behind the log; a rebuild or a stopped projection falls back to
 * the checkpoint.
 */
describe('projection changes', () => {
  let dir: string;
  let store: SqliteEventStore;
  let db: Database.Database;
  let runner: ProjectionRunner | undefined;

  const append = async (type: string) =>
    (await store.appendToStream(`s-${randomUUID()}`, [{ id: randomUUID(), type, data: {}, metadata: { trustId: 't1', occurredAt: '2026-11-24T10:00:00.000Z' } }], { expectedRevision: 'no-stream' })).position;
  const lastChanged = (name: string) =>
    (db.prepare(lastChangedSql([name])).safeIntegers(true).get() as { last_changed: bigint; status: string } | undefined)?.last_changed;
  const follow = async (options: { farBehindEvents?: number } = {}) => {
    runner = new ProjectionRunner(store, db, [auditTrailProjection, countedProjection], { batchSize: 5, logger: { log: () => undefined, error: () => undefined }, ...options });
    runner.start();
    expect(await runner.waitForPosition(await store.headPosition(), 5000)).toBe(true);
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'projection-changes-'));
    store = new SqliteEventStore({ file: join(dir, 'events.db'), pollIntervalMs: 10, synchronous: 'NORMAL' });
    db = new Database(join(dir, 'read-models.db'));
  });
  afterEach(async () => {
    await runner?.stop();
    runner = undefined;
    db.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('moves only when a batch wrote a row of that read model', async () => {
    const counted = await append('Counted');
    await follow();
    expect(lastChanged('counted')).toBe(counted);

    for (let i = 0; i < 12; i += 1) await append('Other');
    const head = await append('Other');
    expect(await runner!.waitForPosition(head, 5000)).toBe(true);
    expect(lastChanged('counted')).toBe(counted);
    expect(lastChanged('audit-trail')).toBe(head);

    const again = await append('Counted');
    expect(await runner!.waitForPosition(again, 5000)).toBe(true);
    expect(lastChanged('counted')).toBe(again);
  });

  it('tracks the bulk path far behind the log the same way', async () => {
    const counted = await append('Counted');
    for (let i = 0; i < 40; i += 1) await append('Other');
    await follow({ farBehindEvents: 10 });
    const head = await store.headPosition();
    // A change counts at the end of the page that made it (pages of 5 here), never later.
    expect(lastChanged('counted')).toBeGreaterThanOrEqual(counted);
    expect(lastChanged('counted')).toBeLessThanOrEqual(counted + 5n);
    expect(lastChanged('audit-trail')).toBe(head);
  });

  it('falls back to the checkpoint after a rebuild and for a stopped projection', async () => {
    await append('Counted');
    await follow();
    await append('Other');
    const head = await append('Other');
    expect(await runner!.waitForPosition(head, 5000)).toBe(true);
    await runner!.stop();
    runner = undefined;
    await rebuildProjections(store, db, [countedProjection]);
    expect(lastChanged('counted')).toBe(head);

    await follow();
    const poison = await append('Poison');
    await append('Other');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(lastChanged('counted')).toBe(poison - 1n);
  });
});
