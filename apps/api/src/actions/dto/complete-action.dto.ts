import type { CompleteActionRequest } from '@governance/contracts';
import { OptionalText, RequiredDate } from '../../http/dto-fields';

export class CompleteActionDto implements CompleteActionRequest {
  @RequiredDate()
  completedOn!: string;

  @OptionalText(2000, 'Training booked for all staff on 12 January')
  note?: string;
}
