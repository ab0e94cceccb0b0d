import { PolicyState } from '../policy/events';
import { TrustState, activeSchool } from '../trust/trust-state';
import { DelegationCheck, expectedApprover } from './scheme';

/**
 * The body expected to approve `policy` at `schoolId` (null: a trust-level approval), or null
 * when the trust has set no scheme of delegation: then no body is checked, since the policy's
 * own approver alone is a default rather than the trust's decision per academy.
 */
export function delegationCheckFor(
  trust: TrustState,
  policy: PolicyState,
  schoolId: string | null,
): DelegationCheck | null {
  if (!trust.exists || trust.delegation === null || !policy.registered) return null;
  const expected = expectedApprover(trust.delegation, {
    policyId: policy.policyId,
    category: policy.category ?? null,
    schoolId,
    policyApprover: policy.approver,
  });
  const schoolName = schoolId === null ? null : (activeSchool(trust, schoolId)?.name ?? null);
  return { expected, schoolName };
}
