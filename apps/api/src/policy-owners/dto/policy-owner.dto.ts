import { RequiredText } from '../../http/dto-fields';
import type { PolicyOwnerRequest } from '@governance/contracts';

export class PolicyOwnerDto implements PolicyOwnerRequest {
  @RequiredText(64)
  personId!: string;
}
