import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@governance/event-store';
import { ALL_PROJECTIONS } from '../../all-projections';
import { rebuildProjections } from '../../rebuild';
import { MinutesInputsQuery } from './minutes-inputs.query';

/**
 * A hand-built trust for Spring 2027 (1 Jan - 31 Mar), today 2027-03-10. Two schools, four policies:
 * - Accessibility Plan (trust, 36 months): approved v1 by the trust board 2027-01-25 (TB/27/02); Oak adopted it
 *   2027-02-05 (LGB); Elm did not.
 * - Behaviour (school, 12 months, headteacher approves, no EIA needed): Oak adopted v1 2026-05-15 and reviewed it
 *   2027-02-10 with next review "2027-summer" (31 Aug: next term); Elm never adopted it.
 * - Complaints (trust, 24 months): v1 approved 2025-03-01, trust review 2027-02-20 with next review 2027-03-25
 *   (later this term); v2 drafted, not approved. Oak adopted v1; Elm did not.
 * - Safeguarding (school, 12 months, LGB): v1 and v2 drafted. Oak adopted v1 2026-02-01: due 2027-02-01, overdue
 *   37 days on 2027-03-10; its EIA (2026-02-01) asked for a full assessment. Elm adopted v2 2027-01-20.
 * - Uniform (school): retired; left out.
 * Oak: link governors Grace (Safeguarding; visited 2027-02-03 and reported) and Gita (SEND; not reported), Omar
 * assigned after the term; a visit last term; the termly report submitted twice; last term's report for comparison.
 * Evaluations: Oak's Behaviour by Helen on 2027-02-12 (one point No, one N/A) and on 2026-12-05 (last term: left out).
 */
