import type { PolicyChangeRequest } from '@governance/contracts';
import type { SchoolPhase } from '@governance/domain';
import { AppliesToField } from './applies-to-field';

/** PATCH .../policies/:policyId: today the phases a policy applies to. */
export class ChangePolicyDto implements PolicyChangeRequest {
  @AppliesToField(true)
  appliesTo!: SchoolPhase[];
}
