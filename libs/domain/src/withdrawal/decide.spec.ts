import { deciderSpec } from '../testing/decider-spec';
import { fold } from '../shared/decider';
import { NotFoundError } from '../shared/domain-error';
import { schoolPolicyDecider } from '../school-policy/decider';
import { SchoolPolicyEvent } from '../school-policy/events';
import { EiaImpacts } from '../school-policy/eia';
import { PolicyFacts } from '../policy/policy-facts';
import { policyDecider } from '../policy/decider';
import { PolicyEvent } from '../policy/events';
import { linkGovernanceDecider } from '../link-governance/decider';
import { LinkGovernanceEvent } from '../link-governance/events';
import { EntryToWithdraw, WithdrawEntry, withdrawalDecider } from './decide';
import { EntryWithdrawn } from './events';

const spec = deciderSpec(withdrawalDecider);
const visit = {
  schoolId: 'sch-1',
  governorId: 'gov-1',
  visitedOn: '2026-11-02',
  purpose: 'Safeguarding walk',
  findings: 'All well',
  policyIds: [],
  actions: [],
  loggedBy: 'gov-1',
  onBehalf: false,
};
const visitEntry: EntryToWithdraw = { eventId: 'ev-visit', type: 'LinkGovernorVisitLogged', data: visit };
const withdraw = (entry: EntryToWithdraw | null, reason: unknown = 'Logged twice'): WithdrawEntry => ({
  type: 'WithdrawEntry',
  data: { entry, eventId: entry?.eventId ?? 'ev-unknown', reason },
});
const withdrawn = (eventId: string, entryType: EntryWithdrawn['data']['entryType'], entry: object): EntryWithdrawn => ({
  type: 'EntryWithdrawn',
  data: { eventId, entryType, entry: entry as Record<string, unknown>, reason: 'Recorded by mistake' },
});

describe('withdrawing an entry recorded by mistake', () => {
  it('given a visit, when its withdrawal is asked with a reason, then EntryWithdrawn carries the entry and the reason', () => {
    spec
      .given([])
      .when(withdraw(visitEntry, '  Logged twice  '))
      .then([
        {
          type: 'EntryWithdrawn',
          data: { eventId: 'ev-visit', entryType: 'LinkGovernorVisitLogged', entry: visit, reason: 'Logged twice' },
        },
      ]);
  });

  it('given the visit already withdrawn, when it is withdrawn again, then already-withdrawn', () => {
    spec.given([withdrawn('ev-visit', 'LinkGovernorVisitLogged', visit)]).when(withdraw(visitEntry)).thenThrows('already-withdrawn');
  });

  it('given another entry withdrawn, then this one may still be withdrawn', () => {
    expect(withdrawalDecider.decide(withdraw(visitEntry), fold(withdrawalDecider, [withdrawn('ev-other', 'LinkGovernorVisitLogged', visit)]), {
      now: new Date(),
      today: '2026-11-24',
      actorId: 'x',
    })).toHaveLength(1);
  });

  it('when no reason is given, then the reason is refused as input (400)', () => {
    spec.given([]).when(withdraw(visitEntry, '   ')).thenRefusesInput('reason', 'Say why this entry is being withdrawn: the reason is shown beside it in every history.');
  });

  it('when the entry is not in the trust, then 404', () => {
    expect(() => withdrawalDecider.decide(withdraw(null), { withdrawn: [] }, { now: new Date(), today: '2026-11-24', actorId: 'x' })).toThrow(NotFoundError);
  });

  it('when the entry is a set-up fact (a role granted), then entry-not-withdrawable', () => {
    spec
      .given([])
      .when(withdraw({ eventId: 'ev-role', type: 'RoleGranted', data: {} }))
      .thenThrows('entry-not-withdrawable');
  });
});

