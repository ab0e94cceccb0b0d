import { OptionalDate, OptionalText } from '../../http/dto-fields';
import type { RetirementRequest } from '@governance/contracts';

export class RetirePolicyDto implements RetirementRequest {
  @OptionalDate()
  retiredOn?: string;

  @OptionalText(2000, 'Merged into the Behaviour Policy')
  reason?: string;
}
