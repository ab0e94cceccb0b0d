import { withoutOne, WithdrawableEntryType } from '@governance/domain';

type Facts = Record<string, unknown[]>;

/**
 * The register's facts without the one a withdrawn entry added: the same fact the projection
 * wrote for that event (an adoption, review, EIA or approval), removed once. Equal facts are
 * interchangeable, so removing either of two identical ones leaves the same register.
 */
export function withoutFact(facts: Facts, entryType: WithdrawableEntryType, entry: Record<string, unknown>): Facts {
  const take = (list: string, fact: Record<string, unknown>): Facts => ({ ...facts, [list]: withoutOne(facts[list] ?? [], fact) });
  switch (entryType) {
    case 'PolicyAdopted':
      return take('adoptions', { version: entry.version, adoptedOn: entry.adoptedOn });
    case 'PolicyReviewed':
      return take('reviews', { reviewedOn: entry.reviewedOn, nextReviewDue: entry.nextReviewDue ?? null });
    case 'EIACompleted':
      return take('eias', { completedOn: entry.completedOn, fullAssessmentRequired: entry.fullAssessmentRequired, version: entry.version ?? null });
    case 'PolicyApproved':
      return take('approvals', { version: entry.version, approvedOn: entry.approvedOn });
    default:
      return facts;
  }
}
