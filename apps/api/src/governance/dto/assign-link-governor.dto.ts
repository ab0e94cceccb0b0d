import { OptionalDate, RequiredText, TextList } from '../../http/dto-fields';

export class AssignLinkGovernorDto {
  @RequiredText(64)
  personId!: string;

  @RequiredText(100, 'Safeguarding')
  area!: string;

  @TextList(200, 64)
  policyIds?: string[];

  @OptionalDate()
  assignedOn?: string;
}
