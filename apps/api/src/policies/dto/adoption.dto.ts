import { Approver, approvers } from '@governance/domain';
import { OptionalChoice, OptionalText, RequiredDate, VersionNumber } from '../../http/dto-fields';
import { OptionalObject } from '../../http/dto-fields';
import type { ApproverExceptionBody, AdoptionRequest } from '@governance/contracts';

export class AdoptionDto implements AdoptionRequest {
  @VersionNumber()
  version!: number;

  @RequiredDate()
  adoptedOn!: string;

  @OptionalChoice(approvers)
  approvedBy?: Approver;

  @OptionalText(20_000)
  localAmendments?: string;

  @OptionalObject('{reason}: records a body other than the scheme of delegation gives, on purpose (it counts, flagged).')
  exception?: ApproverExceptionBody;
}
