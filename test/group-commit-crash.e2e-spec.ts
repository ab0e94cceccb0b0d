import { RecordedEvent } from '@governance/event-store';
import { createTrustWithAdmin } from './support/fixtures';
import { describeOnSqlite } from './support/event-store-under-test';
import { BurstAnswers, crashSuite, expectIntactLog } from './support/crash-suite';

/**
 * Group commit across SIGKILL: 50 clients at once, half registering policies (a new stream
 * each, so their appends share commits) and half adding schools (all on the trust's stream,
 * so they take turns), cut off by killing the server mid-burst. Every write answered 201 is in
 * the log at the position it was answered with, no event is torn or doubled, every chain is
 * intact, and the read models equal a full rebuild. Every answer before the kill is a 201: a
 * burst on one stream is never turned into conflicts.
 */
describeOnSqlite('group commit crash safety (SIGKILL mid-burst of 50 clients)', 'reads events.db after each kill', () => {
  const suite = crashSuite('governance-group-commit-crash-');

  it('keeps every acknowledged write of a burst of 50 clients across kills at several points', async () => {
    const trust = await createTrustWithAdmin((await suite.start()).app);
    const answers: BurstAnswers = { acknowledged: [], otherAnswers: [] };

    for (const killAfter of [5, 80, 200]) {
      const burst = await suite.burstUntilKilled({
        token: trust.admin.token,
        clients: 50,
        killAfter,
        write: (client, n) =>
          client % 2 === 0
            ? { path: `/api/trusts/${trust.id}/policies`, body: { title: `Burst Policy ${killAfter}-${client}-${n}`, scope: 'school', reviewCycleMonths: 12, approver: 'local-governing-body' } }
            : { path: `/api/trusts/${trust.id}/schools`, body: { name: `Burst School ${killAfter}-${client}-${n}` } },
      });
      answers.acknowledged.push(...burst.acknowledged);
      answers.otherAnswers.push(...burst.otherAnswers);
      await suite.start();
    }
    expect(answers.otherAnswers).toEqual([]);

    await suite.projectionsCaughtUp(200);
    await suite.server.kill('SIGTERM');

    const events = await expectIntactLog(suite.dataDir);
    const byPosition = new Map<string, RecordedEvent>(events.map((event) => [String(event.position), event]));
    // The event at the answered position names the school or policy the answer named.
    const names = (event: RecordedEvent | undefined, id: string) => event !== undefined && (event.streamId.includes(id) || JSON.stringify(event.data).includes(id));
    const lost = answers.acknowledged.filter(({ id, position }) => !names(byPosition.get(position), id));
    expect(answers.acknowledged.length).toBeGreaterThanOrEqual(285);
    expect(lost).toEqual([]);
  }, 240_000);
});
