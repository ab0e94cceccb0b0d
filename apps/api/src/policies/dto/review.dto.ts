import { ReviewOutcome, reviewOutcomes } from '@governance/domain';
import { OptionalDueDate, OptionalText, RequiredChoice, RequiredDate } from '../../http/dto-fields';
import type { ReviewRequest } from '@governance/contracts';

/** A review at trust level or at a school: the same fields. */
export class ReviewDto implements ReviewRequest {
  @RequiredDate()
  reviewedOn!: string;

  @RequiredChoice(reviewOutcomes)
  outcome!: ReviewOutcome;

  @OptionalText(20_000)
  notes?: string;

  @OptionalDueDate()
  nextReviewDue?: string;
}
