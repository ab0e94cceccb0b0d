import { PersonRole } from '../people/roles';
import { AccessEntry } from './access-entry';

const ADMIN: readonly PersonRole[] = ['trust-admin'];
const SCHOOL_POLICY_WRITERS: readonly PersonRole[] = ['trust-admin', 'headteacher', 'staff'];
const MEETING_CLERKS: readonly PersonRole[] = ['trust-admin', 'clerk'];
const GOVERNANCE_READERS: readonly PersonRole[] = ['trust-admin', 'clerk', 'trustee', 'headteacher', 'governor'];

/**
 * Who may do what: every command and query the API serves, with the scope and roles that may
 * send it and the domain facts it needs. Each route names its entry with @Access('key'); the
 * access guard applies the scope and roles, and the facts are checked by the functions in
 * access-facts.ts. test/access-rules.e2e-spec.ts proves every route names an entry and every
 * entry is used; test/tenant-isolation.e2e-spec.ts proves every trust and school entry hides
 * another trust's data.
 */
export const ACCESS = {
  // Open to all
  health: { scope: 'public', says: 'Anyone: is the server up.' },
  signIn: { scope: 'public', says: 'Anyone: sign in with email and password.' },
  requestPasswordReset: { scope: 'public', says: 'Anyone: ask for a link to set a new password (the same answer whatever the email).' },
  requestSignInLink: { scope: 'public', says: 'Anyone: ask for a one-time sign-in link by email (the same answer whatever the email).' },
  signInWithLink: { scope: 'public', says: 'Anyone holding a sign-in link from their email: sign in with it (and their code when they have two-step sign-in).' },
  setPasswordWithLink: { scope: 'public', says: 'Anyone holding an invitation or reset link from their email: set their password with it.' },
  catalogue: { scope: 'signed-in', says: 'Anyone signed in: the statutory policy catalogue.' },
  evaluationForm: { scope: 'signed-in', says: 'Anyone signed in: the points of the policy evaluation form.' },

  // Oneself
  me: { scope: 'signed-in', duringMfaEnrolment: true, says: 'Anyone signed in: who am I.' },
  enrolMfa: { scope: 'person', duringMfaEnrolment: true, facts: ['own-person'], says: 'A person: start setting up their own second factor.' },
  confirmMfa: { scope: 'person', duringMfaEnrolment: true, facts: ['own-person'], says: 'A person: confirm their own second factor.' },
  removeMfa: { scope: 'person', facts: ['own-person'], says: 'A person: remove their own second factor (not while their trust requires it of admins).' },
  changePassword: { scope: 'person', facts: ['own-person'], says: 'A person: change their own password.' },

  // Trusts and schools
  createTrust: { scope: 'operator', says: 'The operator: create a trust.' },
  listTrusts: { scope: 'signed-in', says: 'Anyone signed in: the trusts they may see (the operator all, a person their own).' },
  getTrust: { scope: 'trust', roles: 'any', operator: true, says: 'Anyone in the trust, and the operator.' },
  setSecurityPolicy: { scope: 'trust', roles: ADMIN, operator: true, says: 'A trust admin or the operator: require two-step sign-in for admins.' },
  addSchool: { scope: 'trust', roles: ADMIN, says: 'A trust admin: add a school.' },
  getSchemeOfDelegation: { scope: 'trust', roles: ['trust-admin', 'clerk', 'trustee'], says: 'A trust admin, the clerk or a trustee: read the scheme of delegation (the board approves it; the clerk works to it).' },
  setSchemeOfDelegation: { scope: 'trust', roles: ADMIN, says: 'A trust admin: set the scheme of delegation (which body approves which policy).' },
  listSchools: { scope: 'trust', roles: 'any', operator: true, facts: ['readable-school'], says: 'Anyone in the trust, and the operator (each sees the schools they may read).' },
  getSchool: { scope: 'school', roles: 'any', operator: true, says: 'Anyone with a role at the school or trust-wide, and the operator.' },
  renameSchool: { scope: 'trust', roles: ADMIN, says: "A trust admin: change a school's name, URN or phase." },
  removeSchool: { scope: 'trust', roles: ADMIN, says: 'A trust admin: a school leaves the trust.' },
  setTermDates: { scope: 'trust', roles: ADMIN, says: 'A trust admin: set the term dates.' },
  getTermDates: { scope: 'trust', roles: 'any', operator: true, says: 'Anyone in the trust, and the operator.' },

  // People
  registerPerson: { scope: 'trust', roles: ADMIN, operator: true, says: 'A trust admin or the operator: register a person.' },
  listPeople: { scope: 'trust', roles: ADMIN, says: 'A trust admin: the people of the trust.' },
  personNames: { scope: 'trust', roles: 'any', says: 'Anyone in the trust: names to show beside ids.' },
  getPerson: { scope: 'trust', roles: ADMIN, says: 'A trust admin: one person.' },
  erasePerson: { scope: 'trust', roles: ADMIN, says: 'A trust admin: erase a person.' },
  grantRole: { scope: 'trust', roles: ADMIN, says: 'A trust admin: grant a role.' },
  revokeRole: { scope: 'trust', roles: ADMIN, says: 'A trust admin: revoke a role.' },
  setPassword: { scope: 'trust', roles: ADMIN, operator: true, says: "A trust admin or the operator: set a person's password." },
  resetMfa: { scope: 'trust', roles: ADMIN, operator: true, says: "A trust admin or the operator: reset a person's second factor." },
  changePersonDetails: { scope: 'trust', roles: ADMIN, says: "A trust admin: change a person's name or email." },
  invitePerson: { scope: 'trust', roles: ADMIN, says: 'A trust admin: email a person a link to set their password.' },

  // Trust policies
  registerPolicy: { scope: 'trust', roles: ADMIN, says: 'A trust admin: register a policy.' },
  changePolicy: { scope: 'trust', roles: ADMIN, says: 'A trust admin: change the phases of school a policy applies to, and whether staff must acknowledge it.' },
  addPolicyFromCatalogue: { scope: 'trust', roles: ADMIN, says: 'A trust admin: add policies from the catalogue.' },
  listPolicies: { scope: 'trust', roles: 'any', operator: true, says: 'Anyone in the trust, and the operator.' },
  getPolicy: { scope: 'trust', roles: 'any', operator: true, says: 'Anyone in the trust, and the operator.' },
  draftPolicyVersion: { scope: 'trust', roles: ADMIN, says: 'A trust admin: draft a new version, with its document attached or linked.' },
  listPolicyVersions: { scope: 'trust', roles: 'any', operator: true, says: 'Anyone in the trust, and the operator: the versions of a policy, with their documents.' },
  downloadPolicyDocument: { scope: 'trust', roles: 'any', operator: true, says: 'Anyone in the trust, and the operator: download the document attached to a version.' },
  approvePolicy: { scope: 'trust', roles: ADMIN, says: 'A trust admin: approve a version.' },
  reviewPolicy: { scope: 'trust', roles: ADMIN, says: 'A trust admin: record a review.' },
  retirePolicy: { scope: 'trust', roles: ADMIN, says: 'A trust admin: retire a policy.' },
  importPolicies: { scope: 'trust', roles: ADMIN, operator: true, says: 'A trust admin or the operator: import policy documents.' },

  // School policies
  adoptPolicy: { scope: 'school', roles: SCHOOL_POLICY_WRITERS, says: 'A trust admin, or the headteacher or staff of the school: adopt a policy.' },
  reviewSchoolPolicy: { scope: 'school', roles: SCHOOL_POLICY_WRITERS, says: 'A trust admin, or the headteacher or staff of the school: record a review.' },
  completeEia: { scope: 'school', roles: SCHOOL_POLICY_WRITERS, says: 'A trust admin, or the headteacher or staff of the school: complete an equality impact assessment.' },
  evaluatePolicy: { scope: 'school', roles: SCHOOL_POLICY_WRITERS, says: 'A trust admin, or the headteacher or staff of the school: record an evaluation.' },
  acknowledgePolicy: { scope: 'school', roles: ['staff'], facts: ['staff-of-school'], says: 'A member of staff of the school, for themselves: acknowledge that they have read the version in force of a policy.' },
  assignPolicyOwner: { scope: 'school', roles: ['trust-admin', 'headteacher'], says: "A trust admin or the school's headteacher: name a policy's owner at the school (a person with a role there, or trust-wide)." },
  policyOwnerCandidates: { scope: 'school', roles: ['trust-admin', 'headteacher'], says: "A trust admin or the school's headteacher: who may be named a policy's owner at the school." },

  // Link governance
  assignLinkGovernor: { scope: 'school', roles: ['trust-admin', 'clerk'], facts: ['governor-of-school'], says: 'A trust admin or the clerk: assign a governor of the school (or a trustee) as link governor.' },
  linkGovernorCandidates: { scope: 'school', roles: ['trust-admin', 'clerk'], says: 'A trust admin or the clerk: who may be named the school\'s link governor.' },
  listLinkGovernors: { scope: 'school', roles: 'any', operator: true, says: 'Anyone with a role at the school or trust-wide, and the operator.' },
  unassignLinkGovernor: { scope: 'school', roles: ['trust-admin', 'clerk'], says: 'A trust admin or the clerk: end a link governor assignment.' },
  logVisit: { scope: 'school', roles: ['trust-admin', 'governor'], facts: ['acts-for-self-unless-trust-admin', 'assigned-link-governor'], says: 'A link governor, for themselves, or a trust admin for a named link governor: log a visit.' },
  reportAsLinkGovernor: { scope: 'school', roles: ['trust-admin', 'governor'], facts: ['acts-for-self-unless-trust-admin', 'assigned-link-governor'], says: 'A link governor, for themselves, or a trust admin for a named link governor: report.' },
  submitTermlyReport: { scope: 'school', roles: ['trust-admin', 'headteacher'], says: "A trust admin or the school's headteacher: submit the termly report." },

  // Actions
  openAction: { scope: 'trust', roles: ['trust-admin', 'clerk', 'headteacher', 'governor'], facts: ['may-open-action', 'readable-school'], says: "A trust admin or the clerk; the school's headteacher for their school; a link governor from their own visit: set an action." },
  completeAction: { scope: 'trust', roles: 'any', facts: ['action-owner-or-clerk'], says: "The action's owner, the clerk or a trust admin: mark an action done, with a note." },
  changeAction: { scope: 'trust', roles: ['trust-admin', 'clerk', 'headteacher'], facts: ['may-change-action'], says: "A trust admin, the clerk or the school's headteacher: give an action another owner or due date." },
  listActions: { scope: 'trust', roles: 'any', operator: true, facts: ['readable-school'], says: 'Anyone in the trust, and the operator, for the schools they may read (trust-level actions: trust-wide roles).' },
  myActions: { scope: 'person', says: 'A person: the actions they own.' },

  // Declarations of interests and training (the person themselves, or the clerk for them)
  declareInterests: { scope: 'trust', roles: 'any', facts: ['own-record-or-clerk'], says: 'The person themselves, a trust admin or a clerk: record a declaration of interests (or nothing to declare).' },
  personInterests: { scope: 'trust', roles: 'any', facts: ['own-record-or-clerk'], says: "The person themselves, a trust admin or a clerk: a person's declarations, latest first, with the renewal status." },
  listDeclarations: { scope: 'trust', roles: MEETING_CLERKS, says: "A trust admin or a clerk: each governor's and trustee's declaration status (done, due, overdue)." },
  recordTraining: { scope: 'trust', roles: 'any', facts: ['own-record-or-clerk'], says: 'The person themselves, a trust admin or a clerk: record training completed.' },
  personTraining: { scope: 'trust', roles: 'any', facts: ['own-record-or-clerk'], says: "The person themselves, a trust admin or a clerk: a person's training, with their safeguarding training status." },
  listTraining: { scope: 'trust', roles: MEETING_CLERKS, says: "A trust admin or a clerk: each governor's and trustee's safeguarding training status." },

  // Corrections
  withdrawEntry: { scope: 'trust', roles: 'any', facts: ['own-entry-unless-trust-admin', 'readable-school'], says: 'The person who recorded an entry, or a trust admin: withdraw it, with a reason (an entry of a school they may not read is not found).' },

  // Reading, exports, evidence
  trustCompliance: { scope: 'trust', roles: 'any', operator: true, facts: ['readable-school'], says: 'Anyone in the trust, and the operator, for the schools they may read.' },
  schoolRegister: { scope: 'school', roles: 'any', operator: true, says: 'Anyone with a role at the school or trust-wide, and the operator.' },
  schoolRegisterCsv: { scope: 'school', roles: 'any', operator: true, says: 'Anyone with a role at the school or trust-wide, and the operator.' },
  evidencePack: { scope: 'school', roles: ['trust-admin', 'clerk', 'trustee'], operator: true, says: "A trust admin, a clerk or a trustee (a school's clerk for their school), and the operator: a school's evidence pack for an inspection." },
  complianceCsv: { scope: 'trust', roles: 'any', operator: true, facts: ['readable-school'], says: 'Anyone in the trust, and the operator, for the schools they may read.' },
  auditTrail: { scope: 'trust', roles: 'any', operator: true, facts: ['readable-school'], says: 'Anyone in the trust, and the operator, for the schools they may read.' },
  minutesInputs: { scope: 'trust', roles: 'any', operator: true, facts: ['readable-school'], says: 'Anyone in the trust, and the operator, for the schools they may read.' },
  minutesPack: { scope: 'trust', roles: 'any', operator: true, facts: ['readable-school'], says: 'Anyone in the trust, and the operator, for the schools they may read: a generated pack as circulated.' },
  verifyLog: { scope: 'trust', roles: ['trust-admin', 'trustee'], operator: true, says: 'A trust admin, a trustee or the operator: verify the tamper-evident log.' },

  // Calendar
  calendar: { scope: 'trust', roles: 'any', operator: true, facts: ['readable-school'], says: 'Anyone in the trust, and the operator, for the schools they may read.' },
  createCalendarFeed: { scope: 'trust', roles: 'any', facts: ['own-person', 'readable-school'], says: 'Anyone in the trust: a feed token for themselves.' },
  listCalendarFeeds: { scope: 'trust', roles: 'any', facts: ['own-person'], says: 'Anyone in the trust: their own feed tokens.' },
  revokeCalendarFeed: { scope: 'trust', roles: 'any', facts: ['own-feed-unless-trust-admin'], says: "Anyone in the trust their own feed; a trust admin anyone's." },

  // Reminders
  reminderSettings: { scope: 'trust', roles: ADMIN, operator: true, says: 'A trust admin or the operator.' },
  changeReminderSettings: { scope: 'trust', roles: ADMIN, says: 'A trust admin.' },
  reminders: { scope: 'trust', roles: ADMIN, operator: true, says: 'A trust admin or the operator: reminders sent.' },
  runReviewScan: { scope: 'signed-in', facts: ['own-trust-unless-operator'], says: 'The operator for every trust or one; a trust admin for their own trust.' },

  // Meetings (the clerk sets them up and records what happened; governance roles read them)
  scheduleMeeting: { scope: 'trust', roles: MEETING_CLERKS, facts: ['meeting-of-own-body'], says: 'A trust admin or the clerk: set up a meeting of the trust board, a local governing body or a committee.' },
  rescheduleMeeting: { scope: 'trust', roles: MEETING_CLERKS, facts: ['meeting-of-own-body'], says: 'A trust admin or the clerk: move a meeting to another date.' },
  cancelMeeting: { scope: 'trust', roles: MEETING_CLERKS, facts: ['meeting-of-own-body'], says: 'A trust admin or the clerk: cancel a meeting.' },
  listMeetings: { scope: 'trust', roles: GOVERNANCE_READERS, says: 'A trust admin, clerk, trustee, headteacher or governor: the meetings of the trust.' },
  getMeeting: { scope: 'trust', roles: GOVERNANCE_READERS, says: 'A trust admin, clerk, trustee, headteacher or governor: one meeting with its attendance, quorum and decisions.' },
  recordAttendance: { scope: 'trust', roles: MEETING_CLERKS, facts: ['meeting-of-own-body'], says: "A trust admin or the clerk: record a meeting's attendance (members only)." },
  recordDecision: { scope: 'trust', roles: MEETING_CLERKS, facts: ['meeting-of-own-body'], says: 'A trust admin or the clerk: record a decision of a meeting with its minute reference (a policy decision under the scheme of delegation).' },
  meetingAgenda: { scope: 'trust', roles: GOVERNANCE_READERS, says: "A trust admin, clerk, trustee, headteacher or governor: a meeting's agenda (JSON, Markdown or Word)." },
  addAgendaItem: { scope: 'trust', roles: MEETING_CLERKS, facts: ['meeting-of-own-body'], says: "A trust admin or the clerk: add an item to a meeting's agenda (not for a meeting before today)." },
  removeAgendaItem: { scope: 'trust', roles: MEETING_CLERKS, facts: ['meeting-of-own-body'], says: "A trust admin or the clerk: take an item off a meeting's agenda (not for a meeting before today)." },
  reorderAgenda: { scope: 'trust', roles: MEETING_CLERKS, facts: ['meeting-of-own-body'], says: "A trust admin or the clerk: reorder a meeting's agenda (not for a meeting before today)." },
  recordPapersSent: { scope: 'trust', roles: MEETING_CLERKS, facts: ['meeting-of-own-body'], says: "A trust admin or the clerk: record the day a meeting's papers went out." },
  draftMinutes: { scope: 'trust', roles: MEETING_CLERKS, facts: ['meeting-of-own-body'], says: "A trust admin or the clerk: a meeting's draft minutes (Markdown or Word)." },
  makeAppointment: { scope: 'trust', roles: MEETING_CLERKS, facts: ['appointment-of-own-body'], says: 'A trust admin or the clerk: appoint a person to the members, the trust board, a local governing body or a committee, for a term of office.' },
  endAppointment: { scope: 'trust', roles: MEETING_CLERKS, facts: ['appointment-of-own-body'], says: 'A trust admin or the clerk: end an appointment before its term ends, with a reason.' },
  personAppointments: { scope: 'trust', roles: GOVERNANCE_READERS, says: "A trust admin, clerk, trustee, headteacher or governor: a person's appointments, current and past." },
  listAppointments: { scope: 'trust', roles: GOVERNANCE_READERS, says: 'A trust admin, clerk, trustee, headteacher or governor: the appointments of the trust, per body, with names.' },
  personAttendance: { scope: 'trust', roles: 'any', facts: ['own-record-unless-governance-lead'], says: "The person themselves, or a trust-wide admin, clerk or trustee: a person's attendance at meetings over an academic year." },
  // Read and acknowledge (issue #23): the read side.
  acknowledgementProgress: { scope: 'trust', roles: 'any', facts: ['readable-school', 'acknowledgement-progress-reader'], says: "Trust admins and trustees: how many of each school's staff acknowledged the version in force of each policy; a school's headteacher and a policy's owner there: their rows; the names of those outstanding for a named school, to a trust admin, its headteacher or the policy's owner." },
  myReading: { scope: 'person', says: 'A person: the adopted versions they must read and acknowledge at the schools where they are staff, and what they acknowledged.' },
  governanceRegister: { scope: 'trust', roles: 'any', says: 'Anyone in the trust: the governance register the trust publishes (JSON, CSV or an HTML fragment for its website): per body, names, roles, appointing body, term of office, interests and attendance.' },

  // Read and acknowledge (issue #23)
  importStaff: { scope: 'school', roles: ['trust-admin', 'headteacher'], says: "A trust admin or the school's headteacher: import the school's staff list from the MIS (a dry run, or applied)." },
  schoolStaff: { scope: 'school', roles: ['trust-admin', 'headteacher'], says: "A trust admin or the school's headteacher: the school's current staff (name, email, job title, joined) and how many of the policies they must read each has acknowledged." },
} as const satisfies Record<string, AccessEntry>;

export type AccessKey = keyof typeof ACCESS;

/** The entry of a key, widened to the shape every entry has. */
export function accessEntry(key: AccessKey): AccessEntry {
  return ACCESS[key];
}

export function isAccessKey(key: unknown): key is AccessKey {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(ACCESS, key);
}
