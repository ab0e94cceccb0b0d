import { InvalidValueError } from '../shared/domain-error';

/** The roles of API.md. */
export const PERSON_ROLES = [
  'trust-admin',
  'trustee',
  'clerk',
  'headteacher',
  'governor',
  'staff',
] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** Roles that belong to one school and need its id. */
export const SCHOOL_SCOPED_ROLES: readonly PersonRole[] = ['headteacher', 'governor', 'staff'];
/** Roles that span the whole trust and may not name a school. */
export const TRUST_WIDE_ROLES: readonly PersonRole[] = ['trust-admin', 'trustee'];

export interface RoleGrant {
  role: PersonRole;
  /** Absent for a trust-wide grant. */
  schoolId?: string;
}

export function isPersonRole(value: unknown): value is PersonRole {
  return typeof value === 'string' && (PERSON_ROLES as readonly string[]).includes(value);
}

/**
 * Why a role and school scope do not fit together, in words for the trust's admin, or
 * undefined when they do. Clerks may serve the whole trust or one school.
 */
export function roleScopeProblem(
  role: PersonRole,
  schoolId: string | undefined,
): string | undefined {
  if (SCHOOL_SCOPED_ROLES.includes(role) && !schoolId) {
    return `a ${role} belongs to one school: give the schoolId of their school`;
  }
  if (TRUST_WIDE_ROLES.includes(role) && schoolId) {
    return `a ${role} serves the whole trust: leave schoolId out`;
  }
  return undefined;
}

/**
 * Checks one grant against the trust's current schools; `field` names the grant in the request
 * (e.g. `roles.0`) so the answer points at the bad field.
 */
export function validRoleGrant(
  grant: RoleGrant,
  activeSchoolIds: readonly string[],
  field = '',
): RoleGrant {
  const at = (name: string) => (field ? `${field}.${name}` : name);
  if (!isPersonRole(grant.role)) {
    throw new InvalidValueError(
      at('role'),
      `${at('role')} must be one of ${PERSON_ROLES.join(', ')}`,
    );
  }
  const problem = roleScopeProblem(grant.role, grant.schoolId);
  if (problem) throw new InvalidValueError(at('schoolId'), problem);
  if (grant.schoolId !== undefined && !activeSchoolIds.includes(grant.schoolId)) {
    throw new InvalidValueError(
      at('schoolId'),
      `school ${grant.schoolId} is not a school of this trust`,
    );
  }
  return grant.schoolId === undefined
    ? { role: grant.role }
    : { role: grant.role, schoolId: grant.schoolId };
}

export function sameGrant(a: RoleGrant, b: RoleGrant): boolean {
  return a.role === b.role && (a.schoolId ?? null) === (b.schoolId ?? null);
}
