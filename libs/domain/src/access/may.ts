import { ACCESS, AccessKey } from './access-table';
import { AccessEntry } from './access-entry';
import { Actor } from './actor';
import { grantsInclude } from './decide-access';

/** Where an actor may send an entry: anywhere in their trust, or only for these schools. */
export type AllowedWhere = 'all' | string[];

/** Each trust- or school-scoped entry the actor may send, and where; absent means nowhere. */
export type MayMap = Partial<Record<AccessKey, AllowedWhere>>;

/**
 * What the signed-in person may do, read from the access table with the guard's own role test
 * (grantsInclude), so the web app shows what the server would allow and checks no role itself.
 */
export function mayMap(actor: Actor, mfaEnrolmentRequired: boolean): MayMap {
  const may: MayMap = {};
  for (const key of Object.keys(ACCESS) as AccessKey[]) {
    const where = allowedWhere(ACCESS[key], actor, mfaEnrolmentRequired);
    if (where) may[key] = where;
  }
  return may;
}

/**
 * 'all' when a trust-wide grant (or, for the operator, the entry's operator flag) allows it;
 * else the schools whose grants allow it; undefined when none does. Only trust and school
 * scopes: the others say nothing about roles.
 */
export function allowedWhere(
  entry: AccessEntry,
  actor: Actor,
  mfaEnrolmentRequired: boolean,
): AllowedWhere | undefined {
  if (entry.scope !== 'trust' && entry.scope !== 'school') return undefined;
  if (mfaEnrolmentRequired && !entry.duringMfaEnrolment) return undefined;
  if (actor.kind === 'operator') return entry.operator ? 'all' : undefined;
  const roles = entry.roles ?? [];
  const trustWide = actor.roles.filter((grant) => grant.schoolId === undefined);
  if (grantsInclude(trustWide, roles)) return 'all';
  const schools = actor.roles
    .filter((grant) => grant.schoolId !== undefined && grantsInclude([grant], roles, grant.schoolId))
    .map((grant) => grant.schoolId as string);
  return schools.length > 0 ? [...new Set(schools)] : undefined;
}
