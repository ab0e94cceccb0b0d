import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, type RecordedEvent } from '@governance/event-store';
import { DroppingStore } from '@governance/event-store/testing/dropping-store';
import type { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';
import { hashReadModels } from './read-model-hash';
import { auditTrailProjection } from './read-models/audit-trail.projection';
import { rebuildProjections } from './rebuild';

/** Counts events per type: applying one twice would show. */
const countsProjection: Projection = {
  name: 'counts',
  version: 1,
  tables: ['type_counts'],
  schema: (t) => `CREATE TABLE IF NOT EXISTS "${t.table('type_counts')}" (type TEXT PRIMARY KEY, n INTEGER NOT NULL)`,
  applier(db, t) {
    const upsert = db.prepare(
      `INSERT INTO "${t.table('type_counts')}" (type, n) VALUES (?, 1) ON CONFLICT (type) DO UPDATE SET n = n + 1`,
    );
    return (event: RecordedEvent) => void upsert.run(event.type);
  },
};

describe('ProjectionRunner after its subscription drops', () => {
  const projections = [auditTrailProjection, countsProjection];
  let dir: string;
  let sqlite: SqliteEventStore;
  let db: Database.Database;
  let runner: ProjectionRunner;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'governance-resubscribe-'));
    sqlite = new SqliteEventStore({ file: join(dir, 'events.db'), pollIntervalMs: 10, synchronous: 'NORMAL' });
    db = new Database(join(dir, 'read-models.db'));
    db.pragma('journal_mode = WAL');
  });
  afterEach(async () => {
    await runner.stop();
    db.close();
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const append = (type: string) =>
    sqlite.appendToStream(
      `test-${randomUUID()}`,
      [{ id: randomUUID(), type, data: {}, metadata: { trustId: 'trust-1', actorId: 'p1', occurredAt: '2026-11-24T10:00:00.000Z' } }],
      { expectedRevision: 'no-stream' },
    );

  it('reports degraded, resubscribes from its committed checkpoint, and applies every event once', async () => {
    for (let i = 0; i < 100; i += 1) await append('Seen');
    const store = new DroppingStore(sqlite, 37);
    const errors: string[] = [];
    runner = new ProjectionRunner(store, db, projections, {
      batchSize: 10,
      resubscribeDelays: { initialMs: 5, maxMs: 50 },
      logger: { log: () => undefined, error: (message) => errors.push(message) },
    });
    runner.start();

    await store.resubscription;
    const [thirtySeventh] = await sqlite.readAll({ after: 0n, maxCount: 37 }).then((events) => events.slice(-1));
    // Everything delivered before the drop was committed, and the new subscription starts there.
    expect(store.subscribedFrom).toEqual([0n, thirtySeventh.position]);
    expect(runner.feedHealth()).toMatchObject({ status: 'degraded', error: 'connection reset (fault injected)' });
    expect(runner.health().map((p) => p.status)).toEqual(['degraded', 'degraded']);
    expect(errors.join('\n')).toContain('lost the event log (connection reset (fault injected))');

    for (let i = 0; i < 20; i += 1) await append('Later');
    store.release();
    const head = await sqlite.headPosition();
    expect(await runner.waitForPosition(head, 10_000)).toBe(true);

    expect(runner.feedHealth()).toEqual({ status: 'following', error: null, since: null, attempts: 0 });
    expect(runner.health().map((p) => p.status)).toEqual(['running', 'running']);
    const counts = db.prepare('SELECT type, n FROM type_counts ORDER BY type').all();
    expect(counts).toEqual([
      { type: 'Later', n: 20 },
      { type: 'Seen', n: 100 },
    ]);
    const fresh = new Database(':memory:');
    await rebuildProjections(sqlite, fresh, projections);
    expect(hashReadModels(db, projections)).toBe(hashReadModels(fresh, projections));
    fresh.close();
  });

  it('keeps backing off while the store does not answer, and recovers when it does', async () => {
    await append('Seen');
    const store = new DroppingStore(sqlite, 1);
    let headFailures = 0;
    let healthWhenBack: unknown;
    const unanswering = Object.assign(Object.create(store) as DroppingStore, {
      headPosition: async () => {
        // The store is down for the first three checks after the drop.
        if (headFailures < 3) {
          headFailures += 1;
          throw new Error(`store unavailable (${headFailures})`);
        }
        healthWhenBack ??= runner.feedHealth();
        return sqlite.headPosition();
      },
    });
    // farBehindEvents 0: no check of the head before subscribing, so the three failures fall after the drop.
    runner = new ProjectionRunner(unanswering, db, projections, { resubscribeDelays: { initialMs: 1, maxMs: 4 }, farBehindEvents: 0 });
    runner.start();
    await store.resubscription;
    expect(healthWhenBack).toMatchObject({ status: 'degraded', error: 'store unavailable (3)', attempts: 3 });
    expect(store.subscribedFrom).toHaveLength(2);
    store.release();
    await append('Later');
    expect(await runner.waitForPosition(await sqlite.headPosition(), 10_000)).toBe(true);
    expect(runner.feedHealth().status).toBe('following');
    expect(db.prepare('SELECT type, n FROM type_counts ORDER BY type').all()).toEqual([
      { type: 'Later', n: 1 },
      { type: 'Seen', n: 1 },
    ]);
  });
});
