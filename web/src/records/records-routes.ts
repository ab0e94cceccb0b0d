import { AppContext } from '../context.js';
import { Route, RouteTable } from '../router.js';
import { PageView } from '../shell.js';
import { appointPage, endAppointmentPage } from './appointment-forms.js';
import { myRecordsPage } from './my-records.js';
import { personRecordsPage } from './person-records.js';
import { governorsPage } from './records-list.js';

type Page = (route: Route, context: AppContext) => Promise<PageView>;

/** Governor records: the clerk's people area under "Manage the trust", and each person's own page. */
export const recordsRoutes: RouteTable<Page>[] = [
  { pattern: '/admin/governors', handler: governorsPage },
  { pattern: '/admin/governors/:personId', handler: personRecordsPage },
  { pattern: '/admin/governors/:personId/appoint', handler: appointPage },
  { pattern: '/admin/governors/:personId/appointments/:appointmentId/end', handler: endAppointmentPage },
  { pattern: '/my-records', handler: myRecordsPage },
];
