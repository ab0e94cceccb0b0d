import { LocalDate, isAfter, overdueBy } from '@governance/domain';
import type { RegisterRow } from '../policy-register.query';
import type { DueReview, EiaAttention, OverdueReview, TermInfo } from './types';

/**
 * Reviews not yet overdue on `asOf` that fall due by the end of next term: the ones the
 * meeting should plan for. Each says whether it falls in this term or the next.
 */
export function reviewsDue(register: readonly RegisterRow[], term: TermInfo, next: TermInfo): DueReview[] {
  return register
    .filter((row) => (row.status === 'due-soon' || row.status === 'in-date') && row.nextReviewDue !== null)
    .filter((row) => !isAfter(row.nextReviewDue as LocalDate, next.endsOn))
    .map((row) => ({
      policyId: row.policyId,
      title: row.title,
      status: row.status,
      nextReviewDue: row.nextReviewDue as LocalDate,
      nextReviewDueAsGiven: row.nextReviewDueAsGiven,
      lastReviewedOn: row.lastReviewedOn,
      dueIn: isAfter(row.nextReviewDue as LocalDate, term.endsOn) ? ('next-term' as const) : ('this-term' as const),
    }))
    .sort((a, b) => a.nextReviewDue.localeCompare(b.nextReviewDue) || a.title.localeCompare(b.title));
}

/** Reviews overdue on `asOf`, longest overdue first, with how long. */
export function overdueReviews(register: readonly RegisterRow[], asOf: LocalDate): OverdueReview[] {
  return register
    .filter((row) => row.status === 'overdue' && row.nextReviewDue !== null)
    .map((row) => {
      const by = overdueBy(row.nextReviewDue as LocalDate, asOf);
      return {
        policyId: row.policyId,
        title: row.title,
        nextReviewDue: row.nextReviewDue as LocalDate,
        lastReviewedOn: row.lastReviewedOn,
        daysOverdue: by.days,
        overdueFor: by.text,
      };
    })
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.title.localeCompare(b.title));
}

/** Policies whose EIA is missing, out of date (for an earlier version) or concluded that a full assessment is needed. */
export function eiasNeedingAttention(
  register: readonly RegisterRow[],
  lastEiaOn: (policyId: string) => LocalDate | null,
): EiaAttention[] {
  return register.flatMap((row) =>
    row.eia === 'missing' || row.eia === 'out-of-date' || row.eia === 'full-assessment-required'
      ? [
          {
            policyId: row.policyId,
            title: row.title,
            eia: row.eia,
            lastEiaOn: lastEiaOn(row.policyId),
            adopted: row.adoptedVersion !== null,
          },
        ]
      : [],
  );
}
