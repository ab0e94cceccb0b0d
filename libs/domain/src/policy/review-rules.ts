import { optionalText, requireChoice, requireRecordDate } from '../input';
import { DomainError } from '../shared/domain-error';
import { DueDate, dueDateKind, optionalDueDate, resolveDueDate } from '../time/due-date';
import { LocalDate, isAfter } from '../time/local-date';
import { ReviewOutcome, reviewOutcomes } from './policy-values';

/** What a review says, read the same way at trust and at school level. */
export interface ReviewInput {
  reviewedOn: LocalDate;
  outcome: ReviewOutcome;
  notes: string | null;
  nextReviewDue: DueDate | null;
}

/** Parses a review's four fields (each refusal names its field, as every input does). */
export function readReviewInput(data: {
  reviewedOn?: unknown;
  outcome?: unknown;
  notes?: unknown;
  nextReviewDue?: unknown;
}): ReviewInput {
  return {
    reviewedOn: requireRecordDate(data.reviewedOn, 'reviewedOn'),
    outcome: requireChoice(data.outcome, reviewOutcomes, 'outcome'),
    notes: optionalText(data.notes, 'notes'),
    nextReviewDue: optionalDueDate(data.nextReviewDue, 'nextReviewDue'),
  };
}

/**
 * A review's explicit next review must come after the review itself. A term is checked by
 * its default last day (the trust's own term dates are not known here; they move a term's
 * end by days, not by a term). Code `next-review-not-after-review`, HTTP 422.
 */
export function refuseNextReviewNotAfter(
  reviewedOn: LocalDate,
  nextReviewDue: DueDate | null,
): void {
  if (nextReviewDue === null) return;
  const dueOn = resolveDueDate(nextReviewDue);
  if (!isAfter(dueOn, reviewedOn)) {
    const given =
      dueDateKind(nextReviewDue) === 'date' ? dueOn : `${nextReviewDue}, that is by ${dueOn}`;
    throw new DomainError(
      'next-review-not-after-review',
      `The next review (${given}) must come after this review (${reviewedOn}).`,
      { reviewedOn, nextReviewDue },
    );
  }
}
