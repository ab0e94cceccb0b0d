import { PolicyScope } from '../policy/policy-values';
import { DueDate } from '../time/due-date';
import { LocalDate } from '../time/local-date';

export interface ReviewRecord {
  reviewedOn: LocalDate;
  /** The explicit next review the review set (a date, term id or month), or null. */
  nextReviewDue: DueDate | null;
}
export interface AdoptionRecord {
  version: number;
  adoptedOn: LocalDate;
}
export interface ApprovalRecord {
  version: number;
  approvedOn: LocalDate;
}

/**
 * Everything the review rules read about one policy at one school, as plain data. The shapes
 * match the deciders' states: `trust` is a folded `policy-{policyId}` stream (RegisteredPolicy
 * has `approvals` and `reviews`), `school` a folded `schoolpolicy-{schoolId}.{policyId}`
 * stream (SchoolPolicyState has `adoptions` and `reviews`). A retired policy no longer applies
 * to schools: leave it out rather than ask for its status.
 */
export interface PolicyReviewFacts {
  scope: PolicyScope;
  reviewCycleMonths: number;
  trust: { approvals: readonly ApprovalRecord[]; reviews: readonly ReviewRecord[] };
  school: { adoptions: readonly AdoptionRecord[]; reviews: readonly ReviewRecord[] };
}
