import { requirePersonOfTrust } from '../people/person-of-trust';
import { PersonState } from '../people/person-state';
import { PolicyFacts } from '../policy/policy-facts';
import { RoleGrant } from '../people/roles';
import { requireText } from '../input';
import { DomainError } from '../shared/domain-error';
import { SchoolPolicyEvent, SchoolPolicyState } from './events';

/**
 * A school policy's owner: the named member of staff who leads it at that school and is
 * reminded of its reviews with the headteacher. The owner's own stream (the person) is read by
 * the application; these rules say who may be named and what the assignment records.
 */

/** Someone with a role at this school, or a trust-wide role (a trust admin, trustee or trust clerk). */
export function mayOwnSchoolPolicy(grants: readonly RoleGrant[], schoolId: string): boolean {
  return grants.some((grant) => grant.schoolId === undefined || grant.schoolId === schoolId);
}

/** The person must be of this trust, not erased, and hold a role at this school or trust-wide. */
export function requirePolicyOwnerCandidate(
  person: PersonState,
  named: { personId: string; trustId: string; schoolId: string },
): void {
  const { personId, trustId, schoolId } = named;
  const registered = requirePersonOfTrust(person, personId, trustId);
  if (!mayOwnSchoolPolicy(registered.roles, schoolId)) {
    throw new DomainError(
      'not-of-school',
      'A policy owner must work at this school (or hold a trust-wide role); give the person a role at this school first.',
      { personId },
    );
  }
}

export interface AssignPolicyOwner {
  type: 'AssignPolicyOwner';
  /** `personId` was checked against the person's stream by requirePolicyOwnerCandidate. */
  data: { schoolId: string; policyId: string; policy: PolicyFacts; personId: string };
}

/** Names the owner; naming the current owner again records nothing. */
export function assignOwner({ data }: AssignPolicyOwner, state: SchoolPolicyState): SchoolPolicyEvent[] {
  const personId = requireText(data.personId, 'personId', { max: 200 });
  if (state.ownerId === personId) return [];
  return [{ type: 'PolicyOwnerAssigned', data: { schoolId: data.schoolId, policyId: data.policyId, personId } }];
}
