import { ApiProblem } from '../api/client.js';
import { AppContext, mayDo } from '../context.js';
import { ADMIN_TRAIL } from '../admin/admin-access.js';

/** Who keeps their own records, from GET /api/me `may` (never by role); the clerk's area is `manage.governors`. */
export const governorRecords = {
  /** Anyone may keep their own declaration and training (the server's fact decides for others). */
  own: (context: Pick<AppContext, 'me'>) => mayDo(context.me, 'declareInterests') || mayDo(context.me, 'recordTraining'),
};

export function allowRecords(allowed: boolean): void {
  if (!allowed) throw new ApiProblem(403, '/problems/forbidden', 'Forbidden', 'Governor records are kept by the clerk and trust administrators. Ask the clerk if you need something changed.', []);
}

export const RECORDS_TRAIL: [string, string][] = [...ADMIN_TRAIL, ['Governors and trustees', '/admin/governors']];
