import { PersonRole } from '../people/roles';
import { AccessEntry } from './access-entry';
import { RoleGrant } from '../people/roles';
import { Actor } from './actor';

/** What the guard found out about the route's :trustId and :schoolId. */
export interface AccessTarget {
  trustId?: string;
  /** The trust exists (only looked up when the answer depends on it). */
  trustExists: boolean;
  schoolId?: string;
  /** The school is one of the trust's current schools. */
  schoolExists: boolean;
}

export type AccessRefusal =
  | 'mfa-enrolment-required'
  | 'operator-only'
  | 'people-only'
  | 'operator-not-allowed'
  | 'other-trust'
  | 'unknown-trust'
  | 'unknown-school'
  | 'role-not-allowed';

export type AccessOutcome =
  { allowed: true } | { allowed: false; status: 403 | 404; reason: AccessRefusal };

const allow: AccessOutcome = { allowed: true };
export const refuse = (status: 403 | 404, reason: AccessRefusal): AccessOutcome => ({
  allowed: false,
  status,
  reason,
});

/**
 * The scope and roles of an access entry, applied to an actor, as one pure function. The
 * order matters: another trust's resources are 404 before anything else is said about them,
 * unknown ones are 404, and only a known resource can be 403.
 */
export function decideAccess(
  entry: AccessEntry,
  actor: Actor,
  mfaEnrolmentRequired: boolean,
  target: AccessTarget,
): AccessOutcome {
  if (entry.scope === 'public') return allow;
  if (mfaEnrolmentRequired && !entry.duringMfaEnrolment) return refuse(403, 'mfa-enrolment-required');
  switch (entry.scope) {
    case 'signed-in':
      return allow;
    case 'person':
      return actor.kind === 'person' ? allow : refuse(403, 'people-only');
    case 'operator':
      return actor.kind === 'operator' ? allow : refuse(403, 'operator-only');
    case 'trust':
    case 'school': {
      if (target.trustId === undefined)
        throw new Error(`A ${entry.scope} access entry needs a :trustId route parameter`);
      if (entry.scope === 'school' && target.schoolId === undefined) {
        throw new Error('A school access entry needs a :schoolId route parameter');
      }
      if (actor.kind === 'person' && actor.trustId !== target.trustId)
        return refuse(404, 'other-trust');
      if (!target.trustExists) return refuse(404, 'unknown-trust');
      if (target.schoolId !== undefined && !target.schoolExists)
        return refuse(404, 'unknown-school');
      if (actor.kind === 'operator')
        return entry.operator ? allow : refuse(403, 'operator-not-allowed');
      return holdsRole(actor, entry.roles ?? [], target.schoolId)
        ? allow
        : refuse(403, 'role-not-allowed');
    }
  }
}

/** A grant counts when it is trust-wide or for the given school (any school when none is given). */
export function holdsRole(
  actor: Actor,
  roles: readonly PersonRole[] | 'any',
  schoolId?: string,
): boolean {
  if (actor.kind !== 'person') return false;
  return grantsInclude(actor.roles, roles, schoolId);
}

/** The same question asked of a person's grants rather than of a signed-in actor. */
export function grantsInclude(
  grants: readonly RoleGrant[],
  roles: readonly PersonRole[] | 'any',
  schoolId?: string,
): boolean {
  return grants.some(
    (grant) =>
      (roles === 'any' || roles.includes(grant.role)) &&
      (schoolId === undefined || grant.schoolId === undefined || grant.schoolId === schoolId),
  );
}

/** A trust-wide trust admin: the one grant that may act for others and see every school. */
export function isTrustWideAdminGrant(grant: RoleGrant): boolean {
  return grant.role === 'trust-admin' && !grant.schoolId;
}

export function isTrustWideAdmin(actor: Actor): boolean {
  return actor.kind === 'person' && actor.roles.some(isTrustWideAdminGrant);
}

/**
 * Whether a trust's "two-step sign-in for admins" applies to these grants: any trust-admin
 * grant, trust-wide or for one school.
 */
export function holdsAdminRole(grants: readonly RoleGrant[]): boolean {
  return grantsInclude(grants, ['trust-admin']);
}

/** The headteacher of that school (reminder recipients). */
export function isHeadteacherGrantOf(grant: RoleGrant, schoolId: string): boolean {
  return grant.role === 'headteacher' && grant.schoolId === schoolId;
}

/**
 * The schools whose data an actor may read: every school for the operator and for anyone
 * with a trust-wide role, otherwise the schools of their grants (none for a person with no
 * grants). The one answer to this question: list filters, exports, the audit trail, the
 * calendar and the minutes pack all ask it here.
 */
export function readableSchools(actor: Actor): 'all' | ReadonlySet<string> {
  if (actor.kind === 'operator' || actor.roles.some((grant) => grant.schoolId === undefined))
    return 'all';
  return new Set(actor.roles.map((grant) => grant.schoolId as string));
}

/** Fact 'readable-school': a school named in a query or body is one the caller may read. */
export function mayReadSchool(actor: Actor, schoolId: string): boolean {
  const readable = readableSchools(actor);
  return readable === 'all' || readable.has(schoolId);
}
