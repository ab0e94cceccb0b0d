import type { Approver, EiaStatus, ReviewStatus } from './vocabulary';

/** One row of a school's (or the trust's) policy register. */
export interface RegisterRow {
  policyId: string;
  title: string;
  scope: 'trust' | 'school';
  status: ReviewStatus;
  adoptedVersion: number | null;
  currentVersion: number | null;
  lastReviewedOn: string | null;
  nextReviewDue: string | null;
  /** The next review as the last review gave it: a date, a term id or a month. */
  nextReviewDueAsGiven: string | null;
  eia: EiaStatus;
  category: string | null;
  statutory: boolean;
  approver: Approver;
  reviewCycleMonths: number;
  lastEvaluatedOn: string | null;
}
