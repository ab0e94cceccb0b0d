import { DomainError } from '../shared/domain-error';
import { RoleGrant } from '../people/roles';
import { Actor } from './actor';
import { AccessOutcome, grantsInclude, isTrustWideAdmin, refuse } from './decide-access';

/** A refusal a fact gives, with the words the caller reads (HTTP 403). */
export type FactOutcome<T> = { allowed: true; value: T } | { allowed: false; detail: string };

/**
 * Fact 'acts-for-self-unless-trust-admin': whose visit or report this is. A person records
 * their own; a trust-wide admin may name another governor.
 */
export function actingPerson(actor: Actor, requested: string | undefined): FactOutcome<string> {
  if (actor.kind !== 'person') {
    return { allowed: false, detail: 'Only a person can record a visit or report.' };
  }
  if (requested === undefined || requested === actor.personId) return { allowed: true, value: actor.personId };
  if (!isTrustWideAdmin(actor)) {
    return {
      allowed: false,
      detail: 'A link governor records their own visits and reports; governorId must be you or left out.',
    };
  }
  return { allowed: true, value: requested };
}

/**
 * Fact 'assigned-link-governor': the governor holds a current link assignment at the school.
 * Given the governor's assignments there, answers them or refuses (422 not-link-governor).
 */
export function requireAssignedLinkGovernor<T>(assignments: readonly T[], governorId: string, action: string): readonly T[] {
  if (assignments.length === 0) {
    throw new DomainError(
      'not-link-governor',
      `Only a current link governor of this school can ${action}; this person is not one. Ask the clerk to assign them first.`,
      { governorId },
    );
  }
  return assignments;
}

/** Fact 'governor-of-school': only a governor of the school, or a trustee, may be its link governor. */
export function mayBeLinkGovernor(grants: readonly RoleGrant[], schoolId: string): boolean {
  return grantsInclude(grants, ['governor', 'trustee'], schoolId);
}

/**
 * Fact 'own-trust-unless-operator': the trusts a review scan covers. The operator may run it
 * for every trust or one; a trust-wide admin for their own trust only.
 */
export function reviewScanScope(
  actor: Actor,
  trustId: string | undefined,
): { allowed: true; trustIds: readonly string[] | 'all' } | Exclude<AccessOutcome, { allowed: true }> {
  if (actor.kind === 'operator') return { allowed: true, trustIds: trustId === undefined ? 'all' : [trustId] };
  if (trustId !== undefined && trustId !== actor.trustId) return refusal('other-trust');
  if (!isTrustWideAdmin(actor)) return refusal('role-not-allowed');
  return { allowed: true, trustIds: [actor.trustId] };
}

/** Fact 'own-feed-unless-trust-admin': a calendar feed is revoked by its owner or a trust-wide admin. */
export function mayRevokeFeed(actor: Actor, feedOwnerId: string): boolean {
  return actor.kind === 'person' && (feedOwnerId === actor.personId || isTrustWideAdmin(actor));
}

/**
 * Fact 'own-entry-unless-trust-admin': an entry is withdrawn by its author (the actor the log
 * recorded) or by a trust-wide admin.
 */
export function mayWithdrawEntry(actor: Actor, authorId: string | null): FactOutcome<true> {
  if (actor.kind === 'person' && (authorId === actor.personId || isTrustWideAdmin(actor))) {
    return { allowed: true, value: true };
  }
  return { allowed: false, detail: 'Only the person who recorded this entry, or a trust administrator, can withdraw it.' };
}

function refusal(reason: 'other-trust' | 'role-not-allowed') {
  return refuse(reason === 'other-trust' ? 404 : 403, reason) as Exclude<AccessOutcome, { allowed: true }>;
}

/**
 * Fact 'own-record-unless-governance-lead': a person's attendance record is read by the person
 * themselves, or by a trust-wide admin, clerk or trustee (who publish and act on it).
 */
export function mayReadAttendanceOf(actor: Actor, personId: string): FactOutcome<true> {
  if (actor.kind !== 'person') return { allowed: false, detail: 'Only a person of the trust can read attendance records.' };
  if (actor.personId === personId) return { allowed: true, value: true };
  const lead = actor.roles.some((grant) => grant.schoolId === undefined && ['trust-admin', 'clerk', 'trustee'].includes(grant.role));
  return lead
    ? { allowed: true, value: true }
    : { allowed: false, detail: "Only the person themselves, or a trust administrator, the trust's clerk or a trustee, can read someone's attendance." };
}

/**
 * Fact 'meeting-of-own-body': a trust-wide admin or clerk runs any meeting of the trust; a clerk
 * of one academy only that academy's local governing body meetings.
 */
export function mayClerkMeeting(actor: Actor, schoolId: string | null): FactOutcome<true> {
  if (actor.kind === 'person') {
    const trustWide = actor.roles.some((grant) => grant.schoolId === undefined && (grant.role === 'trust-admin' || grant.role === 'clerk'));
    const ofThisSchool = schoolId !== null && actor.roles.some((grant) => grant.role === 'clerk' && grant.schoolId === schoolId);
    if (trustWide || ofThisSchool) return { allowed: true, value: true };
  }
  return {
    allowed: false,
    detail: "A clerk of one academy sets up and records only that academy's local governing body meetings; the trust's clerk or an administrator runs the others.",
  };
}

