import { PolicyFacts } from '../policy/policy-facts';
import { policyDecider } from '../policy/decider';
import { schoolPolicyDecider } from '../school-policy/decider';
import { deciderSpec } from '../testing/decider-spec';
import { Approver } from '../policy/policy-values';
import { SchoolPolicyEvent } from '../school-policy/events';

/** Adoptions and trust-level approvals checked against the scheme of delegation (the handler passes `delegation`). */
const schoolSpec = deciderSpec(schoolPolicyDecider);
const ids = { schoolId: 'sch-libra', policyId: 'pol-behaviour' };
const policy: PolicyFacts = { title: 'Behaviour', scope: 'school', reviewCycleMonths: 12, versions: [1], retired: false, eiaRequired: false };
const lgbAtLibra = { expected: 'local-governing-body' as const, schoolName: 'Libra School' };
const adopt = (extra: Record<string, unknown>) => ({
  type: 'AdoptPolicy' as const,
  data: { ...ids, policy, version: 1, adoptedOn: '2026-10-01', localAmendments: null, delegation: lgbAtLibra, ...extra },
});
const adopted = (approvedBy: Approver, exception: { reason: string } | null): SchoolPolicyEvent => ({
  type: 'PolicyAdopted' as const,
  data: { ...ids, version: 1, adoptedOn: '2026-10-01', approvedBy, localAmendments: null, approvedByExpected: 'local-governing-body' as const, exception },
});

describe('AdoptPolicy under a scheme of delegation', () => {
  it('given the LGB is expected, when the headteacher is named, then it is refused', () =>
    schoolSpec.given([]).when(adopt({ approvedBy: 'headteacher' })).thenThrows('wrong-approver'));

  it('given the LGB is expected, when the LGB is named, then the adoption records the expected body', () =>
    schoolSpec.given([]).when(adopt({ approvedBy: 'local-governing-body' })).then([adopted('local-governing-body', null)]));

  it('given the LGB is expected, when the headteacher is named with an exception, then the exception is recorded', () =>
    schoolSpec
      .given([])
      .when(adopt({ approvedBy: 'headteacher', exception: { reason: ' LGB not quorate in July ' } }))
      .then([adopted('headteacher', { reason: 'LGB not quorate in July' })]));

  it('refuses an exception without a reason as bad input', () =>
    schoolSpec
      .given([])
      .when(adopt({ approvedBy: 'headteacher', exception: {} }))
      .thenRefusesInput('exception.reason', 'exception.reason is required and must be some text.'));
});

describe('ApprovePolicyVersion under a scheme of delegation', () => {
  const trustSpec = deciderSpec(policyDecider);
  const history = [
    {
      type: 'PolicyRegistered' as const,
      data: {
        policyId: 'pol-whistle', trustId: 't1', title: 'Whistleblowing', scope: 'trust' as const, reviewCycleMonths: 24, approver: 'trust-board' as const,
        statutory: true, eiaRequired: false, category: null, legislation: [], linkedPolicies: [], catalogueKey: null, appliesTo: ['secondary' as const], acknowledgementRequired: false,
      },
    },
    { type: 'PolicyVersionDrafted' as const, data: { policyId: 'pol-whistle', version: 1, summary: 'First', documentUrl: null, document: null } },
  ];
  const approve = (body: string) => ({
    type: 'ApprovePolicyVersion' as const,
    data: { policyId: 'pol-whistle', version: 1, approvedOn: '2026-10-02', body: body as 'committee', delegation: { expected: 'committee' as const } },
  });

  it('refuses the trust board when a committee is expected', () => trustSpec.given(history).when(approve('trust-board')).thenThrows('wrong-approver'));

  it('records the expected body with the approval', () =>
    trustSpec.given(history).when(approve('committee')).then([
      {
        type: 'PolicyApproved',
        data: { policyId: 'pol-whistle', version: 1, approvedOn: '2026-10-02', body: 'committee', minuteRef: null, bodyExpected: 'committee', exception: null },
      },
    ]));
});
