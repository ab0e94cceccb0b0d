import { Injectable } from '@nestjs/common';
import { DomainError, mayBeLinkGovernor } from '@governance/domain';
import { PersonReader } from '../people/person-reader';
import { PolicyReader } from '../policies/policy-reader';

/** Cross-stream facts a governance command refers to: the people and policies it names must be the trust's. */
@Injectable()
export class GovernanceChecks {
  constructor(
    private readonly people: PersonReader,
    private readonly policies: PolicyReader,
  ) {}

  /** A link governor must be a governor or trustee of this school (or trust-wide) in this trust. */
  async requireGovernor(trustId: string, schoolId: string, personId: string): Promise<void> {
    const person = await this.people.load(personId);
    if (!person.exists || person.trustId !== trustId || person.erased) {
      throw new DomainError('unknown-person', 'personId does not name a person of this trust.', { personId });
    }
    if (!mayBeLinkGovernor(person.roles, schoolId)) {
      throw new DomainError(
        'not-a-governor',
        'Only a governor of this school (or a trustee) can be its link governor; give the person the governor role first.',
        { personId },
      );
    }
  }

  /** Every policy id must be one of the trust's policies. */
  async requirePolicies(trustId: string, policyIds: readonly unknown[] | undefined): Promise<void> {
    for (const policyId of new Set(policyIds ?? [])) {
      if (typeof policyId !== 'string') continue; // the decider reports malformed lists
      const policy = await this.policies.load(policyId);
      if (!policy.registered || policy.trustId !== trustId) {
        throw new DomainError('unknown-policy', `policyIds names ${policyId}, which is not a policy of this trust.`, { policyId });
      }
    }
  }
}
