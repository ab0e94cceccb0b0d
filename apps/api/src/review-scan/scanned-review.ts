import { LocalDate, PolicyScope, ReviewStatus } from '@governance/domain';

/** A review of one policy at one school as a scan found it, with the marks it left. */
export interface ScannedReview {
  schoolId: string;
  schoolName: string;
  policyId: string;
  title: string;
  scope: PolicyScope;
  status: ReviewStatus;
  dueOn: LocalDate;
  dueAsGiven: string | null;
  /** When the scan recorded ReviewDue / ReviewOverdue for this due date (null: not (yet) marked). */
  markedDueOn: LocalDate | null;
  markedOverdueOn: LocalDate | null;
}

/** One review cycle: the trust reviews a trust-wide policy once for all its schools. */
export function reviewKeyOf(review: Pick<ScannedReview, 'scope' | 'schoolId' | 'policyId' | 'dueOn'>): string {
  return review.scope === 'trust'
    ? `trust:${review.policyId}@${review.dueOn}`
    : `school:${review.schoolId}:${review.policyId}@${review.dueOn}`;
}
