import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@governance/event-store';
import { ALL_PROJECTIONS } from '../all-projections';
import { rebuildProjections } from '../rebuild';
import { AuditTrailQuery } from './audit-trail.query';
import { ComplianceQuery } from './compliance.query';
import { PolicyRegisterQuery } from './policy-register.query';

/**
 * A hand-built trust: two schools, three policies.
 * - Safeguarding (school scope, 12 months): Oak adopted 2025-09-10 and reviewed 2026-01-15 with next review
 *   "2026-summer" (due 2026-08-31): overdue on 2026-11-24. Elm adopted 2026-09-01: due 2027-09-01, in date.
 * - Behaviour (school scope, 12 months): Oak adopted 2026-01-10 (due 2027-01-10: within 60 days, due soon);
 *   Elm never adopted (not adopted).
 * - Complaints (trust scope, 24 months): approved by the trust 2025-03-01 (due 2027-03-01, by the end of
 *   next term Spring 2027 (2027-03-31): due soon); Oak adopted v1, Elm did not.
 * EIAs: Oak's safeguarding EIA complete; everything else that requires one is missing.
 * Evaluations: Oak's complaints on 2026-10-01 (within the 12 months up to 2026-11-24) and behaviour
 * on 2025-11-24 (exactly 12 months before: not within them).
 * Actions: Oak has one overdue (due 2026-11-20), one open (due 2026-12-10) and one done; Elm one
 * done after 2026-11-24 (still open then); one trust-level action, overdue, counts in the totals only.
 */
