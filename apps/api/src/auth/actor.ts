import { Role } from './access-rule';

export interface RoleGrant {
  role: Role;
  /** Absent for a trust-wide grant. */
  schoolId?: string;
}

/** Who is making the request, as established by the authentication guard. */
export type Actor =
  | { kind: 'operator'; actorId: 'operator' }
  | { kind: 'person'; actorId: string; personId: string; trustId: string; roles: RoleGrant[] };

/** The role recorded in event metadata: the operator, or the person's most senior grant. */
export function actorRoleOf(actor: Actor, schoolId?: string): string {
  if (actor.kind === 'operator') return 'operator';
  const applicable = actor.roles.filter((grant) => !grant.schoolId || grant.schoolId === schoolId);
  const order: Role[] = ['trust-admin', 'headteacher', 'clerk', 'trustee', 'governor', 'staff'];
  return order.find((role) => applicable.some((grant) => grant.role === role)) ?? actor.roles[0]?.role ?? 'none';
}
