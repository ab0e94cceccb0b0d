import { AppContext } from '../context.js';
import { Route, RouteTable } from '../router.js';
import { PageView } from '../shell.js';
import { adminHomePage } from './admin-home.js';
import { addPersonPage, editPersonPage, endRolePage, erasePersonPage, grantRolePage, peoplePage, personPage, resetMfaPage, setPasswordPage } from './people-admin.js';
import { assignLinkGovernorPage, endLinkPage, linkGovernorsPage } from './link-governors-admin.js';
import { remindersPage } from './reminders-admin.js';
import { termDatesPage } from './term-dates-admin.js';
import { schemePage } from './scheme-admin.js';
import { acknowledgementPage, adminPolicyPage, appliesToPage, cataloguePage, newPolicyPage, policiesPage, retirePolicyCheckPage, retirePolicyPage } from './policies-admin.js';
import { approvalPage, trustReviewPage, versionPage } from './policy-record-forms.js';
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
  { pattern: '/admin/people/:personId/password', handler: setPasswordPage },
  { pattern: '/admin/people/:personId/reset-mfa', handler: resetMfaPage },
  { pattern: '/admin/policies', handler: policiesPage },
  { pattern: '/admin/policies/catalogue', handler: cataloguePage },
  { pattern: '/admin/policies/new', handler: newPolicyPage },
  { pattern: '/admin/policies/:policyId', handler: adminPolicyPage },
  { pattern: '/admin/policies/:policyId/versions/new', handler: versionPage },
  { pattern: '/admin/policies/:policyId/approve', handler: approvalPage },
  { pattern: '/admin/policies/:policyId/review', handler: trustReviewPage },
  { pattern: '/admin/policies/:policyId/applies-to', handler: appliesToPage },
  { pattern: '/admin/policies/:policyId/acknowledgement', handler: acknowledgementPage },
  { pattern: '/admin/policies/:policyId/retire', handler: retirePolicyPage },
  { pattern: '/admin/policies/:policyId/retire/check', handler: retirePolicyCheckPage },
  { pattern: '/admin/link-governors', handler: linkGovernorsPage },
  { pattern: '/admin/schools/:schoolId/link-governors/new', handler: assignLinkGovernorPage },
  { pattern: '/admin/schools/:schoolId/link-governors/:personId/end', handler: endLinkPage },
  { pattern: '/admin/term-dates', handler: termDatesPage },
  { pattern: '/admin/scheme-of-delegation', handler: schemePage },
  { pattern: '/admin/reminders', handler: remindersPage },
];
