import { SetMetadata } from '@nestjs/common';
import { PERSON_ROLES, PersonRole } from '@governance/domain';

export const ROLES = PERSON_ROLES;
export type Role = PersonRole;

/**
 * Who may call a route. Every route declares one (test/access-rules.e2e-spec.ts enforces it),
 * and one global guard (access.guard.ts) enforces them all, so no controller checks access by hand.
 * - public: anyone, no token (health, login).
 * - authenticated: any signed-in person or the operator (e.g. /api/me).
 * - person: any signed-in person, not the operator (e.g. setting up one's own second factor).
 * - operator: the platform operator's token only (creating trusts).
 * - trust: a person of the route's :trustId holding one of `roles`, or the operator when `operator` is true.
 * - school: as trust, for routes with a :schoolId.
 * Whenever the route has a :schoolId, a school-scoped grant counts only for that school; a
 * trust-wide grant counts everywhere. `duringMfaEnrolment` marks the few routes an admin
 * may use before setting up the second factor their trust requires.
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'authenticated'; duringMfaEnrolment?: boolean }
  | { kind: 'person'; duringMfaEnrolment?: boolean }
  | { kind: 'operator' }
  | { kind: 'trust'; roles: readonly Role[] | 'any'; operator?: boolean }
  | { kind: 'school'; roles: readonly Role[] | 'any'; operator?: boolean };

export const ACCESS_RULE = 'governance:access-rule';

interface EnrolmentOption {
  /** Also reachable by an admin who must still set up the second factor their trust requires. */
  duringMfaEnrolment?: boolean;
}

export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);
export const Authenticated = (options: EnrolmentOption = {}) =>
  SetMetadata(ACCESS_RULE, { kind: 'authenticated', ...options } satisfies AccessRule);
export const PersonOnly = (options: EnrolmentOption = {}) =>
  SetMetadata(ACCESS_RULE, { kind: 'person', ...options } satisfies AccessRule);
export const OperatorOnly = () =>
  SetMetadata(ACCESS_RULE, { kind: 'operator' } satisfies AccessRule);
export const TrustAccess = (roles: readonly Role[] | 'any', options: { operator?: boolean } = {}) =>
  SetMetadata(ACCESS_RULE, { kind: 'trust', roles, ...options } satisfies AccessRule);
export const SchoolAccess = (
  roles: readonly Role[] | 'any',
  options: { operator?: boolean } = {},
) => SetMetadata(ACCESS_RULE, { kind: 'school', roles, ...options } satisfies AccessRule);
