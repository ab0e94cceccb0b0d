import { PersonRole, RoleGrant } from '../people/roles';

/** Who is making the request: the platform operator, or a signed-in person of one trust. */
export type Actor =
  | { kind: 'operator'; actorId: 'operator' }
  | { kind: 'person'; actorId: string; personId: string; trustId: string; roles: RoleGrant[] };

const SENIORITY: readonly PersonRole[] = ['trust-admin', 'headteacher', 'clerk', 'trustee', 'governor', 'staff'];

/** The role recorded in event metadata: the operator, or the person's most senior grant. */
export function actorRoleOf(actor: Actor, schoolId?: string): string {
  if (actor.kind === 'operator') return 'operator';
  const applicable = actor.roles.filter((grant) => !grant.schoolId || grant.schoolId === schoolId);
  return SENIORITY.find((role) => applicable.some((grant) => grant.role === role)) ?? actor.roles[0]?.role ?? 'none';
}
