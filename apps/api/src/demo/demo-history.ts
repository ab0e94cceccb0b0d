import { addDays, addMonths, CatalogueEntry, defaultTermOf, LocalDate, previousTerm, TermId } from '@governance/domain';

/*
 * The dates of the demo's history, relative to "today" so the demo always looks like a real
 * trust: most policies in date, a few due soon, a few overdue, one or two never adopted.
 */

export type DemoOutcome = 'in-date' | 'due-soon' | 'overdue' | 'not-adopted';

/** A spread that looks like a real trust; the same school and policy always get the same outcome. */
export function demoOutcome(schoolIndex: number, policyIndex: number): DemoOutcome {
  const slot = (schoolIndex * 7 + policyIndex * 3) % 20;
  if (slot < 2) return 'overdue';
  if (slot < 4) return 'due-soon';
  if (slot === 4 && schoolIndex > 0) return 'not-adopted';
  return 'in-date';
}

export interface SchoolPolicyHistory {
  adoptedOn: LocalDate;
  reviews: { reviewedOn: LocalDate; nextReviewDue: string | null; outcome: 'no-change' | 'amended' }[];
  eia: { completedOn: LocalDate; fullAssessmentRequired: boolean } | null;
}

/** When a school adopted and reviewed a policy, so that today it has the given outcome. */
export function schoolPolicyHistory(today: LocalDate, entry: CatalogueEntry, outcome: Exclude<DemoOutcome, 'not-adopted'>, variant: number): SchoolPolicyHistory {
  const cycle = entry.reviewCycleMonths;
  // The last review sits where today's outcome puts the next one.
  const lastReview =
    outcome === 'overdue'
      ? addMonths(today, -(cycle + 2 + (variant % 5)))
      : outcome === 'due-soon'
        ? addDays(addMonths(today, -cycle), 20 + (variant % 20))
        : addMonths(today, -Math.min(cycle - 3, 3 + (variant % 6)));
  const adoptedOn = addMonths(lastReview, -(Math.min(cycle, 12) + 1));
  const earlier = addMonths(lastReview, -cycle);
  const reviews = [
    ...(earlier > adoptedOn ? [{ reviewedOn: earlier, nextReviewDue: null, outcome: 'no-change' as const }] : []),
    {
      reviewedOn: lastReview,
      // Some reviews name the next one as a term, as the sample policies do.
      nextReviewDue: outcome === 'in-date' && variant % 4 === 1 ? termOfNextReview(lastReview, cycle) : null,
      outcome: variant % 3 === 0 ? ('amended' as const) : ('no-change' as const),
    },
  ];
  const eia = !entry.eiaRequired || variant % 6 === 5 ? null : { completedOn: lastReview, fullAssessmentRequired: variant % 11 === 7 };
  return { adoptedOn, reviews, eia };
}

/** Terms with governance activity: the three before the current one, and the current one. */
export function demoTerms(today: LocalDate): { past: TermId[]; current: TermId } {
  const current = defaultTermOf(today);
  const one = previousTerm(current);
  const two = previousTerm(one);
  return { past: [previousTerm(two), two, one], current };
}

/** The term a review falls due in, as schools often write the next review ("Summer 2027"). */
export function termOfNextReview(reviewedOn: LocalDate, cycleMonths: number): TermId {
  return defaultTermOf(addMonths(reviewedOn, cycleMonths));
}

/**
 * The one entry the demo records late on purpose: at the first academy, the most recent review
 * of the first school policy in date is written down nine weeks after the date it states. The
 * dashboard counts it (recordedLate 1), its history says "recorded 2 months later", and knownAt
 * before it was written down shows the policy overdue.
 */
export const DEMO_LATE_REVIEW = { schoolIndex: 0, daysLate: 63 } as const;
