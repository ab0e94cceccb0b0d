import { LinkGovernorVisitLoggedData } from '../link-governance/events';
import { ActionFacts } from './events';

/** The id of the action agreed on line `line` (1, 2, ...) of the visit recorded as event `visitEventId`. */
export function visitActionId(visitEventId: string, line: number): string {
  return `${visitEventId}_${line}`;
}

/** The visit and line an action id names, or null for an action opened on its own. */
export function parseVisitActionId(actionId: string): { visitEventId: string; line: number } | null {
  const match = /^(.+)_([1-9][0-9]{0,2})$/.exec(actionId);
  return match ? { visitEventId: match[1], line: Number(match[2]) } : null;
}

/** The actions a logged visit opened: one per "actions agreed" line, when the visit recorded who follows them up. */
export function actionsAgreedAtVisit(visitEventId: string, trustId: string, visit: LinkGovernorVisitLoggedData): ActionFacts[] {
  const followUp = visit.followUp;
  if (!followUp) return [];
  return visit.actions.map((title, index) => ({
    actionId: visitActionId(visitEventId, index + 1),
    trustId,
    schoolId: visit.schoolId,
    title,
    ownerId: followUp.ownerId,
    dueOn: followUp.dueOn,
    source: { kind: 'visit', id: visitEventId, on: visit.visitedOn, point: null },
  }));
}
