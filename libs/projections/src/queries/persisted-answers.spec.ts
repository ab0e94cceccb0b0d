import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@governance/event-store';
import { TermCalendar } from '@governance/domain';
import { ALL_PROJECTIONS } from '../all-projections';
import { ProjectionRunner } from '../projection-runner';
import { rebuildProjections } from '../rebuild';
import { ComplianceQuery } from './compliance.query';
import { PolicyRegisterQuery } from './policy-register.query';
import { PersistedAnswers, ReadModelInputs } from './persisted-answers';

/**
 * The dashboard's answers kept on disk across restarts. A restarted server serves the kept
 * answer while none of the rows it reads changed, even though events moved every projection's
 * checkpoint (a new person, a sign-in's trail); an event that changes a row it reads, another
 * day, other term dates, another build or a rebuild computes it afresh. Whatever is served
 * equals a computation with nothing kept.
 */
describe('persisted dashboard answers', () => {
  let dir: string;
  let store: SqliteEventStore;
  let readModels: Database.Database;
  let runner: ProjectionRunner;
  let cacheFile: string;
  const opened: Database.Database[] = [];
  const trustId = 't1';
  const today = '2026-11-24';
  const meta = { trustId, actorId: 'p-admin', actorRole: 'trust-admin', occurredAt: '2026-11-24T09:00:00.000Z' };
  const append = async (streamId: string, type: string, data: Record<string, unknown>) => {
    const { position } = await store.appendToStream(streamId, [{ id: randomUUID(), type, data, metadata: meta }], { expectedRevision: 'any' });
    expect(await runner.waitForPosition(position, 5000)).toBe(true);
  };
  /** What a (re)started server has: its own connection to the cache file, over the same read models. */
  const server = (code = 'build-1') => {
    const cache = new Database(cacheFile);
    opened.push(cache);
    const persisted = new PersistedAnswers(cache, code);
    return { persisted, compliance: new ComplianceQuery(readModels, persisted), registers: new PolicyRegisterQuery(readModels, persisted) };
  };
  const fresh = (asOf = today, calendar = TermCalendar.default) => new ComplianceQuery(readModels).forTrust(trustId, asOf, calendar);
  const newPerson = async () => {
    const personId = randomUUID();
    await append(`person-${personId}`, 'PersonRegistered', { personId, trustId });
    await append(`person-${personId}`, 'RoleGranted', { personId, role: 'trust-admin' });
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'persisted-answers-'));
    cacheFile = join(dir, 'persisted-answers.db');
    store = new SqliteEventStore({ file: join(dir, 'events.db'), pollIntervalMs: 10, synchronous: 'NORMAL' });
    readModels = new Database(join(dir, 'read-models.db'));
    runner = new ProjectionRunner(store, readModels, ALL_PROJECTIONS, { batchSize: 50 });
    runner.start();
    await append('trust-t1', 'TrustRegistered', { trustId, name: 'Oakwood Learning Trust' });
    await append('trust-t1', 'SchoolAdded', { schoolId: 'oak', name: 'Oak Primary' });
    await append('policy-safe', 'PolicyRegistered', {
      policyId: 'safe', trustId, title: 'Safeguarding', scope: 'school', reviewCycleMonths: 12, approver: 'trust-board', statutory: true, eiaRequired: false,
      category: null, legislation: [], linkedPolicies: [], catalogueKey: null,
    });
    // Adopted 2025-12-01: in date until 2026-12-01, so due soon on 2026-11-24 and overdue on 2026-12-02.
    await append('schoolpolicy-oak.safe', 'PolicyAdopted', { schoolId: 'oak', policyId: 'safe', version: 1, adoptedOn: '2025-12-01', approvedBy: null, localAmendments: null });
  });
  afterEach(async () => {
    await runner.stop();
    for (const db of opened.splice(0)) db.close();
    readModels.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves a restarted server the kept answer without computing it, equal to a fresh computation', () => {
    const first = server();
    const before = first.compliance.forTrust(trustId, today);
    expect(first.persisted.computed).toBe(1);
    expect(before.schools[0]).toMatchObject({ dueSoon: 1, overdue: 0 });

    const restarted = server();
    expect(restarted.compliance.forTrust(trustId, today)).toEqual(before);
    expect(restarted.persisted.computed).toBe(0);
    expect(before).toEqual(fresh());
  });

  it('keeps serving it after events that change no row it reads: a new trust admin, an acknowledgement', async () => {
    server().compliance.forTrust(trustId, today);
    await newPerson();
    await append('schoolpolicy-oak.safe', 'PolicyAcknowledged', { schoolId: 'oak', policyId: 'safe', version: 1, personId: 'p-staff', acknowledgedOn: today });

    const restarted = server();
    const served = restarted.compliance.forTrust(trustId, today);
    expect(restarted.persisted.computed).toBe(0);
    expect(served).toEqual(fresh());
  });

  it('computes again after an event that changes the answer: what is served equals a fresh computation, not the kept one', async () => {
    const kept = server().compliance.forTrust(trustId, today);
    await newPerson();
    await append('schoolpolicy-oak.safe', 'PolicyReviewed', {
      level: 'school', schoolId: 'oak', policyId: 'safe', reviewedOn: '2026-11-20', outcome: 'no-change', notes: null, nextReviewDue: null,
    });

    const restarted = server();
    const after = restarted.compliance.forTrust(trustId, today);
    expect(restarted.persisted.computed).toBe(1);
    expect(after).toEqual(fresh());
    expect(after.schools[0]).toMatchObject({ inDate: 1, dueSoon: 0 });
    expect(after).not.toEqual(kept);
  });

  it('computes again after a school joins the trust', async () => {
    server().compliance.forTrust(trustId, today);
    await append('trust-t1', 'SchoolAdded', { schoolId: 'elm', name: 'Elm Academy' });
    const restarted = server();
    const after = restarted.compliance.forTrust(trustId, today);
    expect(restarted.persisted.computed).toBe(1);
    expect(after.schools.map((school) => school.schoolId).sort()).toEqual(['elm', 'oak']);
    expect(after).toEqual(fresh());
  });

  it('computes another day afresh: after midnight (London) statuses move, and the kept answer of the day before is not served', () => {
    server().compliance.forTrust(trustId, today);
    const restarted = server();
    const nextWeek = restarted.compliance.forTrust(trustId, '2026-12-02');
    expect(restarted.persisted.computed).toBe(1);
    expect(nextWeek).toEqual(fresh('2026-12-02'));
    expect(nextWeek.schools[0]).toMatchObject({ dueSoon: 0, overdue: 1 });
  });

  it('computes other term dates afresh', () => {
    server().compliance.forTrust(trustId, today);
    const calendar = TermCalendar.withOverrides([{ term: '2026-autumn', startsOn: '2026-09-03', endsOn: '2026-12-18' }]);
    const restarted = server();
    const other = restarted.compliance.forTrust(trustId, today, calendar);
    expect(restarted.persisted.computed).toBe(1);
    expect(other).toEqual(fresh(today, calendar));
  });

  it('never serves an answer kept by another build', () => {
    server('build-1').compliance.forTrust(trustId, today);
    const newBuild = server('build-2');
    newBuild.compliance.forTrust(trustId, today);
    expect(newBuild.persisted.computed).toBe(1);
  });

  it('computes again after a rebuild of the read models, and after the cache file was deleted', async () => {
    server().compliance.forTrust(trustId, today);
    await runner.stop();
    await rebuildProjections(store, readModels, ALL_PROJECTIONS);
    const afterRebuild = server();
    expect(afterRebuild.compliance.forTrust(trustId, today)).toEqual(fresh());
    expect(afterRebuild.persisted.computed).toBe(1);

    for (const db of opened.splice(0)) db.close();
    rmSync(cacheFile);
    const reopened = PersistedAnswers.open(cacheFile);
    const compliance = new ComplianceQuery(readModels, reopened);
    expect(compliance.forTrust(trustId, today)).toEqual(fresh());
    expect(reopened.computed).toBe(1);
    runner = new ProjectionRunner(store, readModels, ALL_PROJECTIONS);
    runner.start();
  });

  it("keeps a school's register the same way: served after a new person, computed again after a review, always equal to a fresh one", async () => {
    const freshRegister = () => new PolicyRegisterQuery(readModels).schoolRegister(trustId, 'oak', today);
    const kept = server().registers.schoolRegister(trustId, 'oak', today);
    await newPerson();
    const afterPerson = server();
    expect(afterPerson.registers.schoolRegister(trustId, 'oak', today)).toEqual(freshRegister());
    expect(afterPerson.persisted.computed).toBe(0);

    await append('schoolpolicy-oak.safe', 'PolicyReviewed', {
      level: 'school', schoolId: 'oak', policyId: 'safe', reviewedOn: '2026-11-20', outcome: 'no-change', notes: null, nextReviewDue: null,
    });
    const afterReview = server();
    const register = afterReview.registers.schoolRegister(trustId, 'oak', today);
    expect(afterReview.persisted.computed).toBe(1);
    expect(register).toEqual(freshRegister());
    expect(register).not.toEqual(kept);
  });

  it('stamps the read models an answer reads, not their checkpoints', async () => {
    const inputs = new ReadModelInputs(readModels, ['policy-register']);
    const before = inputs.stamp();
    await newPerson();
    expect(inputs.stamp()).toBe(before);
    await append('schoolpolicy-oak.safe', 'PolicyReviewed', {
      level: 'school', schoolId: 'oak', policyId: 'safe', reviewedOn: '2026-11-20', outcome: 'no-change', notes: null, nextReviewDue: null,
    });
    expect(inputs.stamp()).not.toBe(before);
  });
});
