import { Approver, approvers, PolicyScope, policyScopes, SchoolPhase } from '@governance/domain';
import { AppliesToField } from './applies-to-field';
import {
  DomainChecked,
  OptionalBoolean,
  OptionalText,
  RequiredChoice,
  RequiredText,
  TextList,
} from '../../http/dto-fields';
import type { PolicyRequest } from '@governance/contracts';

export class RegisterPolicyDto implements PolicyRequest {
  @RequiredText(200, 'Social Media Policy')
  title!: string;

  @RequiredChoice(policyScopes)
  scope!: PolicyScope;

  @DomainChecked('Months between reviews (1-60), or a phrase such as "annually", "bi-annually", "every three years"', true)
  reviewCycleMonths!: number | string;

  @RequiredChoice(approvers)
  approver!: Approver;

  @OptionalBoolean()
  statutory?: boolean;

  @OptionalBoolean()
  eiaRequired?: boolean;

  @OptionalText(100, 'safeguarding')
  category?: string;

  @TextList(100, 300)
  legislation?: string[];

  @TextList(100, 200)
  linkedPolicies?: string[];

  @AppliesToField(false)
  appliesTo?: SchoolPhase[];

  @OptionalBoolean()
  acknowledgementRequired?: boolean;
}
