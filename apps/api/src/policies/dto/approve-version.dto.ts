import { Approver, approvers } from '@governance/domain';
import { OptionalText, RequiredChoice, RequiredDate, VersionNumber } from '../../http/dto-fields';
import type { ApprovalRequest } from '@governance/contracts';

export class ApproveVersionDto implements ApprovalRequest {
  @VersionNumber()
  version!: number;

  @RequiredDate()
  approvedOn!: string;

  @RequiredChoice(approvers)
  body!: Approver;

  @OptionalText(200, 'TB/2026/14')
  minuteRef?: string;
}