describe('folds treat a withdrawn entry as absent', () => {
  const policy: PolicyFacts = { title: 'Behaviour', scope: 'school', reviewCycleMonths: 12, versions: [1, 2], retired: false, eiaRequired: true };
  const ids = { schoolId: 'sch-1', policyId: 'pol-1' };
  const adopted = (version: number, adoptedOn: string) =>
    ({ type: 'PolicyAdopted', data: { ...ids, version, adoptedOn, approvedBy: null, localAmendments: null } }) as const;
  const reviewed = (reviewedOn: string, nextReviewDue: string | null) =>
    ({ type: 'PolicyReviewed', data: { level: 'school', ...ids, reviewedOn, outcome: 'no-change', notes: null, nextReviewDue } }) as const;

  it('given version 2 adopted and then withdrawn, then version 1 counts again and version 2 may be adopted anew', () => {
    const events: SchoolPolicyEvent[] = [adopted(1, '2025-09-01'), adopted(2, '2026-09-01'), withdrawn('ev-2', 'PolicyAdopted', adopted(2, '2026-09-01').data)];
    const state = fold(schoolPolicyDecider, events);
    expect(state.adoptions).toEqual([{ version: 1, adoptedOn: '2025-09-01' }]);
    deciderSpec(schoolPolicyDecider)
      .given(events)
      .when({ type: 'AdoptPolicy', data: { ...ids, policy, version: 2, adoptedOn: '2026-10-01' } })
      .then([{ type: 'PolicyAdopted', data: { ...ids, version: 2, adoptedOn: '2026-10-01', approvedBy: null, localAmendments: null } }]);
  });

  it('given the only adoption withdrawn, when a review is recorded, then policy-not-adopted (the review rules ignore it)', () => {
    deciderSpec(schoolPolicyDecider)
      .given([adopted(1, '2025-09-01'), withdrawn('ev-1', 'PolicyAdopted', adopted(1, '2025-09-01').data)])
      .when({ type: 'ReviewSchoolPolicy', data: { ...ids, policy, reviewedOn: '2026-01-10', outcome: 'no-change' } })
      .thenThrows('policy-not-adopted');
  });

  it('given two reviews and the later withdrawn, then only the earlier review (and its next due) remains', () => {
    const state = fold(schoolPolicyDecider, [
      adopted(1, '2025-09-01'),
      reviewed('2025-11-01', '2026-11-01'),
      reviewed('2026-10-01', '2027-10-01'),
      withdrawn('ev-r2', 'PolicyReviewed', reviewed('2026-10-01', '2027-10-01').data),
    ]);
    expect(state.reviews).toEqual([{ reviewedOn: '2025-11-01', nextReviewDue: '2026-11-01' }]);
  });

  it('given two identical EIAs (one recorded twice) and one withdrawn, then one EIA remains', () => {
    const eia = { ...ids, version: null, completedOn: '2026-01-01', impacts: {} as EiaImpacts, fullAssessmentRequired: false, conclusion: 'ok', approvedBy: null, approvedOn: null, affects: [] };
    const state = fold(schoolPolicyDecider, [
      { type: 'EIACompleted', data: eia },
      { type: 'EIACompleted', data: eia },
      withdrawn('ev-e2', 'EIACompleted', eia),
    ]);
    expect(state.eias).toEqual([{ completedOn: '2026-01-01', fullAssessmentRequired: false }]);
  });

  it('given an evaluation withdrawn, then no evaluation remains', () => {
    const evaluation = { ...ids, evaluatedOn: '2026-02-01', checklist: [], effectivenessStatement: 'Works' };
    const state = fold(schoolPolicyDecider, [{ type: 'PolicyEvaluated', data: evaluation }, withdrawn('ev-v', 'PolicyEvaluated', evaluation)]);
    expect(state.evaluations).toEqual([]);
  });

  it('given a trust approval and a trust review withdrawn, then the policy stream forgets both', () => {
    const registered: PolicyEvent = {
      type: 'PolicyRegistered',
      data: { policyId: 'pol-1', trustId: 't', title: 'Pay', scope: 'trust', reviewCycleMonths: 12, approver: 'trust-board', statutory: true, eiaRequired: false, category: null, legislation: [], linkedPolicies: [], catalogueKey: null, appliesTo: ['secondary'], acknowledgementRequired: false },
    };
    const approval = { policyId: 'pol-1', version: 1, approvedOn: '2026-01-05', body: 'trust-board' as const, minuteRef: null };
    const review = { level: 'trust' as const, policyId: 'pol-1', reviewedOn: '2026-03-01', outcome: 'no-change' as const, notes: null, nextReviewDue: null };
    const state = fold(policyDecider, [
      registered,
      { type: 'PolicyVersionDrafted', data: { policyId: 'pol-1', version: 1, summary: 'First', documentUrl: null, document: null } },
      { type: 'PolicyApproved', data: approval },
      { type: 'PolicyReviewed', data: review },
      withdrawn('ev-a', 'PolicyApproved', approval),
      withdrawn('ev-r', 'PolicyReviewed', review),
    ]);
    expect(state.registered && { approvals: state.approvals, reviews: state.reviews }).toEqual({ approvals: [], reviews: [] });
  });

  it('given a visit logged twice and one withdrawn, then the school counts one visit', () => {
    const events: LinkGovernanceEvent[] = [
      { type: 'LinkGovernorVisitLogged', data: visit },
      { type: 'LinkGovernorVisitLogged', data: visit },
      withdrawn('ev-visit', 'LinkGovernorVisitLogged', visit),
    ];
    expect(fold(linkGovernanceDecider, events).visits).toBe(1);
  });
});

