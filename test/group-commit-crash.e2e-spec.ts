import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordedEvent, SqliteEventStore, verifyChain } from '@governance/event-store';
import { ALL_PROJECTIONS, hashReadModels, rebuildProjections } from '@governance/projections';
import { bearer, createTrustWithAdmin, TestTrust } from './support/fixtures';
import { describeOnSqlite } from './support/event-store-under-test';
import { ServerProcess, startServerProcess } from './support/server-process';

interface Acknowledged {
  id: string;
  position: string;
}

/**
 * Group commit across SIGKILL: 50 clients at once, half registering policies (a new stream
 * each, so their appends share commits) and half adding schools (all on the trust's stream,
 * so they take turns), cut off by killing the server mid-burst. Every write answered 201 is in
 * the log at the position it was answered with, no event is torn or doubled, every chain is
 * intact, and the read models equal a full rebuild. Every answer before the kill is a 201: a
 * burst on one stream is never turned into conflicts.
 */
describeOnSqlite('group commit crash safety (SIGKILL mid-burst of 50 clients)', 'reads events.db after each kill', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'governance-group-commit-crash-'));
  let trust: TestTrust;
  const acknowledged: Acknowledged[] = [];
  const otherAnswers: string[] = [];
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  function write(burst: number, client: number, n: number): { path: string; body: object } {
    return client % 2 === 0
      ? { path: `/api/trusts/${trust.id}/policies`, body: { title: `Burst Policy ${burst}-${client}-${n}`, scope: 'school', reviewCycleMonths: 12, approver: 'local-governing-body' } }
      : { path: `/api/trusts/${trust.id}/schools`, body: { name: `Burst School ${burst}-${client}-${n}` } };
  }

  /** 50 clients write until `killAfter` writes are acknowledged, then the server is SIGKILLed. */
  async function burstThenKill(server: ServerProcess, killAfter: number): Promise<void> {
    let acked = 0;
    let killed = false;
    const client = async (index: number) => {
      for (let n = 0; !killed; n += 1) {
        const { path, body } = write(killAfter, index, n);
        try {
          const response = await fetch(server.url + path, {
            method: 'POST',
            headers: { ...bearer(trust.admin.token), 'Content-Type': 'application/json' },
            body: JSON.stringify(body),
          });
          const answer = (await response.json()) as { id: string; position: string; detail?: string };
          if (response.status !== 201) {
            if (!killed) otherAnswers.push(`${response.status} ${answer.detail}`);
            continue;
          }
          acknowledged.push({ id: answer.id, position: answer.position });
          acked += 1;
          if (acked >= killAfter && !killed) {
            killed = true;
            await server.kill('SIGKILL');
          }
        } catch {
          return; // the connection died with the server
        }
      }
    };
    await Promise.all(Array.from({ length: 50 }, (_, index) => client(index)));
    await server.exited;
  }

  it('keeps every acknowledged write of a burst of 50 clients across kills at several points', async () => {
    let server = await startServerProcess(dataDir);
    trust = await createTrustWithAdmin(server.app);

    for (const killAfter of [5, 80, 200]) {
      await burstThenKill(server, killAfter);
      server = await startServerProcess(dataDir);
    }
    expect(otherAnswers).toEqual([]);

    for (let i = 0; i < 200; i += 1) {
      const health = (await server.app.http.get('/api/health')).body as { projections: { lag: string }[] };
      if (health.projections.every((p) => p.lag === '0')) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await server.kill('SIGTERM');

    const store = new SqliteEventStore({ file: join(dataDir, 'events.db') });
    const events = await store.readAll();
    const byPosition = new Map<string, RecordedEvent>(events.map((event) => [String(event.position), event]));
    // The event at the answered position names the school or policy the answer named.
    const names = (event: RecordedEvent | undefined, id: string) => event !== undefined && (event.streamId.includes(id) || JSON.stringify(event.data).includes(id));
    const lost = acknowledged.filter(({ id, position }) => !names(byPosition.get(position), id));
    expect(acknowledged.length).toBeGreaterThanOrEqual(285);
    expect(lost).toEqual([]);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    for (const streamId of new Set(events.map((e) => e.streamId))) {
      const stream = await store.readStream(streamId);
      expect(stream.map((e) => e.revision)).toEqual(stream.map((_, index) => index));
      expect(verifyChain(stream)).toBeUndefined();
    }

    const live = new Database(join(dataDir, 'read-models.db'));
    const fresh = new Database(':memory:');
    await rebuildProjections(store, fresh, ALL_PROJECTIONS);
    expect(hashReadModels(live, ALL_PROJECTIONS)).toBe(hashReadModels(fresh, ALL_PROJECTIONS));
    live.close();
    fresh.close();
    await store.close();
  }, 240_000);
});
