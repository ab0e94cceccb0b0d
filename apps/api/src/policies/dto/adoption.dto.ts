import { Approver, approvers } from '@governance/domain';
import { OptionalChoice, OptionalText, RequiredDate, VersionNumber } from '../../http/dto-fields';

export class AdoptionDto {
  @VersionNumber()
  version!: number;

  @RequiredDate()
  adoptedOn!: string;

  @OptionalChoice(approvers)
  approvedBy?: Approver;

  @OptionalText(20_000)
  localAmendments?: string;
}
