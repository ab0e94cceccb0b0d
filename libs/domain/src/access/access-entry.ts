import { PersonRole } from '../people/roles';

/**
 * Who may send a command or query, by scope:
 * - public: anyone, no token (health, login).
 * - signed-in: any signed-in person or the operator.
 * - person: any signed-in person, not the operator.
 * - operator: the platform operator's token only.
 * - trust: a person of the route's :trustId holding one of `roles`, or the operator when `operator` is true.
 * - school: as trust, for routes with a :schoolId; a school-scoped grant counts only for that school.
 * On any route with a :schoolId a school-scoped grant counts only for that school; a trust-wide
 * grant counts everywhere.
 */
export type AccessScope = 'public' | 'signed-in' | 'person' | 'operator' | 'trust' | 'school';

/**
 * Domain facts a command needs beyond role and scope, each checked by the named function in
 * access-facts.ts (the guard cannot see them: they live in the body or in the log).
 */
export const ACCESS_FACTS = {
  'acts-for-self-unless-trust-admin':
    'actingPerson: a person acts as themselves; only a trust-wide admin may name another person.',
  'assigned-link-governor':
    'requireAssignedLinkGovernor: the governor must be a current link governor of the school.',
  'governor-of-school':
    'mayBeLinkGovernor: the person named must be a governor of the school or a trustee.',
  'own-trust-unless-operator':
    'reviewScanScope: a trust-wide admin runs it for their own trust; the operator for any or all.',
  'own-feed-unless-trust-admin':
    'mayRevokeFeed: a person revokes their own feed; a trust-wide admin anyone\'s in the trust.',
  'own-entry-unless-trust-admin':
    'mayWithdrawEntry: an entry is withdrawn by the person who recorded it or a trust-wide admin.',
  'own-record-unless-governance-lead':
    "mayReadAttendanceOf: a person reads their own attendance; a trust-wide admin, clerk or trustee anyone's.",
  'meeting-of-own-body':
    "mayClerkMeeting: a trust-wide admin or clerk runs any meeting; a clerk of one academy only its local governing body's.",
  'appointment-of-own-body':
    "mayManageAppointment: a trust-wide admin or clerk records any appointment; a clerk of one academy only to its local governing body.",
  'may-open-action':
    'mayOpenAction: a trust admin or clerk, the headteacher of the action\'s school, or a link governor from their own visit.',
  'action-owner-or-clerk': 'mayCompleteAction: an action is marked done by its owner, a clerk or a trust admin.',
  'may-change-action': 'mayChangeAction: a trust admin, the clerk or the school\'s headteacher changes an action\'s owner or due date.',
  'own-record-or-clerk':
    "mayKeepRecordOf: a person's declarations of interests and training are recorded and read by the person themselves, a trust admin or the trust's clerk (a clerk of one academy: its people).",
  'acknowledgement-progress-reader':
    "acknowledgementProgressView: trust admins and trustees see every school's counts; a school's headteacher and a policy's owner there their rows; names only for a named school, to a trust admin, its headteacher or the policy's owner.",
  'readable-school': 'mayReadSchool: a school named in the query or body must be one the caller may read.',
  'own-person': 'The command acts on the signed-in person themselves (their MFA, their password).',
  'staff-of-school': 'requireStaffOfSchool: the person acknowledging holds the role staff at the school, and acknowledges for themselves only.',
} as const;

export type AccessFact = keyof typeof ACCESS_FACTS;

export interface AccessEntry {
  /** In plain words, who may do this. */
  says: string;
  scope: AccessScope;
  /** For trust and school scopes: the roles that may, or 'any' role in the trust. */
  roles?: readonly PersonRole[] | 'any';
  /** For trust and school scopes: the platform operator may too. */
  operator?: boolean;
  /** Also reachable by an admin who must still set up the second factor their trust requires. */
  duringMfaEnrolment?: boolean;
  facts?: readonly AccessFact[];
}
