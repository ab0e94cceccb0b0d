import { DomainError } from '../shared/domain-error';
import { DueDate, dueDateKind, resolveDueDate } from '../time/due-date';
import { LocalDate, isAfter } from '../time/local-date';

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