describe('MinutesInputsQuery', () => {
  const store = new SqliteEventStore({ file: ':memory:' });
  const db = new Database(':memory:');
  const trustId = 't1';
  const names: Record<string, string> = { g1: 'Grace Hall', g2: 'Gita Rao', g3: 'Omar Lee', head: 'Helen Park', admin: 'Ruth Okafor' };
  const append = (streamId: string, type: string, data: Record<string, unknown>, occurredAt = '2027-03-01T09:00:00.000Z') =>
    store.appendToStream(
      streamId,
      [{ id: randomUUID(), type, data, metadata: { trustId, actorId: 'admin', actorRole: 'trust-admin', occurredAt } }],
      { expectedRevision: 'any' },
    );
  const policy = (policyId: string, title: string, scope: string, reviewCycleMonths: number, approver: string, eiaRequired = true) =>
    append(`policy-${policyId}`, 'PolicyRegistered', {
      policyId, trustId, title, scope, reviewCycleMonths, approver, statutory: true, eiaRequired,
      category: null, legislation: [], linkedPolicies: [], catalogueKey: null,
    });
  const draft = (policyId: string, version: number, summary: string) =>
    append(`policy-${policyId}`, 'PolicyVersionDrafted', { policyId, version, summary, documentUrl: null });
  const adopt = (schoolId: string, policyId: string, version: number, adoptedOn: string, approvedBy: string | null = null) =>
    append(`schoolpolicy-${schoolId}.${policyId}`, 'PolicyAdopted', { schoolId, policyId, version, adoptedOn, approvedBy, localAmendments: null });
  const assign = (personId: string, area: string, assignedOn: string) =>
    append('linkgov-oak', 'LinkGovernorAssigned', { schoolId: 'oak', personId, area, policyIds: [], assignedOn });
  const termly = (term: string, submission: number, summary: string, incidents: Record<string, number>, training: string[]) =>
    append(`termly-oak.${term}`, 'TermlyReportSubmitted', {
      schoolId: 'oak', term, submission, supersedes: submission > 1 ? submission - 1 : null, summary, incidents, training, submittedBy: 'head',
    }, '2027-03-08T16:00:00.000Z');

  beforeAll(async () => {
    await append('trust-t1', 'TrustRegistered', { trustId, name: 'Oakwood Learning Trust' });
    await append('trust-t1', 'SchoolAdded', { schoolId: 'oak', name: 'Oak Primary', urn: '100001' });
    await append('trust-t1', 'SchoolAdded', { schoolId: 'elm', name: 'Elm Academy' });
    await policy('acc', 'Accessibility Plan', 'trust', 36, 'trust-board');
    await policy('beh', 'Behaviour', 'school', 12, 'headteacher', false);
    await policy('comp', 'Complaints', 'trust', 24, 'trust-board');
    await policy('safe', 'Safeguarding', 'school', 12, 'local-governing-body');
    await policy('uni', 'Uniform', 'school', 12, 'headteacher');
    await draft('acc', 1, 'First plan');
    await draft('beh', 1, 'Behaviour v1');
    await draft('comp', 1, 'Complaints v1');
    await draft('comp', 2, 'Adds the DfE 2026 timescales');
    await draft('safe', 1, 'KCSIE 2025');
    await draft('safe', 2, 'KCSIE 2026 changes');
    await draft('uni', 1, 'Uniform v1');
    await append('policy-uni', 'PolicyRetired', { policyId: 'uni', retiredOn: '2026-12-01', reason: null });
    await append('policy-comp', 'PolicyApproved', { policyId: 'comp', version: 1, approvedOn: '2025-03-01', body: 'trust-board', minuteRef: 'TB/25/3' });
    await append('policy-acc', 'PolicyApproved', { policyId: 'acc', version: 1, approvedOn: '2027-01-25', body: 'trust-board', minuteRef: 'TB/27/02' });
    await append('policy-comp', 'PolicyReviewed', {
      level: 'trust', policyId: 'comp', reviewedOn: '2027-02-20', outcome: 'amended', notes: 'New timescales', nextReviewDue: '2027-03-25',
    });
    await adopt('oak', 'acc', 1, '2027-02-05', 'local-governing-body');
    await adopt('oak', 'beh', 1, '2026-05-15');
    await append('schoolpolicy-oak.beh', 'PolicyReviewed', {
      level: 'school', schoolId: 'oak', policyId: 'beh', reviewedOn: '2027-02-10', outcome: 'no-change', notes: 'Checked against the DfE guidance', nextReviewDue: '2027-summer',
    });
    await adopt('oak', 'comp', 1, '2025-04-01');
    await adopt('oak', 'safe', 1, '2026-02-01');
    await append('schoolpolicy-oak.safe', 'EIACompleted', {
      schoolId: 'oak', policyId: 'safe', version: 1, completedOn: '2026-02-01', impacts: {}, fullAssessmentRequired: true,
      conclusion: 'Needs a full assessment', approvedBy: null, approvedOn: null, affects: [],
    });
    await adopt('elm', 'safe', 2, '2027-01-20', 'local-governing-body');
    await assign('g1', 'Safeguarding', '2026-09-01');
    await assign('g2', 'SEND', '2026-09-01');
    await assign('g3', 'Online safety', '2027-04-02');
    await append('linkgov-oak', 'LinkGovernorVisitLogged', {
      schoolId: 'oak', governorId: 'g1', visitedOn: '2026-12-01', purpose: 'Last term', findings: 'x', policyIds: [], actions: [], loggedBy: 'g1', onBehalf: false,
    });
    await append('linkgov-oak', 'LinkGovernorVisitLogged', {
      schoolId: 'oak', governorId: 'g1', visitedOn: '2027-02-03', purpose: 'Met the DSL', findings: 'Records are up to date',
      policyIds: ['safe'], actions: ['Update the visitor leaflet'], loggedBy: 'g1', onBehalf: false,
    });
    await append('linkgov-oak', 'LinkGovernorReported', {
      schoolId: 'oak', governorId: 'g1', term: '2027-spring', summary: 'Safeguarding is effective', policyIds: ['safe'],
      recommendations: 'Refresh training for new staff', reportedBy: 'g1', onBehalf: false,
    });
    const evaluate = (evaluatedOn: string, checklist: object[], effectivenessStatement: string) =>
      store.appendToStream(
        'schoolpolicy-oak.beh',
        [{ id: randomUUID(), type: 'PolicyEvaluated', data: { schoolId: 'oak', policyId: 'beh', evaluatedOn, checklist, effectivenessStatement }, metadata: { trustId, actorId: 'head', actorRole: 'headteacher' } }],
        { expectedRevision: 'any' },
      );
    await evaluate('2026-12-05', [{ point: 'Policy annually reviewed', answer: 'yes', evidence: null }], 'Last term');
    await evaluate(
      '2027-02-12',
      [
        { point: 'Policy annually reviewed', answer: 'yes', evidence: null },
        { point: 'Funding in place', answer: 'no', evidence: 'No budget line until April' },
        { point: 'Local community aware of this policy', answer: 'n/a', evidence: null },
      ],
      'It is effective and suitable for purpose',
    );
    await termly('2026-autumn', 1, 'Autumn', { 'e-safety': 5, 'allegations-about-staff': 1 }, []);
    await termly('2027-spring', 1, 'Draft', {}, []);
    await termly('2027-spring', 2, 'A calm term', { 'e-safety': 3, 'prejudice-related': 1, 'lunchtime fights': 2 }, ['Prevent refresher']);
    await rebuildProjections(store, db, ALL_PROJECTIONS);
  });
  afterAll(async () => {
    db.close();
    await store.close();
  });

  const query = () => new MinutesInputsQuery(db);
  const build = (schoolId?: string, term = '2027-spring' as const, today = '2027-03-10') =>
    query().build({ trustId, term, schoolId, today, nameOf: (id) => names[id] ?? id });
  const trustBoard = () => build()!;
  const oak = () => trustBoard().schools.find((s) => s.school.id === 'oak')!;
  const elm = () => trustBoard().schools.find((s) => s.school.id === 'elm')!;

  it('names the trust, the body, the term and its neighbours, and assesses on today', () => {
    const pack = trustBoard();
    expect(pack).toMatchObject({
      trust: { id: 't1', name: 'Oakwood Learning Trust' },
      body: 'trust-board',
      term: { id: '2027-spring', label: 'Spring 2027', startsOn: '2027-01-01', endsOn: '2027-03-31' },
      previousTerm: { id: '2026-autumn' },
      nextTerm: { id: '2027-summer', startsOn: '2027-04-01', endsOn: '2027-08-31' },
      asOf: '2027-03-10',
      generatedOn: '2027-03-10',
    });
    expect(pack.schools.map((s) => s.school)).toEqual([
      { id: 'elm', name: 'Elm Academy', urn: null },
      { id: 'oak', name: 'Oak Primary', urn: '100001' },
    ]);
  });

  it('lists the approvals, adoptions and reviews dated in the term, with who approved and the minute reference', () => {
    expect(trustBoard().trustLevel!.policyActions).toEqual([
      expect.objectContaining({ title: 'Accessibility Plan', action: 'approved', on: '2027-01-25', version: 1, approvedBy: 'trust-board', minuteRef: 'TB/27/02', recordedBy: { id: 'admin', name: 'Ruth Okafor' } }),
      expect.objectContaining({ title: 'Complaints', level: 'trust', action: 'reviewed', on: '2027-02-20', outcome: 'amended', nextReviewDue: '2027-03-25', notes: 'New timescales' }),
    ]);
    expect(oak().policyActions.map((a) => [a.title, a.action, a.on, a.approvedBy])).toEqual([
      ['Accessibility Plan', 'adopted', '2027-02-05', 'local-governing-body'],
      ['Behaviour', 'reviewed', '2027-02-10', null],
    ]);
    expect(elm().policyActions.map((a) => [a.title, a.action, a.version])).toEqual([['Safeguarding', 'adopted', 2]]);
  });

  it('lists reviews due this term and next, and overdue ones with how long', () => {
    expect(oak().reviewsDue).toEqual([
      { policyId: 'comp', title: 'Complaints', status: 'due-soon', nextReviewDue: '2027-03-25', nextReviewDueAsGiven: '2027-03-25', lastReviewedOn: '2027-02-20', dueIn: 'this-term' },
      { policyId: 'beh', title: 'Behaviour', status: 'due-soon', nextReviewDue: '2027-08-31', nextReviewDueAsGiven: '2027-summer', lastReviewedOn: '2027-02-10', dueIn: 'next-term' },
    ]);
    expect(oak().overdue).toEqual([
      { policyId: 'safe', title: 'Safeguarding', nextReviewDue: '2027-02-01', lastReviewedOn: null, daysOverdue: 37, overdueFor: '1 month' },
    ]);
    expect(elm().reviewsDue).toEqual([]);
    expect(elm().overdue).toEqual([]);
  });

  it('lists EIAs missing or requiring a full assessment', () => {
    expect(oak().eias).toEqual([
      { policyId: 'acc', title: 'Accessibility Plan', eia: 'missing', lastEiaOn: null, adopted: true },
      { policyId: 'comp', title: 'Complaints', eia: 'missing', lastEiaOn: null, adopted: true },
      { policyId: 'safe', title: 'Safeguarding', eia: 'full-assessment-required', lastEiaOn: '2026-02-01', adopted: true },
    ]);
    expect(elm().eias.map((e) => [e.title, e.eia, e.adopted])).toEqual([
      ['Accessibility Plan', 'missing', false],
      ['Complaints', 'missing', false],
      ['Safeguarding', 'missing', true],
    ]);
  });

  it("lists the term's policy evaluations with the statement of effectiveness, the checklist counted and the points answered No", () => {
    expect(oak().evaluations).toEqual([
      {
        policyId: 'beh',
        title: 'Behaviour',
        evaluatedOn: '2027-02-12',
        evaluatedBy: { id: 'head', name: 'Helen Park' },
        effectivenessStatement: 'It is effective and suitable for purpose',
        answers: { yes: 1, no: 1, notApplicable: 1 },
        answeredNo: [{ point: 'Funding in place', evidence: 'No budget line until April' }],
      },
    ]);
    expect(elm().evaluations).toEqual([]);
  });

  it("gives the term's visits and reports, and the link governors who have not reported", () => {
    expect(oak().linkGovernance).toEqual({
      visits: [
        {
          governor: { id: 'g1', name: 'Grace Hall' }, visitedOn: '2027-02-03', purpose: 'Met the DSL', findings: 'Records are up to date',
          policies: ['Safeguarding'], actions: ['Update the visitor leaflet'],
        },
      ],
      reports: [
        {
          governor: { id: 'g1', name: 'Grace Hall' }, reportedOn: '2027-03-01', summary: 'Safeguarding is effective',
          recommendations: 'Refresh training for new staff', policies: ['Safeguarding'],
        },
      ],
      // Omar was assigned after the term ended.
      notReported: [{ governor: { id: 'g2', name: 'Gita Rao' }, areas: ['SEND'] }],
    });
    expect(elm().linkGovernance).toEqual({ visits: [], reports: [], notReported: [] });
  });

  it("gives the headteacher's latest report with incidents beside last term's, or none", () => {
    expect(oak().termlyReport).toEqual({
      submission: 2,
      submittedOn: '2027-03-08',
      submittedBy: { id: 'head', name: 'Helen Park' },
      summary: 'A calm term',
      incidents: [
        { category: 'allegations-about-staff', label: 'Allegations made about school staff', thisTerm: null, previousTerm: 1 },
        { category: 'prejudice-related', label: 'Prejudice related incidents', thisTerm: 1, previousTerm: null },
        { category: 'e-safety', label: 'e-Safety incidents', thisTerm: 3, previousTerm: 5 },
        { category: 'lunchtime fights', label: 'lunchtime fights', thisTerm: 2, previousTerm: null },
      ],
      training: ['Prevent refresher'],
      previousTermSubmitted: true,
    });
    expect(elm().termlyReport).toBeNull();
  });

  it('drafts resolutions for versions awaiting approval or adoption, worded for the body meeting', () => {
    expect(trustBoard().trustLevel!.decisions).toEqual([
      {
        policyId: 'comp', title: 'Complaints', level: 'trust', action: 'approve', version: 2, versionSummary: 'Adds the DfE 2026 timescales',
        approver: 'trust-board', forThisBody: true, resolution: 'That the trust board approves version 2 of “Complaints”.',
      },
    ]);
    expect(oak().decisions.map((d) => d.resolution)).toEqual([
      'That the trust board notes that version 2 of “Safeguarding” awaits adoption by the local governing body.',
    ]);
    expect(elm().decisions.map((d) => [d.title, d.version, d.approver])).toEqual([
      ['Accessibility Plan', 1, 'local-governing-body'],
      ['Behaviour', 1, 'headteacher'],
      ['Complaints', 1, 'local-governing-body'],
    ]);
    const oakPack = build('oak')!;
    expect(oakPack.schools[0].decisions).toEqual([
      expect.objectContaining({ version: 2, versionSummary: 'KCSIE 2026 changes', forThisBody: true, resolution: 'That the local governing body adopts version 2 of “Safeguarding”.' }),
    ]);
    expect(build('elm')!.schools[0].decisions.map((d) => d.resolution)).toEqual([
      'That the local governing body adopts version 1 of “Accessibility Plan”, as approved by the trust.',
      'That the local governing body notes that version 1 of “Behaviour” awaits adoption by the headteacher.',
      'That the local governing body adopts version 1 of “Complaints”, as approved by the trust.',
    ]);
  });

  it('puts one row per academy in the trust board table', () => {
    expect(trustBoard().overview).toEqual([
      {
        schoolId: 'elm', name: 'Elm Academy', policies: 4, inDate: 1, dueSoon: 0, overdue: 0, notAdopted: 3, neverReviewed: 0,
        eiaMissing: 3, eiaFullAssessment: 0, compliancePct: 25, actionsThisTerm: 1, evaluations: 0, reviewsDue: 0, visits: 0,
        linkGovernorReports: 0, linkGovernorsNotReported: 0, termlyReportSubmitted: false, decisions: 3,
      },
      {
        schoolId: 'oak', name: 'Oak Primary', policies: 4, inDate: 1, dueSoon: 2, overdue: 1, notAdopted: 0, neverReviewed: 0,
        eiaMissing: 2, eiaFullAssessment: 1, compliancePct: 75, actionsThisTerm: 2, evaluations: 1, reviewsDue: 2, visits: 1,
        linkGovernorReports: 1, linkGovernorsNotReported: 1, termlyReportSubmitted: true, decisions: 1,
      },
    ]);
  });

  it("gives a school's pack only that school, without the trust board's table", () => {
    const pack = build('oak')!;
    expect(pack.body).toBe('local-governing-body');
    expect(pack.overview).toBeNull();
    expect(pack.trustLevel).toBeNull();
    expect(pack.schools.map((s) => s.school.id)).toEqual(['oak']);
    expect(pack.schools[0].overdue).toEqual(oak().overdue);
  });

  it('assesses a past term on its last day, and knows nothing of unknown trusts or schools', () => {
    const autumn = build(undefined, '2026-autumn' as never)!;
    expect(autumn.asOf).toBe('2026-12-31');
    const oakAutumn = autumn.schools.find((s) => s.school.id === 'oak')!;
    expect(oakAutumn.linkGovernance.visits.map((v) => v.purpose)).toEqual(['Last term']);
    expect(oakAutumn.termlyReport).toMatchObject({ summary: 'Autumn', previousTermSubmitted: false });
    expect(oakAutumn.policyActions).toEqual([]);
    expect(query().build({ trustId: 'nope', term: '2027-spring', today: '2027-03-10' })).toBeUndefined();
    expect(build('nope')).toBeUndefined();
  });
});
