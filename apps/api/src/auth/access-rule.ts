import { SetMetadata } from '@nestjs/common';

export const ROLES = ['trust-admin', 'trustee', 'clerk', 'headteacher', 'governor', 'staff'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who may call a route. Every route declares one (a test enforces it), and one global
 * guard enforces them all, so no controller checks access by hand.
 * - public: anyone, no token (health, login).
 * - authenticated: any signed-in person or the operator (e.g. /api/me).
 * - operator: the platform operator's token only (creating trusts).
 * - trust: a person of the route's :trustId holding one of `roles` (any scope), or the operator when `operator` is true.
 * - school: a person of :trustId holding one of `roles` trust-wide or for the route's :schoolId.
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'operator' }
  | { kind: 'trust'; roles: readonly Role[] | 'any'; operator?: boolean }
  | { kind: 'school'; roles: readonly Role[] | 'any'; operator?: boolean };

export const ACCESS_RULE = 'governance:access-rule';

export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);
export const Authenticated = () => SetMetadata(ACCESS_RULE, { kind: 'authenticated' } satisfies AccessRule);
export const OperatorOnly = () => SetMetadata(ACCESS_RULE, { kind: 'operator' } satisfies AccessRule);
export const TrustAccess = (roles: readonly Role[] | 'any', options: { operator?: boolean } = {}) =>
  SetMetadata(ACCESS_RULE, { kind: 'trust', roles, ...options } satisfies AccessRule);
export const SchoolAccess = (roles: readonly Role[] | 'any', options: { operator?: boolean } = {}) =>
  SetMetadata(ACCESS_RULE, { kind: 'school', roles, ...options } satisfies AccessRule);
