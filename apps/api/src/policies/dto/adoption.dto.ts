import { Approver, approvers } from '@governance/domain';
import { OptionalChoice, OptionalText, RequiredDate, VersionNumber } from '../../http/dto-fields';
import type { AdoptionRequest } from '@governance/contracts';

export class AdoptionDto implements AdoptionRequest {
  @VersionNumber()
  version!: number;

  @RequiredDate()
  adoptedOn!: string;

  @OptionalChoice(approvers)
  approvedBy?: Approver;

  @OptionalText(20_000)
  localAmendments?: string;
}
