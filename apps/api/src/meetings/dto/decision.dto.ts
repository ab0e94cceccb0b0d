import { decisionKinds, reviewOutcomes } from '@governance/domain';
import { OptionalChoice, OptionalDueDate, OptionalObject, OptionalText, RequiredChoice, RequiredText, VersionNumber } from '../../http/dto-fields';
import type { ApproverExceptionBody, DecisionKind, DecisionRequest, ReviewOutcome } from '@governance/contracts';

export class DecisionDto implements DecisionRequest {
  @RequiredChoice(decisionKinds)
  kind!: DecisionKind;

  @RequiredText(200, 'TB/2026/14')
  minuteRef!: string;

  @OptionalText(100)
  policyId?: string;

  @OptionalText(100)
  schoolId?: string;

  @VersionNumber({ optional: true })
  version?: number;

  @OptionalChoice(reviewOutcomes)
  outcome?: ReviewOutcome;

  @OptionalDueDate()
  nextReviewDue?: string;

  @OptionalText(20_000)
  text?: string;

  @OptionalObject('{reason}: records a body other than the scheme of delegation gives, on purpose (it counts, flagged).')
  exception?: ApproverExceptionBody;
}
