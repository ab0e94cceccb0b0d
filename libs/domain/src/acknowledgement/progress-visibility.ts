import { Actor } from '../access/actor';

/** What a caller sees of one school's progress on one policy. */
export type ProgressView = 'names' | 'counts' | 'hidden';

/**
 * Fact 'acknowledgement-progress-reader': who sees which rows of the acknowledgement progress.
 * Trust admins and trustees see the counts of every school; a school's headteacher (or a trust
 * admin of that school) and a policy's owner there (PolicyOwnerAssigned) see that school's rows.
 * Names of those outstanding only when the request names the school, and only to a trust admin,
 * that school's headteacher or the policy's owner there: a trustee sees counts, never names.
 */
export function acknowledgementProgressView(
  actor: Actor,
  row: { schoolId: string; ownerId: string | null },
  schoolNamed: boolean,
): ProgressView {
  if (actor.kind !== 'person') return 'hidden';
  const grants = actor.roles;
  const admin = grants.some((grant) => grant.role === 'trust-admin' && (grant.schoolId === undefined || grant.schoolId === row.schoolId));
  const headteacher = grants.some((grant) => grant.role === 'headteacher' && grant.schoolId === row.schoolId);
  const owner = row.ownerId !== null && row.ownerId === actor.personId;
  if (admin || headteacher || owner) return schoolNamed ? 'names' : 'counts';
  return grants.some((grant) => grant.role === 'trustee') ? 'counts' : 'hidden';
}
