import { OptionalDate, RequiredText, TextList } from '../../http/dto-fields';
import type { LinkGovernorRequest } from '@governance/contracts';

export class AssignLinkGovernorDto implements LinkGovernorRequest {
  @RequiredText(64)
  personId!: string;

  @RequiredText(100, 'Safeguarding')
  area!: string;

  @TextList(200, 64)
  policyIds?: string[];

  @OptionalDate()
  assignedOn?: string;
}
