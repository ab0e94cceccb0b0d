import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@governance/event-store';
import { ALL_PROJECTIONS } from '../all-projections';
import { rebuildProjections } from '../rebuild';
import { ComplianceQuery } from './compliance.query';
import { PersistedAnswers } from './persisted-answers';
import { calendarKey } from './read-model-memo';
import { TermCalendar } from '@governance/domain';

/**
 * The dashboard's answers kept on disk across restarts: a server started on the same read models
 * reads the kept answer, and any event applied, another day or another build computes it afresh,
 * equal to a computation with nothing kept.
 */
describe('persisted dashboard answers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'persisted-answers-'));
  const store = new SqliteEventStore({ file: ':memory:' });
  const readModels = new Database(join(dir, 'read-models.db'));
  const cacheFile = join(dir, 'persisted-answers.db');
  const opened: Database.Database[] = [];
  const trustId = 't1';
  const meta = { trustId, actorId: 'p-admin', actorRole: 'trust-admin', occurredAt: '2026-11-24T09:00:00.000Z' };
  const append = (streamId: string, type: string, data: Record<string, unknown>) =>
    store.appendToStream(streamId, [{ id: randomUUID(), type, data, metadata: meta }], { expectedRevision: 'any' });
  /** What a (re)started server has: its own connection to the cache file, over the same read models. */
  const server = (code = 'build-1') => {
    const cache = new Database(cacheFile);
    opened.push(cache);
    const persisted = new PersistedAnswers(cache, readModels, code);
    return { persisted, compliance: new ComplianceQuery(readModels, persisted) };
  };
  const fresh = (asOf: string) => new ComplianceQuery(readModels).forTrust(trustId, asOf);

  beforeAll(async () => {
    await append('trust-t1', 'TrustRegistered', { trustId, name: 'Oakwood Learning Trust' });
    await append('trust-t1', 'SchoolAdded', { schoolId: 'oak', name: 'Oak Primary' });
    await append('policy-safe', 'PolicyRegistered', {
      policyId: 'safe', trustId, title: 'Safeguarding', scope: 'school', reviewCycleMonths: 12, approver: 'trust-board', statutory: true, eiaRequired: false,
      category: null, legislation: [], linkedPolicies: [], catalogueKey: null,
    });
    // Adopted 2025-12-01: in date until 2026-12-01, so due soon on 2026-11-24 and overdue on 2026-12-02.
    await append('schoolpolicy-oak.safe', 'PolicyAdopted', { schoolId: 'oak', policyId: 'safe', version: 1, adoptedOn: '2025-12-01', approvedBy: null, localAmendments: null });
    await rebuildProjections(store, readModels, ALL_PROJECTIONS);
  });
  afterAll(async () => {
    for (const db of opened) db.close();
    readModels.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves a restarted server the kept answer without computing it, equal to a fresh computation', () => {
    const before = server().compliance.forTrust(trustId, '2026-11-24');
    let computed = 0;
    const kept = server().persisted.answer(`compliance:${JSON.stringify([trustId, '2026-11-24', calendarKey(TermCalendar.default)])}`, () => {
      computed += 1;
      return null;
    });
    expect(computed).toBe(0);
    expect(kept).toEqual(before);
    expect(server().compliance.forTrust(trustId, '2026-11-24')).toEqual(fresh('2026-11-24'));
    expect(before.schools[0]).toMatchObject({ dueSoon: 1, overdue: 0 });
  });

  it('computes again after an event is applied: the answer equals a fresh computation, not the kept one', async () => {
    const kept = server().compliance.forTrust(trustId, '2026-11-24');
    await append('schoolpolicy-oak.safe', 'PolicyReviewed', {
      level: 'school', schoolId: 'oak', policyId: 'safe', reviewedOn: '2026-11-20', outcome: 'no-change', notes: null, nextReviewDue: null,
    });
    await rebuildProjections(store, readModels, ALL_PROJECTIONS);
    const after = server().compliance.forTrust(trustId, '2026-11-24');
    expect(after).toEqual(fresh('2026-11-24'));
    expect(after.schools[0]).toMatchObject({ inDate: 1, dueSoon: 0 });
    expect(after).not.toEqual(kept);
  });

  it('computes another day afresh (after midnight the default day is a new question)', () => {
    server().compliance.forTrust(trustId, '2027-11-24');
    const nextDay = server().compliance.forTrust(trustId, '2027-11-25');
    expect(nextDay).toEqual(fresh('2027-11-25'));
    expect(nextDay.asOf).toBe('2027-11-25');
  });

  it('never serves an answer kept by another build', () => {
    server('build-1').persisted.answer('question', () => 'old code');
    expect(server('build-2').persisted.answer('question', () => 'new code')).toBe('new code');
  });
});
