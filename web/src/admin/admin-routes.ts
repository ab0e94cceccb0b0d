import { AppContext } from '../context.js';
import { Route, RouteTable } from '../router.js';
import { PageView } from '../shell.js';
import { adminHomePage } from './admin-home.js';
import { addPersonPage, editPersonPage, endRolePage, erasePersonPage, grantRolePage, peoplePage, personPage } from './people-admin.js';
import { addSchoolPage, editSchoolPage, schoolLeavesPage, schoolsPage } from './schools-admin.js';

type Page = (route: Route, context: AppContext) => Promise<PageView>;

/** The pages of "Manage the trust", under #/admin. */
export const adminRoutes: RouteTable<Page>[] = [
  { pattern: '/admin', handler: adminHomePage },
  { pattern: '/admin/schools', handler: schoolsPage },
  { pattern: '/admin/schools/new', handler: addSchoolPage },
  { pattern: '/admin/schools/:schoolId/edit', handler: editSchoolPage },
  { pattern: '/admin/schools/:schoolId/leave', handler: schoolLeavesPage },
  { pattern: '/admin/people', handler: peoplePage },
  { pattern: '/admin/people/new', handler: addPersonPage },
  { pattern: '/admin/people/:personId', handler: personPage },
  { pattern: '/admin/people/:personId/edit', handler: editPersonPage },
  { pattern: '/admin/people/:personId/roles/new', handler: grantRolePage },
  { pattern: '/admin/people/:personId/end-role', handler: endRolePage },
  { pattern: '/admin/people/:personId/erase', handler: erasePersonPage },
];
