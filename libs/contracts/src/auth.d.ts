import type { RoleGrant } from './vocabulary';

/** POST /api/auth/login. */
export interface LoginRequest {
  email: string;
  password: string;
  /** The six-digit code from an authenticator app, once MFA is set up. */
  totp?: string;
}

/** A fresh access token (POST /api/me/mfa/confirm answers one too). */
export interface IssuedToken {
  accessToken: string;
  expiresAt: string;
}

/** The answer to POST /api/auth/login. */
export interface SignedIn extends IssuedToken {
  /** The trust requires MFA for admins and this admin has none yet: only enrolment is open. */
  mfaEnrolmentRequired: boolean;
}

/** POST /api/me/mfa/confirm. */
export interface MfaCodeRequest {
  code: string;
}

/** The answer to POST /api/me/mfa/enrol. */
export interface MfaEnrolment {
  secret: string;
  otpauthUri: string;
  issuer: string;
}

/** GET /api/me. */
export interface Me {
  id: string;
  kind: 'person' | 'operator';
  trustId: string | null;
  name: string | null;
  email: string | null;
  roles: RoleGrant[];
  mfaEnrolled: boolean;
  /** Only the MFA enrolment routes are open until the second factor is set up. */
  mfaEnrolmentRequired: boolean;
  /**
   * What this person may do, computed by the server from its access table: for each trust- or
   * school-scoped entry they may send, 'all' (anywhere in the trust) or the ids of the schools.
   * An entry they may not send is absent.
   */
  may: MayMap;
}

/** Where a person may do something: anywhere in the trust, or at these schools. */
export type AllowedWhere = 'all' | string[];

/** Me.may: access-table entry name to where the person may send it. */
export type MayMap = { [accessKey: string]: AllowedWhere | undefined };

/**
 * The access-table entries the web app asks about. Each must be a key of the server's ACCESS
 * table: apps/api/src/auth/me/asked-access-keys.ts fails to compile otherwise.
 */
export type AskedAccessKey =
  | 'adoptPolicy'
  // Read and acknowledge (issue #23): the progress view. (GET /me/reading is a `person` entry,
  // `myReading`: `may` names no person entries, so the web cannot ask about it there.)
  | 'acknowledgementProgress'
  // The people area (issue #22): the clerk's lists of declarations and safeguarding training.
  // Recording them (declareInterests, recordTraining) is the person's own or the clerk's: those
  // entries' `may` says only that the role may, the fact 'own-record-or-clerk' decides per person.
  | 'listDeclarations'
  | 'listTraining'
  // A person's own page ("My declaration and training") and the clerk's forms for them.
  | 'declareInterests'
  | 'recordTraining'
  | 'personInterests'
  | 'personTraining'
  // The clerk's meetings area (issue #21).
  | 'scheduleMeeting'
  | 'listMeetings'
  | 'recordAttendance'
  | 'recordDecision'
  | 'getMeeting'
  | 'rescheduleMeeting'
  | 'cancelMeeting'
  | 'personAttendance'
  | 'addAgendaItem'
  | 'removeAgendaItem'
  | 'reorderAgenda'
  | 'recordPapersSent'
  | 'draftMinutes'
  // Governor records: appointments and terms of office (the people area, issue #22).
  | 'makeAppointment'
  | 'endAppointment'
  | 'listAppointments'
  | 'personAppointments'
  // The governance register, previewed and downloaded (people area).
  | 'governanceRegister'
  // Read and acknowledge (issue #23): a member of staff's "I have read it" button.
  | 'acknowledgePolicy'
  // The meeting page: its agenda (downloads) and "Add an action" from the meeting.
  | 'meetingAgenda'
  | 'openAction'
  | 'evaluatePolicy'
  | 'reviewPolicy'
  | 'logVisit'
  | 'submitTermlyReport'
  | 'importPolicies'
  | 'assignLinkGovernor'
  | 'schoolRegister'
  // The school's evidence pack for an inspection (register page).
  | 'evidencePack'
  // The trust-admin area ("Manage the trust").
  | 'addSchool'
  // The scheme of delegation page (Manage the trust).
  | 'setSchemeOfDelegation'
  | 'getSchemeOfDelegation'
  | 'renameSchool'
  | 'removeSchool'
  | 'listPeople'
  | 'registerPerson'
  | 'changePersonDetails'
  | 'invitePerson'
  | 'grantRole'
  | 'revokeRole'
  | 'erasePerson'
  | 'setPassword'
  | 'resetMfa'
  | 'registerPolicy'
  | 'changePolicy'
  | 'addPolicyFromCatalogue'
  | 'draftPolicyVersion'
  | 'downloadPolicyDocument'
  | 'listPolicyVersions'
  | 'approvePolicy'
  | 'retirePolicy'
  | 'unassignLinkGovernor'
  | 'setTermDates'
  | 'changeReminderSettings'
  // Corrections: withdraw an entry recorded by mistake.
  | 'withdrawEntry'
  // The clerk's page: a generated pack, as circulated (GET .../minutes-packs/:eventId).
  | 'minutesPack'
  // The policy page: name a policy's owner at the school.
  | 'assignPolicyOwner'
  // Actions: "Mark as done" on the home page, a school's open actions on its page.
  | 'completeAction'
  | 'listActions'
  // The school's staff list, imported from the MIS (read and acknowledge, issue #23).
  | 'importStaff'
  // The school's current staff with their reading, under the staff list's import form.
  | 'schoolStaff';
