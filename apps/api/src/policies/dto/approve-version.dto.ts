import { Approver, approvers } from '@governance/domain';
import { OptionalText, RequiredChoice, RequiredDate, VersionNumber } from '../../http/dto-fields';
import { OptionalObject } from '../../http/dto-fields';
import type { ApproverExceptionBody, ApprovalRequest } from '@governance/contracts';

export class ApproveVersionDto implements ApprovalRequest {
  @VersionNumber()
  version!: number;

  @RequiredDate()
  approvedOn!: string;

  @RequiredChoice(approvers)
  body!: Approver;

  @OptionalText(200, 'TB/2026/14')
  minuteRef?: string;

  @OptionalObject('{reason}: records a body other than the scheme of delegation gives, on purpose (it counts, flagged).')
  exception?: ApproverExceptionBody;
}
