import type { AcknowledgePolicyRequest } from '@governance/contracts';
import { VersionNumber } from '../../http/dto-fields';

/** POST .../schools/:schoolId/policies/:policyId/acknowledgements: the version read. */
export class AcknowledgePolicyDto implements AcknowledgePolicyRequest {
  @VersionNumber()
  version!: number;
}
