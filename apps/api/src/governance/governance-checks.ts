import { Injectable } from '@nestjs/common';
import { requireLinkGovernorCandidate, requireTrustPolicy } from '@governance/domain';
import { PersonReader } from '../people/person-reader';
import { PolicyReader } from '../policies/policy-reader';

/** Loads the other streams a governance command names; the rules are link-governor-candidates.ts in the domain. */
@Injectable()
export class GovernanceChecks {
  constructor(
    private readonly people: PersonReader,
    private readonly policies: PolicyReader,
  ) {}

  /** A link governor must be a governor or trustee of this school (or trust-wide) in this trust. */
  async requireGovernor(trustId: string, schoolId: string, personId: string): Promise<void> {
    requireLinkGovernorCandidate(await this.people.load(personId), { personId, trustId, schoolId });
  }

  /** Every policy id must be one of the trust's policies. */
  async requirePolicies(trustId: string, policyIds: readonly unknown[] | undefined): Promise<void> {
    for (const policyId of new Set(policyIds ?? [])) {
      if (typeof policyId !== 'string') continue; // the decider reports malformed lists
      requireTrustPolicy(await this.policies.load(policyId), { policyId, trustId });
    }
  }
}
