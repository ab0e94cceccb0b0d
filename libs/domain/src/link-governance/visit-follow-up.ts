import { addDays, LocalDate } from '../time/local-date';

/** Actions agreed at a visit are due six weeks after the visit, unless their due date is changed later. */
export const VISIT_ACTIONS_DUE_AFTER_DAYS = 42;

/**
 * Who follows up a visit's "actions agreed" and by when, recorded on the visit so the visit and
 * its actions are one fact: each line becomes an action (libs/domain/src/actions/visit-actions.ts).
 */
export interface VisitFollowUp {
  ownerId: string;
  dueOn: LocalDate;
}

export function visitFollowUp(ownerId: string, visitedOn: LocalDate): VisitFollowUp {
  return { ownerId, dueOn: addDays(visitedOn, VISIT_ACTIONS_DUE_AFTER_DAYS) };
}
