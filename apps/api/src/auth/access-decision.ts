import { AccessRule, Role } from './access-rule';
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
const refuse = (status: 403 | 404, reason: AccessRefusal): AccessOutcome => ({
  allowed: false,
  status,
  reason,
});

/**
 * The whole access policy as one pure function. The order matters: another trust's
 * resources are 404 before anything else is said about them, unknown ones are 404, and
 * only a known resource can be 403.
 */
export function decideAccess(
  rule: Exclude<AccessRule, { kind: 'public' }>,
  actor: Actor,
  mfaEnrolmentRequired: boolean,
  target: AccessTarget,
): AccessOutcome {
  if (mfaEnrolmentRequired && !('duringMfaEnrolment' in rule && rule.duringMfaEnrolment)) {
    return refuse(403, 'mfa-enrolment-required');
  }
  switch (rule.kind) {
    case 'authenticated':
      return allow;
    case 'person':
      return actor.kind === 'person' ? allow : refuse(403, 'people-only');
    case 'operator':
      return actor.kind === 'operator' ? allow : refuse(403, 'operator-only');
    case 'trust':
    case 'school': {
      if (target.trustId === undefined)
        throw new Error(`A ${rule.kind} access rule needs a :trustId route parameter`);
      if (rule.kind === 'school' && target.schoolId === undefined) {
        throw new Error('A school access rule needs a :schoolId route parameter');
      }
      if (actor.kind === 'person' && actor.trustId !== target.trustId)
        return refuse(404, 'other-trust');
      if (!target.trustExists) return refuse(404, 'unknown-trust');
      if (target.schoolId !== undefined && !target.schoolExists)
        return refuse(404, 'unknown-school');
      if (actor.kind === 'operator')
        return rule.operator ? allow : refuse(403, 'operator-not-allowed');
      return holdsRole(actor, rule.roles, target.schoolId)
        ? allow
        : refuse(403, 'role-not-allowed');
    }
  }
}

/** A grant counts when it is trust-wide or for the given school (any school when none is given). */
export function holdsRole(
  actor: Actor,
  roles: readonly Role[] | 'any',
  schoolId?: string,
): boolean {
  if (actor.kind !== 'person') return false;
  return actor.roles.some(
    (grant) =>
      (roles === 'any' || roles.includes(grant.role)) &&
      (schoolId === undefined || grant.schoolId === undefined || grant.schoolId === schoolId),
  );
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
