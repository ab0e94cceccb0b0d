import { Approver, approvers } from '@governance/domain';
import { OptionalText, RequiredChoice, RequiredDate, VersionNumber } from '../../http/dto-fields';

export class ApproveVersionDto {
  @VersionNumber()
  version!: number;

  @RequiredDate()
  approvedOn!: string;

  @RequiredChoice(approvers)
  body!: Approver;

  @OptionalText(200, 'TB/2026/14')
  minuteRef?: string;
}
