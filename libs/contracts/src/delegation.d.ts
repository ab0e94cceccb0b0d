import type { Approver } from './vocabulary';

// The trust's scheme of delegation: which body approves which policy.

/** One rule: the body, narrowed by policy, category and/or school (at least one). */
export interface DelegationRuleBody {
  approver: Approver;
  policyId?: string | null;
  category?: string | null;
  schoolId?: string | null;
}

/** PUT /api/trusts/{trustId}/scheme-of-delegation: replaces the whole scheme (an empty list clears it). */
export interface SchemeOfDelegationRequest {
  rules: DelegationRuleBody[];
}

/** GET /api/trusts/{trustId}/scheme-of-delegation, and the answer to the PUT. */
export interface SchemeOfDelegationView {
  rules: { approver: Approver; policyId: string | null; category: string | null; schoolId: string | null }[];
  /** Log position of the write (PUT only). */
  position?: string;
}

/** Sent with an adoption or approval by another body than the scheme gives, on purpose. */
export interface ApproverExceptionBody {
  reason: string;
}
