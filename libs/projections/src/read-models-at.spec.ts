import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@governance/event-store';
import { SchoolsQuery } from './queries/schools.query';
import { readModelsAt } from './read-models-at';

/** The read models as they stood at a position, folded in memory from a real SQLite log. */
describe('readModelsAt', () => {
  let dir: string;
  let store: SqliteEventStore;

  const append = async (trustId: string, type: string, data: Record<string, unknown>, schemaVersion = 1) =>
    (
      await store.appendToStream(`trust-${trustId}`, [{ id: randomUUID(), type, data, metadata: { trustId, schemaVersion } }], {
        expectedRevision: 'any',
      })
    ).position;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'read-models-at-'));
    store = new SqliteEventStore({ file: join(dir, 'events.db') });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given later writes, when read at a position, then the models are as they stood there', async () => {
    await append('t1', 'TrustRegistered', { trustId: 't1', name: 'Oak Learning Trust' });
    const before = await append('t1', 'SchoolAdded', { schoolId: 's1', name: 'Ash Academy' });
    await append('t1', 'SchoolRenamed', { schoolId: 's1', name: 'Ash CE Academy', previousName: 'Ash Academy' });
    await append('t1', 'SchoolAdded', { schoolId: 's2', name: 'Birch Primary' });

    const then = await readModelsAt(store, before, { trustId: 't1', pageSize: 2 });
    const now = await readModelsAt(store, await store.headPosition(), { trustId: 't1', pageSize: 2 });
    try {
      expect(new SchoolsQuery(then).schoolsOf('t1').map((s) => s.name)).toEqual(['Ash Academy']);
      expect(new SchoolsQuery(now).schoolsOf('t1').map((s) => s.name)).toEqual(['Ash CE Academy', 'Birch Primary']);
    } finally {
      then.close();
      now.close();
    }
  });

  it("leaves out another trust's events, and reads old shapes through the upcaster", async () => {
    await append('t1', 'TrustRegistered', { trustId: 't1', name: 'Oak Learning Trust' });
    await append('t2', 'TrustRegistered', { trustId: 't2', name: 'Elm Trust' });
    await append('t2', 'SchoolAdded', { schoolId: 'e1', name: 'Elm Academy' });
    // Version 1 of SchoolAdded called a sixth-form college's phase `16-plus`.
    await append('t1', 'SchoolAdded', { schoolId: 's1', name: 'Ash College', phase: '16-plus' }, 1);

    const db = await readModelsAt(store, await store.headPosition(), { trustId: 't1' });
    try {
      const schools = new SchoolsQuery(db);
      expect(schools.trust('t2')).toBeUndefined();
      expect(schools.schoolsOf('t1')).toEqual([{ id: 's1', name: 'Ash College', urn: null, phase: 'sixteen-plus' }]);
    } finally {
      db.close();
    }
  });
});