describe('compliance and register queries', () => {
  const store = new SqliteEventStore({ file: ':memory:' });
  const db = new Database(':memory:');
  const trustId = 't1';
  const meta = { trustId, actorId: 'p-admin', actorRole: 'trust-admin', occurredAt: '2026-11-24T09:00:00.000Z' };
  const append = (streamId: string, type: string, data: Record<string, unknown>) =>
    store.appendToStream(streamId, [{ id: randomUUID(), type, data, metadata: meta }], { expectedRevision: 'any' });
  const policy = (policyId: string, title: string, scope: string, reviewCycleMonths: number) =>
    append(`policy-${policyId}`, 'PolicyRegistered', {
      policyId, trustId, title, scope, reviewCycleMonths, approver: 'trust-board', statutory: true, eiaRequired: true,
      category: null, legislation: [], linkedPolicies: [], catalogueKey: null,
    });
  const adopt = (schoolId: string, policyId: string, adoptedOn: string) =>
    append(`schoolpolicy-${schoolId}.${policyId}`, 'PolicyAdopted', { schoolId, policyId, version: 1, adoptedOn, approvedBy: null, localAmendments: null });

  beforeAll(async () => {
    await append('trust-t1', 'TrustRegistered', { trustId, name: 'Oakwood Learning Trust' });
    await append('trust-t1', 'SchoolAdded', { schoolId: 'oak', name: 'Oak Primary' });
    await append('trust-t1', 'SchoolAdded', { schoolId: 'elm', name: 'Elm Academy' });
    const action = (actionId: string, schoolId: string | null, dueOn: string, completedOn?: string) =>
      append(`action-${actionId}`, 'ActionOpened', { actionId, trustId, schoolId, title: `Action ${actionId}`, ownerId: 'h1', dueOn, source: null, openedBy: 'p-admin' }).then(() =>
        completedOn ? append(`action-${actionId}`, 'ActionCompleted', { actionId, completedOn, note: null, completedBy: 'h1' }) : undefined,
      );
    await action('a1', 'oak', '2026-11-20');
    await action('a2', 'oak', '2026-12-10');
    await action('a3', 'oak', '2026-11-01', '2026-11-02');
    await action('a4', 'elm', '2026-11-01', '2026-12-01');
    await action('a5', null, '2026-10-01');
    await policy('safe', 'Safeguarding', 'school', 12);
    await policy('beh', 'Behaviour', 'school', 12);
    await policy('comp', 'Complaints', 'trust', 24);
    await append('policy-comp', 'PolicyVersionDrafted', { policyId: 'comp', version: 1, summary: 'v1', documentUrl: null });
    await append('policy-comp', 'PolicyApproved', { policyId: 'comp', version: 1, approvedOn: '2025-03-01', body: 'trust-board', minuteRef: 'TB/25/3' });
    await adopt('oak', 'safe', '2025-09-10');
    await append('schoolpolicy-oak.safe', 'PolicyReviewed', {
      level: 'school', schoolId: 'oak', policyId: 'safe', reviewedOn: '2026-01-15', outcome: 'no-change', notes: null, nextReviewDue: '2026-summer',
    });
    await append('schoolpolicy-oak.safe', 'EIACompleted', {
      schoolId: 'oak', policyId: 'safe', version: 1, completedOn: '2025-09-01', impacts: {}, fullAssessmentRequired: false,
      conclusion: 'No negative impact', approvedBy: null, approvedOn: null, affects: [],
    });
    await adopt('elm', 'safe', '2026-09-01');
    await adopt('oak', 'beh', '2026-01-10');
    await adopt('oak', 'comp', '2025-04-01');
    const evaluate = (policyId: string, evaluatedOn: string) =>
      append(`schoolpolicy-oak.${policyId}`, 'PolicyEvaluated', {
        schoolId: 'oak', policyId, evaluatedOn, checklist: [{ point: 'Policy annually reviewed', answer: 'yes', evidence: null }], effectivenessStatement: 'Effective',
      });
    await evaluate('comp', '2026-10-01');
    await evaluate('beh', '2025-11-24');
    await append('linkgov-oak', 'LinkGovernorReported', {
      schoolId: 'oak', governorId: 'g1', term: '2026-autumn', summary: 'Visited the DSL', policyIds: ['safe'], recommendations: null, reportedBy: 'g1', onBehalf: false,
    });
    await append('termly-elm.2026-autumn', 'TermlyReportSubmitted', {
      schoolId: 'elm', term: '2026-autumn', submission: 1, supersedes: null, summary: 'A good term', incidents: { bullying: 2 }, training: [], submittedBy: 'h1',
    });
    await rebuildProjections(store, db, ALL_PROJECTIONS);
  });
  afterAll(async () => {
    db.close();
    await store.close();
  });

  it('gives each school the figures the rules give by hand', () => {
    const compliance = new ComplianceQuery(db).forTrust(trustId, '2026-11-24');
    expect(compliance.term).toBe('2026-autumn');
    expect(compliance.schools).toEqual([
      {
        schoolId: 'elm', name: 'Elm Academy', policies: 3, inDate: 1, dueSoon: 0, overdue: 0, notAdopted: 2, neverReviewed: 0,
        eiaMissing: 3, eiaOutOfDate: 0, wrongApprover: 0, evaluatedInLast12Months: 0, compliancePct: 33.3, linkGovernorReportsThisTerm: 0, termlyReportSubmitted: true,
        // Everything here was recorded on 2026-11-24: Elm's adoption of 2026-09-01 was recorded late.
        recordedLate: 1,
        openActions: 1, overdueActions: 1,
        // Read and acknowledge is added by the route from its own read model: none here.
        acknowledgements: null,
      },
      {
        schoolId: 'oak', name: 'Oak Primary', policies: 3, inDate: 0, dueSoon: 2, overdue: 1, notAdopted: 0, neverReviewed: 0,
        eiaMissing: 2, eiaOutOfDate: 0, wrongApprover: 0, evaluatedInLast12Months: 1, compliancePct: 66.7, linkGovernorReportsThisTerm: 1, termlyReportSubmitted: false,
        // Oak's three adoptions and its review (January 2026 and before) were recorded late.
        recordedLate: 4,
        openActions: 2, overdueActions: 1,
        acknowledgements: null,
      },
    ]);
    expect(compliance.totals).toMatchObject({ schools: 2, policies: 6, inDate: 1, dueSoon: 2, overdue: 1, notAdopted: 2, evaluatedInLast12Months: 1, compliancePct: 50 });
    // The trust's approval of Complaints (2025-03-01) is recorded late too: the totals count it.
    expect(compliance.totals.recordedLate).toBe(6);
    expect(compliance.totals).toMatchObject({ openActions: 4, overdueActions: 3 });
  });

  it('computes a register for another day from the same facts', () => {
    const register = new PolicyRegisterQuery(db).schoolRegister(trustId, 'oak', '2026-03-01');
    expect(register.map((row) => [row.title, row.status, row.nextReviewDue, row.lastReviewedOn])).toEqual([
      ['Behaviour', 'in-date', '2027-01-10', null],
      ['Complaints', 'in-date', '2027-03-01', null],
      // Due by the end of Summer 2026, the term after Spring 2026: due soon.
      ['Safeguarding', 'due-soon', '2026-08-31', '2026-01-15'],
    ]);
    const safeguarding = register.find((row) => row.policyId === 'safe');
    expect(safeguarding).toMatchObject({ adoptedVersion: 1, nextReviewDueAsGiven: '2026-summer', eia: 'complete', scope: 'school' });
  });

  it('pages the audit trail by position with filters, with each event’s data from the log', async () => {
    const audit = new AuditTrailQuery(db, store);
    const first = await audit.page(trustId, { limit: 5 });
    expect(first.items).toHaveLength(5);
    expect(first.items[0].type).toBe('TermlyReportSubmitted');
    const second = await audit.page(trustId, { limit: 5, cursor: first.nextCursor as string });
    expect(BigInt(second.items[0].position)).toBeLessThan(BigInt(first.items[4].position));
    const oakSafeguarding = await audit.page(trustId, { schoolId: 'oak', policyId: 'safe', order: 'oldest' });
    expect(oakSafeguarding.items.map((i) => i.type)).toEqual(['PolicyAdopted', 'PolicyReviewed', 'EIACompleted']);
    expect(oakSafeguarding.items[0].data).toMatchObject({ schoolId: 'oak', policyId: 'safe', version: 1 });
    const logged = await store.readStream(oakSafeguarding.items[1].streamId);
    expect(oakSafeguarding.items[1].data).toEqual(logged.find((e) => String(e.position) === oakSafeguarding.items[1].position)?.data);
    expect(oakSafeguarding.nextCursor).toBeNull();
    expect((await audit.page('other-trust')).items).toEqual([]);
  });

  it('answers the audit trail in ids and names, whatever the read model stores them as', async () => {
    const audit = new AuditTrailQuery(db, store);
    const oak = await audit.page(trustId, { schoolId: 'oak', type: 'PolicyAdopted' });
    expect(oak.items.length).toBeGreaterThan(0);
    for (const item of oak.items) expect(item).toMatchObject({ schoolId: 'oak', type: 'PolicyAdopted', streamId: expect.stringMatching(/^schoolpolicy-oak\./) });
    // A school, policy or type the trail never saw matches nothing; leaving out an unknown type leaves out nothing.
    expect((await audit.page(trustId, { schoolId: 'no-such-school' })).items).toEqual([]);
    expect((await audit.page(trustId, { type: 'NoSuchEvent' })).items).toEqual([]);
    const all = await audit.page(trustId, { limit: 500 });
    expect((await audit.page(trustId, { limit: 500, excludeType: 'NoSuchEvent' })).items).toEqual(all.items);
    const located = audit.locate(trustId, oak.items[0].eventId as string);
    expect(located).toEqual({ eventId: oak.items[0].eventId, streamId: oak.items[0].streamId, revision: expect.any(Number), type: 'PolicyAdopted', schoolId: 'oak' });
    expect(audit.locate('other-trust', oak.items[0].eventId as string)).toBeUndefined();
  });
});
