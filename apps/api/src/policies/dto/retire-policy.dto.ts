import { OptionalDate, OptionalText } from '../../http/dto-fields';

export class RetirePolicyDto {
  @OptionalDate()
  retiredOn?: string;

  @OptionalText(2000, 'Merged into the Behaviour Policy')
  reason?: string;
}
