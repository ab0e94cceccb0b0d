import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@governance/event-store';
import { ProjectionRunner } from './projection-runner';
import { auditTrailProjection } from './read-models/audit-trail.projection';
import { rebuildProjections } from './rebuild';

describe('read-model schema after a rebuild', () => {
  let dir: string;
  let store: SqliteEventStore;
  let db: Database.Database;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'governance-schema-'));
    store = new SqliteEventStore({ file: join(dir, 'events.db'), synchronous: 'NORMAL' });
    db = new Database(join(dir, 'read-models.db'));
  });
  afterEach(async () => {
    db.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const indexesOf = (table: string) =>
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name").all(table) as { name: string }[]).map((row) => row.name);

  it('keeps one index per definition when a runner starts on tables a rebuild swapped in', async () => {
    await store.appendToStream(`test-${randomUUID()}`, [{ id: randomUUID(), type: 'Seen', data: {}, metadata: { trustId: 't1', occurredAt: '2026-11-24T10:00:00.000Z' } }], { expectedRevision: 'no-stream' });
    new ProjectionRunner(store, db, [auditTrailProjection]);
    expect(indexesOf('audit_events')).toEqual(['audit_by_event_id', 'audit_by_policy', 'audit_by_school', 'audit_by_trust', 'audit_by_type']);

    await rebuildProjections(store, db, [auditTrailProjection]);
    const afterRebuild = indexesOf('audit_events');
    expect(afterRebuild).toHaveLength(5);

    // The next start prepares the schema again: it must not add a second copy of each index.
    const runner = new ProjectionRunner(store, db, [auditTrailProjection]);
    expect(indexesOf('audit_events')).toEqual(afterRebuild);
    runner.start();
    expect(await runner.waitForPosition(await store.headPosition(), 5000)).toBe(true);
    await runner.stop();
    expect((db.prepare('SELECT COUNT(*) AS n FROM audit_events').get() as { n: number }).n).toBe(1);
  });
});
