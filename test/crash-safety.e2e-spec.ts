import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, verifyChain } from '@governance/event-store';
import { ALL_PROJECTIONS, hashReadModels, rebuildProjections } from '@governance/projections';
import { bearer, createTrustWithAdmin, TestTrust } from './support/fixtures';
import { describeOnSqlite } from './support/event-store-under-test';
import { ServerProcess, startServerProcess } from './support/server-process';

/**
 * Acknowledged writes survive SIGKILL: a burst of writes is cut off by killing the server;
 * after a restart on the same DATA_DIR every write answered 201 is there, no event is torn
 * or doubled, and the read models equal a full rebuild.
 */
describeOnSqlite('crash safety (SIGKILL mid-burst)', 'reads events.db after each kill', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'governance-crash-server-'));
  let trust: TestTrust;
  const acknowledged: string[] = [];
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  /** Sends writes 8 at a time until `killAfter` are acknowledged, then SIGKILLs the server. */
  async function burstThenKill(server: ServerProcess, killAfter: number): Promise<void> {
    let sent = 0;
    let acked = 0;
    let killed = false;
    const writer = async () => {
      while (!killed) {
        sent += 1;
        const name = `Burst School ${killAfter}-${sent}`;
        try {
          const response = await fetch(`${server.url}/api/trusts/${trust.id}/schools`, {
            method: 'POST',
            headers: { ...bearer(trust.admin.token), 'Content-Type': 'application/json' },
            body: JSON.stringify({ name }),
          });
          if (response.status === 201) {
            acknowledged.push(((await response.json()) as { id: string }).id);
            acked += 1;
            if (acked >= killAfter && !killed) {
              killed = true;
              await server.kill('SIGKILL');
            }
          }
        } catch {
          return; // the connection died with the server
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, writer));
    await server.exited;
  }

  it('keeps every acknowledged write across kills at several points', async () => {
    let server = await startServerProcess(dataDir);
    trust = await createTrustWithAdmin(server.app);

    for (const killAfter of [3, 25, 60]) {
      await burstThenKill(server, killAfter);
      server = await startServerProcess(dataDir);
      const schools = await server.app.http.get(`/api/trusts/${trust.id}/schools`).set(bearer(trust.admin.token)).expect(200);
      const present = new Set((schools.body as { id: string }[]).map((school) => school.id));
      expect(acknowledged.filter((id) => !present.has(id))).toEqual([]);
    }

    // Let the projections catch up, then stop cleanly and compare with a rebuild.
    for (let i = 0; i < 100; i += 1) {
      const health = (await server.app.http.get('/api/health')).body as { projections: { lag: string }[] };
      if (health.projections.every((p) => p.lag === '0')) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await server.kill('SIGTERM');

    const store = new SqliteEventStore({ file: join(dataDir, 'events.db') });
    const events = await store.readAll();
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    const streams = new Set(events.map((e) => e.streamId));
    for (const streamId of streams) expect(verifyChain(await store.readStream(streamId))).toBeUndefined();

    const live = new Database(join(dataDir, 'read-models.db'));
    const fresh = new Database(':memory:');
    await rebuildProjections(store, fresh, ALL_PROJECTIONS);
    expect(hashReadModels(live, ALL_PROJECTIONS)).toBe(hashReadModels(fresh, ALL_PROJECTIONS));
    live.close();
    fresh.close();
    await store.close();
  }, 180_000);
});
