import { LocalDate, addDays, isAfter, latestDate } from '../time/local-date';
import { nextTerm } from '../time/term';
import { TermCalendar } from '../time/term-calendar';
import { DueDate } from '../time/due-date';
import { nextReview, lastReviewedOn } from './next-review';
import { PolicyReviewFacts } from './review-facts';

export const reviewStatuses = [
  'in-date',
  'due-soon',
  'overdue',
  'not-adopted',
  'never-reviewed',
] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

/** A review is also due soon when it is due within this many days, whatever the terms. */
export const DUE_SOON_DAYS = 60;

export interface ReviewAssessment {
  status: ReviewStatus;
  /** The highest version the school has adopted, or null. */
  adoptedVersion: number | null;
  lastReviewedOn: LocalDate | null;
  /** The date the next review is due by, or null when no cycle has started. */
  nextReviewDue: LocalDate | null;
  /** The explicit due date as given by the last review ("2027-spring"), or null. */
  nextReviewDueAsGiven: DueDate | null;
}

/**
 * The status of a policy at a school on `asOf` (API.md's register row), decided in this order:
 *
 * 1. `not-adopted`: the school has adopted no version (by `asOf`). This holds for both scopes:
 *    a trust-scope policy follows the trust's reviews but counts as not adopted at a school
 *    until the school adopts a version.
 * 2. `never-reviewed`: adopted, but nothing has started a review cycle, so no review can be
 *    due. This happens to a trust-scope policy that the trust has neither approved nor
 *    reviewed. (A school-scope policy's cycle starts at its adoption: freshly adopted is in date.)
 * 3. `overdue`: `asOf` is after the due date (on the due date itself it is still due soon).
 * 4. `due-soon`: due within the current or next term of `asOf` (by the last day of the next
 *    term in `calendar`), or within 60 days of `asOf`.
 * 5. `in-date`: otherwise.
 *
 * Facts dated after `asOf` are ignored, so a past `asOf` gives the status of that day.
 */
export function assessReview(
  facts: PolicyReviewFacts,
  asOf: LocalDate,
  calendar: TermCalendar = TermCalendar.default,
): ReviewAssessment {
  const adoptions = facts.school.adoptions.filter((a) => !isAfter(a.adoptedOn, asOf));
  const adoptedVersion =
    adoptions.length === 0 ? null : Math.max(...adoptions.map((a) => a.version));
  const next = nextReview(facts, calendar, asOf);
  const base = {
    adoptedVersion,
    lastReviewedOn: lastReviewedOn(facts, asOf),
    nextReviewDue: next?.dueOn ?? null,
    nextReviewDueAsGiven: next?.asGiven ?? null,
  };
  if (adoptedVersion === null) return { status: 'not-adopted', ...base };
  if (next === null) return { status: 'never-reviewed', ...base };
  if (isAfter(asOf, next.dueOn)) return { status: 'overdue', ...base };
  if (!isAfter(next.dueOn, dueSoonUntil(asOf, calendar))) return { status: 'due-soon', ...base };
  return { status: 'in-date', ...base };
}

/** Just the status of `assessReview`. */
export function reviewStatus(
  facts: PolicyReviewFacts,
  asOf: LocalDate,
  calendar: TermCalendar = TermCalendar.default,
): ReviewStatus {
  return assessReview(facts, asOf, calendar).status;
}

/**
 * The last due date that counts as "due soon" on `asOf`: the end of the term after the
 * current one, or 60 days on, whichever is later.
 */
export function dueSoonUntil(
  asOf: LocalDate,
  calendar: TermCalendar = TermCalendar.default,
): LocalDate {
  const endOfNextTerm = calendar.endOf(nextTerm(calendar.termOf(asOf)));
  return latestDate([endOfNextTerm, addDays(asOf, DUE_SOON_DAYS)]) as LocalDate;
}
