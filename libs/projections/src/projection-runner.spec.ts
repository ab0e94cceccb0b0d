import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@governance/event-store';
import type { RecordedEvent } from '@governance/event-store';
import { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';
import { hashReadModels } from './read-model-hash';
import { auditTrailProjection } from './read-models/audit-trail.projection';
import { rebuildProjections } from './rebuild';

/** A small projection that counts events per type and refuses events of type Poison. */
const countsProjection: Projection = {
  name: 'counts',
  version: 1,
  tables: ['type_counts'],
  schema: (t) => `CREATE TABLE IF NOT EXISTS "${t.table('type_counts')}" (type TEXT PRIMARY KEY, n INTEGER NOT NULL)`,
  applier(db, t) {
    const upsert = db.prepare(
      `INSERT INTO "${t.table('type_counts')}" (type, n) VALUES (?, 1) ON CONFLICT (type) DO UPDATE SET n = n + 1`,
    );
    return (event: RecordedEvent) => {
      if (event.type === 'Poison') throw new Error('cannot digest poison');
      upsert.run(event.type);
    };
  },
};

describe('ProjectionRunner', () => {
  let dir: string;
  let store: SqliteEventStore;
  let db: Database.Database;
  let runner: ProjectionRunner | undefined;
  const errors: string[] = [];

  const append = (type: string, trustId = 'trust-1') =>
    store.appendToStream(`test-${randomUUID()}`, [{ id: randomUUID(), type, data: { n: 1 }, metadata: { trustId, actorId: 'p1', occurredAt: '2026-11-24T10:00:00.000Z' } }], {
      expectedRevision: 'no-stream',
    });
  const count = (type: string) =>
    (db.prepare('SELECT n FROM type_counts WHERE type = ?').get(type) as { n: number } | undefined)?.n ?? 0;
  const startRunner = (projections: Projection[] = [auditTrailProjection, countsProjection]) => {
    runner = new ProjectionRunner(store, db, projections, { batchSize: 50, logger: { log: () => undefined, error: (m) => errors.push(m) } });
    runner.start();
    return runner;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'governance-proj-'));
    store = new SqliteEventStore({ file: join(dir, 'events.db'), pollIntervalMs: 10, synchronous: 'NORMAL' });
    db = new Database(join(dir, 'read-models.db'));
    db.pragma('journal_mode = WAL');
    errors.length = 0;
  });
  afterEach(async () => {
    await runner?.stop();
    runner = undefined;
    db.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('catches up on the log, then follows new appends', async () => {
    for (let i = 0; i < 120; i += 1) await append('Seen');
    const running = startRunner();
    expect(await running.waitForPosition(await store.headPosition(), 5000)).toBe(true);
    expect(count('Seen')).toBe(120);

    const { position } = await append('Later');
    expect(await running.waitForPosition(position, 5000)).toBe(true);
    expect(count('Later')).toBe(1);
    expect(running.position()).toBe(position);
    expect((db.prepare('SELECT COUNT(*) AS n FROM audit_events').get() as { n: number }).n).toBe(121);
  });

  it('stops only the failing projection, naming the event, while the others go on', async () => {
    await append('Seen');
    const poison = await append('Poison');
    await append('Seen');
    const running = startRunner();
    const head = await store.headPosition();
    await running.waitForPosition(head, 5000);
    await new Promise((resolve) => setTimeout(resolve, 50));

    const health = Object.fromEntries(running.health().map((h) => [h.name, h]));
    expect(health['audit-trail']).toMatchObject({ status: 'running', position: head });
    expect(health.counts).toMatchObject({ status: 'failed', position: poison.position - 1n });
    expect(health.counts.error).toContain(`Poison at position ${poison.position}`);
    expect(count('Seen')).toBe(1);
    expect(errors.join('\n')).toContain('Projection counts stopped on Poison');
    expect(running.position()).toBe(head);
  });

  it('answers false when a position is not reached in time', async () => {
    const running = startRunner();
    expect(await running.waitForPosition(999n, 30)).toBe(false);
  });

  it('holds the same rows when maintained live as when rebuilt from scratch', async () => {
    for (let i = 0; i < 30; i += 1) await append(i % 3 === 0 ? 'A' : 'B', i % 2 === 0 ? 'trust-1' : 'trust-2');
    const running = startRunner([auditTrailProjection, countsProjection]);
    for (let i = 0; i < 30; i += 1) await append('C');
    await running.waitForPosition(await store.headPosition(), 5000);
    const live = hashReadModels(db, [auditTrailProjection, countsProjection]);

    const fresh = new Database(':memory:');
    await rebuildProjections(store, fresh, [auditTrailProjection, countsProjection], { batchSize: 7 });
    expect(hashReadModels(fresh, [auditTrailProjection, countsProjection])).toBe(live);
    fresh.close();
  });

  it('rebuilds beside a running runner and swaps the new tables in without losing or doubling events', async () => {
    for (let i = 0; i < 40; i += 1) await append('A');
    const running = startRunner([auditTrailProjection, countsProjection]);
    await running.waitForPosition(await store.headPosition(), 5000);

    const other = new Database(join(dir, 'read-models.db'));
    other.pragma('busy_timeout = 5000');
    const progress: number[] = [];
    const summary = await rebuildProjections(store, other, [auditTrailProjection, countsProjection], {
      batchSize: 16,
      onProgress: (p) => progress.push(p.events),
    });
    other.close();
    expect(summary.events).toBe(40);
    expect(progress.length).toBeGreaterThan(1);

    await append('A');
    await running.waitForPosition(await store.headPosition(), 5000);
    expect(count('A')).toBe(41);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%rebuild%'").all());
    expect(tables).toEqual([]);
  });

  it('rebuilds a projection whose version changed when it starts', async () => {
    await append('A');
    const first = startRunner([countsProjection]);
    await first.waitForPosition(await store.headPosition(), 5000);
    await first.stop();
    db.prepare("UPDATE type_counts SET n = 99").run();

    const second = startRunner([{ ...countsProjection, version: 2 }]);
    await second.waitForPosition(await store.headPosition(), 5000);
    expect(count('A')).toBe(1);
  });

  describe('far behind the head of the log (the bulk path)', () => {
    const projections = [auditTrailProjection, countsProjection];
    const indexesOf = (database: Database.Database) =>
      database.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").all();
    const logs: string[] = [];
    const startFarBehindRunner = (farBehindEvents: number) => {
      runner = new ProjectionRunner(store, db, projections, {
        batchSize: 7,
        farBehindEvents,
        bulkTransactionMs: 0,
        logger: { log: (m) => logs.push(m), error: (m) => errors.push(m) },
      });
      runner.start();
      return runner;
    };
    /** The runner reports building the deferred indexes once it has caught up in bulk. */
    const indexesBuilt = async () => {
      for (let waited = 0; !logs.some((m) => m.includes('indexes built')) && waited < 500; waited += 1) await new Promise((r) => setTimeout(r, 10));
    };
    beforeEach(() => {
      logs.length = 0;
    });

    it('catches up in bulk, then follows live: the rows a rebuild holds, the indexes the schema declares', async () => {
      for (let i = 0; i < 60; i += 1) await append(i % 3 === 0 ? 'A' : 'B', i % 2 === 0 ? 'trust-1' : 'trust-2');
      const running = startFarBehindRunner(20);
      expect(await running.waitForPosition(await store.headPosition(), 5000)).toBe(true);
      await indexesBuilt();
      expect(logs.some((m) => m.includes('catching up in bulk'))).toBe(true);
      for (let i = 0; i < 10; i += 1) await append('C');
      expect(await running.waitForPosition(await store.headPosition(), 5000)).toBe(true);

      const fresh = new Database(':memory:');
      await rebuildProjections(store, fresh, projections, { batchSize: 7 });
      expect(hashReadModels(db, projections)).toBe(hashReadModels(fresh, projections));
      fresh.close();
      // The indexes a runner that never fell behind has (its schema's), none missing, none twice.
      const schemaOnly = new Database(':memory:');
      new ProjectionRunner(store, schemaOnly, projections);
      expect(indexesOf(db)).toEqual(indexesOf(schemaOnly));
      expect(indexesOf(db).length).toBeGreaterThan(0);
      schemaOnly.close();
    });

    it('when the log fails mid catch-up, rolls the open transaction back, resubscribes and applies every event once', async () => {
      for (let i = 0; i < 60; i += 1) await append(i % 2 === 0 ? 'A' : 'B');
      let reads = 0;
      const failing = Object.assign(Object.create(store) as SqliteEventStore, {
        readAll: (options?: Parameters<SqliteEventStore['readAll']>[0]) => {
          reads += 1;
          // The third page of the first transaction: two pages applied but not committed.
          if (reads === 3) return Promise.reject(new Error('log unavailable'));
          return store.readAll(options);
        },
      });
      runner = new ProjectionRunner(failing, db, projections, {
        batchSize: 7,
        farBehindEvents: 20,
        bulkTransactionMs: 60_000,
        resubscribeDelays: { initialMs: 1, maxMs: 4 },
        logger: { log: (m) => logs.push(m), error: (m) => errors.push(m) },
      });
      runner.start();
      expect(await runner.waitForPosition(await store.headPosition(), 5000)).toBe(true);
      await indexesBuilt();
      expect(errors.some((m) => m.includes('log unavailable'))).toBe(true);
      expect(count('A')).toBe(30);
      const fresh = new Database(':memory:');
      await rebuildProjections(store, fresh, projections);
      expect(hashReadModels(db, projections)).toBe(hashReadModels(fresh, projections));
      fresh.close();
    });

    it('left with its indexes deferred (a crash mid catch-up), the next runner builds them and holds the rows a rebuild holds', async () => {
      for (let i = 0; i < 60; i += 1) await append('A');
      const first = startFarBehindRunner(20);
      await first.waitForPosition(await store.headPosition(), 5000);
      await indexesBuilt();
      await first.stop();
      // What a kill mid catch-up leaves: the rows to a checkpoint, the plain indexes dropped and recorded.
      const deferred = indexesOf(db);
      db.exec("DELETE FROM audit_events WHERE position > 30; DELETE FROM type_counts; UPDATE projection_state SET position = 30 WHERE name = 'audit-trail'; UPDATE projection_state SET position = 0 WHERE name = 'counts'");
      for (const { name, sql } of indexesOf(db) as { name: string; sql: string }[]) if (/^CREATE INDEX/i.test(sql)) db.exec(`DROP INDEX "${name}"`);
      db.exec("INSERT INTO projection_deferred_indexes (name) VALUES ('audit-trail')");

      logs.length = 0;
      const second = startFarBehindRunner(1000);
      expect(await second.waitForPosition(await store.headPosition(), 5000)).toBe(true);
      await indexesBuilt();
      expect(indexesOf(db)).toEqual(deferred);
      const fresh = new Database(':memory:');
      await rebuildProjections(store, fresh, projections);
      expect(hashReadModels(db, projections)).toBe(hashReadModels(fresh, projections));
      fresh.close();
    });
  });
});
