import type { PolicyChangeRequest } from '@governance/contracts';
import type { SchoolPhase } from '@governance/domain';
import { AppliesToField } from './applies-to-field';
import { OptionalBoolean } from '../../http/dto-fields';

/** PATCH .../policies/:policyId: the phases a policy applies to, whether staff must acknowledge it, or both. */
export class ChangePolicyDto implements PolicyChangeRequest {
  @AppliesToField(false)
  appliesTo?: SchoolPhase[];

  @OptionalBoolean()
  acknowledgementRequired?: boolean;
}
