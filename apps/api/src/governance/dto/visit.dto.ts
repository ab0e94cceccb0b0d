import { OptionalText, RequiredDate, RequiredText, TextList } from '../../http/dto-fields';
import type { VisitRequest } from '@governance/contracts';

export class VisitDto implements VisitRequest {
  @RequiredDate()
  visitedOn!: string;

  @RequiredText(2000, 'Termly safeguarding monitoring visit')
  purpose!: string;

  @RequiredText(20_000)
  findings!: string;

  @TextList(200, 64)
  policyIds?: string[];

  @TextList(100, 2000)
  actions?: string[];

  /** The link governor the visit was by; only a trust admin may name someone else. Default: the caller. */
  @OptionalText(64)
  governorId?: string;
}
