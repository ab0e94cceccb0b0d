import { daysBetween, isLocalDate, LocalDate, londonToday } from '../time/local-date';

/** An entry recorded more than this many days after the date it states was recorded late. */
export const RECORDED_LATE_AFTER_DAYS = 30;

/**
 * The field of each dated entry that states when the thing happened (a review, an adoption, an
 * approval, an EIA, an evaluation, a visit). A report states a term, not a day, so it has none.
 */
export const STATED_DATE_FIELDS: Readonly<Record<string, string>> = Object.freeze({
  PolicyApproved: 'approvedOn',
  PolicyAdopted: 'adoptedOn',
  PolicyReviewed: 'reviewedOn',
  EIACompleted: 'completedOn',
  PolicyEvaluated: 'evaluatedOn',
  LinkGovernorVisitLogged: 'visitedOn',
});

/** The date an entry states, or null when its type states none. */
export function statedDateOf(type: string, data: Readonly<Record<string, unknown>> | null): LocalDate | null {
  const field = STATED_DATE_FIELDS[type];
  const value = field === undefined || data === null ? undefined : data[field];
  return isLocalDate(value) ? value : null;
}

/**
 * Whether an entry was recorded more than 30 days after the date it states: the figures for
 * that date changed after the fact. Days are counted in London, as the dates are.
 */
export function isRecordedLate(statedOn: LocalDate | null, recordedAt: string): boolean {
  if (statedOn === null) return false;
  const recorded = new Date(recordedAt);
  if (Number.isNaN(recorded.getTime())) return false;
  return daysBetween(statedOn, londonToday(recorded)) > RECORDED_LATE_AFTER_DAYS;
}
