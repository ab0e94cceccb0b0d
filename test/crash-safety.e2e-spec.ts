import { bearer, createTrustWithAdmin } from './support/fixtures';
import { describeOnSqlite } from './support/event-store-under-test';
import { crashSuite, expectIntactLog } from './support/crash-suite';

/**
 * Acknowledged writes survive SIGKILL: a burst of writes is cut off by killing the server;
 * after a restart on the same DATA_DIR every write answered 201 is there, no event is torn
 * or doubled, and the read models equal a full rebuild.
 */
describeOnSqlite('crash safety (SIGKILL mid-burst)', 'reads events.db after each kill', () => {
  const suite = crashSuite('governance-crash-server-');

  it('keeps every acknowledged write across kills at several points', async () => {
    const trust = await createTrustWithAdmin((await suite.start()).app);
    const acknowledged: string[] = [];

    for (const killAfter of [3, 25, 60]) {
      // 8 clients add schools until `killAfter` are acknowledged, then the server is SIGKILLed.
      const burst = await suite.burstUntilKilled({
        token: trust.admin.token,
        clients: 8,
        killAfter,
        write: (client, n) => ({ path: `/api/trusts/${trust.id}/schools`, body: { name: `Burst School ${killAfter}-${client}-${n}` } }),
      });
      acknowledged.push(...burst.acknowledged.map((answer) => answer.id));
      const server = await suite.start();
      const schools = await server.app.http.get(`/api/trusts/${trust.id}/schools`).set(bearer(trust.admin.token)).expect(200);
      const present = new Set((schools.body as { id: string }[]).map((school) => school.id));
      expect(acknowledged.filter((id) => !present.has(id))).toEqual([]);
    }

    // Let the projections catch up, then stop cleanly and compare with a rebuild.
    await suite.projectionsCaughtUp(100);
    await suite.server.kill('SIGTERM');
    await expectIntactLog(suite.dataDir);
  }, 180_000);
});
