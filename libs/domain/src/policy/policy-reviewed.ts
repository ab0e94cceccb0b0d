import { DomainEvent } from '../shared/decider';
import { DueDate } from '../time/due-date';
import { LocalDate } from '../time/local-date';
import { ReviewRecord } from '../review-status/review-facts';
import { ReviewOutcome } from './policy-values';
import { withoutOne } from '../withdrawal/without-one';

/** Who reviewed: the trust (stream `policy-{policyId}`) or one school (`schoolpolicy-{schoolId}.{policyId}`). */
export type ReviewLevel = 'trust' | 'school';

type ReviewFields = {
  policyId: string;
  reviewedOn: LocalDate;
  outcome: ReviewOutcome;
  notes: string | null;
  /** As given: a date, a term id (`2027-spring`) or a month (`2027-03`); null means "one cycle on". */
  nextReviewDue: DueDate | null;
  /** The meeting that reviewed it and the minute reference; absent when recorded directly. */
  meetingId?: string;
  minuteRef?: string;
};

/**
 * The one `PolicyReviewed` fact, stored in both policy streams: `level` says whose review it
 * is, and a school's review also names the school.
 */
export type PolicyReviewedData =
  | ({ level: 'trust' } & ReviewFields)
  | ({ level: 'school'; schoolId: string } & ReviewFields);

/** `PolicyReviewed<'trust'>` is what the policy stream holds, `PolicyReviewed<'school'>` a school's. */
export type PolicyReviewed<Level extends ReviewLevel = ReviewLevel> = DomainEvent<
  'PolicyReviewed',
  Extract<PolicyReviewedData, { level: Level }>
>;

/** The reviews so far, with this one added (both evolvers keep them the same way). */
export function withReview(reviews: readonly ReviewRecord[], { data }: PolicyReviewed): ReviewRecord[] {
  return [...reviews, reviewRecordOf(data)];
}

/** The reviews without one withdrawn review (the one `withReview` added for it). */
export function withoutReview(reviews: readonly ReviewRecord[], data: PolicyReviewedData): ReviewRecord[] {
  return withoutOne(reviews, reviewRecordOf(data));
}

function reviewRecordOf(data: PolicyReviewedData): ReviewRecord {
  return { reviewedOn: data.reviewedOn, nextReviewDue: data.nextReviewDue ?? null };
}
