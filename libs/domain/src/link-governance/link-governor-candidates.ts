import { requirePersonOfTrust } from '../people/person-of-trust';
import { mayBeLinkGovernor } from '../access/access-facts';
import { PersonState } from '../people/person-state';
import { PolicyState } from '../policy/events';
import { DomainError } from '../shared/domain-error';

/**
 * Who may be named a school's link governor, and which policies they may follow: the rules a
 * link-governance command needs from other streams (the person's and the policies'). The app
 * loads those states; these say what is refused.
 */

/** The person must be a governor of this school, or a trustee or trust-wide governor, of this trust. */
export function requireLinkGovernorCandidate(
  person: PersonState,
  named: { personId: string; trustId: string; schoolId: string },
): void {
  const { personId, trustId, schoolId } = named;
  const registered = requirePersonOfTrust(person, personId, trustId);
  if (!mayBeLinkGovernor(registered.roles, schoolId)) {
    throw new DomainError(
      'not-a-governor',
      'Only a governor of this school (or a trustee) can be its link governor; give the person the governor role first.',
      { personId },
    );
  }
}

/** A policy a link governor follows must be one of the trust's. */
export function requireTrustPolicy(policy: PolicyState, named: { policyId: string; trustId: string }): void {
  const { policyId, trustId } = named;
  if (!policy.registered || policy.trustId !== trustId) {
    throw new DomainError('unknown-policy', `policyIds names ${policyId}, which is not a policy of this trust.`, { policyId });
  }
}
