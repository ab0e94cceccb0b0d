import { DueDate, resolveDueDate } from '../time/due-date';
import { LocalDate, addMonths, compareDates, isAfter } from '../time/local-date';
import { TermCalendar } from '../time/term-calendar';
import { PolicyReviewFacts, ReviewRecord } from './review-facts';

/** A date that starts a review cycle: an adoption or approval, or a review (which may set the next one). */
interface CycleStart {
  on: LocalDate;
  review: boolean;
  nextReviewDue: DueDate | null;
}

export interface NextReview {
  /** The calendar date the next review is due by. */
  dueOn: LocalDate;
  /** The explicit due date as the last review gave it ("2027-spring"), or null when it is one cycle on. */
  asGiven: DueDate | null;
  /** The date the cycle runs from: the last adoption, approval or review. */
  from: LocalDate;
}

/**
 * When the next review of a policy at a school is due (API.md): the explicit `nextReviewDue`
 * of the last review, else the last adoption or review date plus the review cycle.
 *
 * - "Last" is the latest by date among the cycle-starting facts; on the same day a review
 *   counts after an adoption or approval (it was the decision about the next review).
 * - A school-scope policy runs from the school's adoptions and reviews.
 * - A trust-scope policy runs from the trust's approvals and reviews: the trust reviews it
 *   for every school. (Whether it applies at a school at all is the status's concern.)
 * - Facts dated after `asOf`, when given, are ignored, so a past date gives the answer of that day.
 * - A term as a due date means the last day of the term in `calendar`.
 *
 * Null when nothing has started a cycle yet.
 */
export function nextReview(
  facts: PolicyReviewFacts,
  calendar: TermCalendar = TermCalendar.default,
  asOf: LocalDate | null = null,
): NextReview | null {
  const starts = cycleStarts(facts).filter((start) => asOf === null || !isAfter(start.on, asOf));
  const last = starts.reduce<CycleStart | null>(
    (latest, start) => (latest === null || !isBefore(start, latest) ? start : latest),
    null,
  );
  if (last === null) return null;
  if (last.nextReviewDue !== null) {
    return {
      dueOn: resolveDueDate(last.nextReviewDue, calendar),
      asGiven: last.nextReviewDue,
      from: last.on,
    };
  }
  return { dueOn: addMonths(last.on, facts.reviewCycleMonths), asGiven: null, from: last.on };
}

/** The date of the latest review at the level that governs the policy (trust or school), or null. */
export function lastReviewedOn(
  facts: PolicyReviewFacts,
  asOf: LocalDate | null = null,
): LocalDate | null {
  const reviews: readonly ReviewRecord[] =
    facts.scope === 'trust' ? facts.trust.reviews : facts.school.reviews;
  return reviews
    .map((r) => r.reviewedOn)
    .filter((date) => asOf === null || !isAfter(date, asOf))
    .reduce<LocalDate | null>(
      (latest, date) => (latest === null || isAfter(date, latest) ? date : latest),
      null,
    );
}

function cycleStarts(facts: PolicyReviewFacts): CycleStart[] {
  const reviews = (list: readonly ReviewRecord[]) =>
    list.map((r) => ({ on: r.reviewedOn, review: true, nextReviewDue: r.nextReviewDue }));
  if (facts.scope === 'trust') {
    return [
      ...facts.trust.approvals.map((a) => ({
        on: a.approvedOn,
        review: false,
        nextReviewDue: null,
      })),
      ...reviews(facts.trust.reviews),
    ];
  }
  return [
    ...facts.school.adoptions.map((a) => ({ on: a.adoptedOn, review: false, nextReviewDue: null })),
    ...reviews(facts.school.reviews),
  ];
}

/** Strictly earlier in the cycle order: by date, then an adoption/approval before a review of the same day. */
function isBefore(a: CycleStart, b: CycleStart): boolean {
  const byDate = compareDates(a.on, b.on);
  if (byDate !== 0) return byDate < 0;
  return !a.review && b.review;
}
