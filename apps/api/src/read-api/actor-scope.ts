import { Actor } from '../auth/actor';

/**
 * The schools whose data an actor may read: undefined for trust-wide readers (the operator,
 * trust-wide grants), else the schools of their school-scoped grants.
 */
export function readableSchools(actor: Actor): ReadonlySet<string> | undefined {
  if (actor.kind === 'operator') return undefined;
  if (actor.roles.some((grant) => !grant.schoolId)) return undefined;
  return new Set(actor.roles.map((grant) => grant.schoolId as string));
}
