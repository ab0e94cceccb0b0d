import type { ChangeActionRequest } from '@governance/contracts';
import { OptionalDate, OptionalText } from '../../http/dto-fields';

export class ChangeActionDto implements ChangeActionRequest {
  @OptionalText(64)
  ownerId?: string;

  @OptionalDate('2027-02-01')
  dueOn?: string;
}