/**
 * Fact 'appointment-of-own-body': a trust-wide admin or clerk records appointments to any body of
 * the trust; a clerk of one academy only to that academy's local governing body.
 */
export function mayManageAppointment(actor: Actor, body: string, schoolId: string | null): FactOutcome<true> {
  if (actor.kind === 'person') {
    const trustWide = actor.roles.some((grant) => grant.schoolId === undefined && (grant.role === 'trust-admin' || grant.role === 'clerk'));
    const ofThisSchool = body === 'local-governing-body' && schoolId !== null && actor.roles.some((grant) => grant.role === 'clerk' && grant.schoolId === schoolId);
    if (trustWide || ofThisSchool) return { allowed: true, value: true };
  }
  return {
    allowed: false,
    detail: "A clerk of one academy records appointments to that academy's local governing body only; the trust's clerk or an administrator records the others.",
  };
}

/** Trust admins and clerks covering the school (a trust-level action: trust-wide ones only). */
function adminOrClerkFor(actor: Actor, schoolId: string | null): boolean {
  if (actor.kind !== 'person') return false;
  return actor.roles.some(
    (grant) => (grant.role === 'trust-admin' || grant.role === 'clerk') && (grant.schoolId === undefined || grant.schoolId === schoolId),
  );
}

function headteacherOf(actor: Actor, schoolId: string | null): boolean {
  return actor.kind === 'person' && schoolId !== null && actor.roles.some((grant) => grant.role === 'headteacher' && grant.schoolId === schoolId);
}

/**
 * Fact 'may-open-action': a trust admin or clerk (of the action's school, or trust-wide); the
 * headteacher of the action's school; a link governor for a visit that was theirs.
 */
export function mayOpenAction(actor: Actor, action: { schoolId: string | null; visitGovernorId: string | null }): FactOutcome<true> {
  if (adminOrClerkFor(actor, action.schoolId) || headteacherOf(actor, action.schoolId)) return { allowed: true, value: true };
  if (actor.kind === 'person' && action.visitGovernorId === actor.personId) return { allowed: true, value: true };
  return {
    allowed: false,
    detail: 'Actions are set by a trust admin, the clerk, the school\'s headteacher, or a link governor from their own visit; name your school or your visit as the source.',
  };
}

/** Fact 'action-owner-or-clerk': an action is marked done by its owner, a clerk or a trust admin. */
export function mayCompleteAction(actor: Actor, action: { ownerId: string; schoolId: string | null }): FactOutcome<true> {
  if (actor.kind === 'person' && actor.personId === action.ownerId) return { allowed: true, value: true };
  if (adminOrClerkFor(actor, action.schoolId)) return { allowed: true, value: true };
  return { allowed: false, detail: 'Only the action\'s owner, the clerk or a trust admin can mark it done.' };
}

/** Fact 'may-change-action': an action's owner or due date is changed by a trust admin, the clerk or the school's headteacher. */
export function mayChangeAction(actor: Actor, action: { schoolId: string | null }): FactOutcome<true> {
  if (adminOrClerkFor(actor, action.schoolId) || headteacherOf(actor, action.schoolId)) return { allowed: true, value: true };
  return { allowed: false, detail: 'Only a trust admin, the clerk or the school\'s headteacher can change who owns an action or when it is due.' };
}

/**
 * Fact 'own-record-or-clerk': a person's declarations of interests and training are recorded
 * and read by the person themselves, a trust admin or the trust's clerk (who records them for
 * governors who hand in a paper form); a clerk of one academy for the people of that academy.
 */
export function mayKeepRecordOf(actor: Actor, person: { personId: string; roles: readonly RoleGrant[] }): FactOutcome<true> {
  if (actor.kind !== 'person') return { allowed: false, detail: RECORD_KEEPERS };
  if (actor.personId === person.personId) return { allowed: true, value: true };
  const keeper = actor.roles.some(
    (grant) =>
      grant.role === 'trust-admin' ||
      (grant.role === 'clerk' && (grant.schoolId === undefined || person.roles.some((held) => held.schoolId === grant.schoolId))),
  );
  return keeper ? { allowed: true, value: true } : { allowed: false, detail: RECORD_KEEPERS };
}

const RECORD_KEEPERS = "Only the person themselves, a trust admin or the clerk can record or read someone's declarations of interests and training.";

/**
 * Fact 'staff-of-school': the person holds the role `staff` at the school (from their person
 * stream, not the session), so only its own staff acknowledge its policies (422 not-staff-of-school).
 */
export function requireStaffOfSchool(grants: readonly RoleGrant[], schoolId: string): void {
  if (!grants.some((grant) => grant.role === 'staff' && grant.schoolId === schoolId)) {
    throw new DomainError(
      'not-staff-of-school',
      'Only a member of staff of this school can acknowledge its policies, and only for themselves; you are not on its staff list.',
      { schoolId },
    );
  }
}
