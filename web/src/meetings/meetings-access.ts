import { ApiProblem } from '../api/client.js';
import { AppContext, mayDo } from '../context.js';

/** Who sees the meetings area: those the access table lets list meetings (GET /api/me `may`). */
export function mayListMeetings(context: Pick<AppContext, 'me'>): boolean {
  return mayDo(context.me, 'listMeetings');
}

/** Stops a meetings page the person may not use, with the reason in words. */
export function allowMeetings(context: AppContext, allowed = mayListMeetings(context)): void {
  if (!allowed) throw new ApiProblem(403, '/problems/forbidden', 'Forbidden', 'Setting up and recording meetings is for the clerk and trust administrators. Ask the clerk if you need something changed.', []);
}

export const MEETINGS_TRAIL: [string, string][] = [
  ['Home', '/'],
  ['Meetings', '/meetings'],
];
