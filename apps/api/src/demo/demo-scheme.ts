import type { Approver, DelegationRule } from '@governance/domain';

/**
 * The demo trust's scheme of delegation: at each academy the local governing body ratifies
 * the trust's policies, except those the headteacher or a committee approves.
 */
export function demoScheme(schoolIds: readonly string[], policies: readonly { id: string; approver: Approver }[]): DelegationRule[] {
  return [
    ...schoolIds.map((schoolId) => ({ approver: 'local-governing-body' as const, policyId: null, category: null, schoolId })),
    ...policies
      .filter((policy) => policy.approver !== 'trust-board')
      .map((policy) => ({ approver: policy.approver, policyId: policy.id, category: null, schoolId: null })),
  ];
}

/** The one adoption the demo records by another body, on purpose: flagged on the register, but counted. */
export const DEMO_APPROVER_EXCEPTION = {
  schoolIndex: 1,
  approvedBy: 'headteacher' as const,
  reason: 'The local governing body was not quorate in its summer meeting; the headteacher adopted it so that it was in force for September, and the LGB will ratify it at its next meeting.',
};

/** The trust board approved its scheme of delegation this many months before today; adoptions before it were not checked. */
export const DEMO_SCHEME_MONTHS_AGO = 19;

/**
 * The one adoption recorded before the trust had a scheme, by a body today's scheme does not
 * give and without an exception: the dashboard's one wrong approver (not compliant).
 */
export const DEMO_APPROVER_BEFORE_SCHEME = {
  schoolIndex: 2,
  policyKey: 'accessibility-plan',
  approvedBy: 'headteacher' as const,
};
