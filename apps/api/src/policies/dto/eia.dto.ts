import { EiaAudience, EiaImpacts } from '@governance/domain';
import {
  OptionalDate,
  OptionalText,
  RequiredBoolean,
  RequiredDate,
  RequiredObject,
  RequiredText,
  TextList,
  VersionNumber,
} from '../../http/dto-fields';
import type { EiaRequest } from '@governance/contracts';

export class EiaDto implements EiaRequest {
  @RequiredDate()
  completedOn!: string;

  @RequiredObject(
    'for each of age, disability, gender-reassignment, marriage-civil-partnership, pregnancy-maternity, race, religion-belief, sex, sexual-orientation: {negativeImpact, promotesEquality, dataPositive}, each yes, no or not-sure',
  )
  impacts!: EiaImpacts;

  @RequiredBoolean()
  fullAssessmentRequired!: boolean;

  @RequiredText(5000, 'No negative impact identified; a full assessment is not required.')
  conclusion!: string;

  /** The approver's person id or name as the form gives it. */
  @OptionalText(200)
  approvedBy?: string;

  @OptionalDate()
  approvedOn?: string;

  @VersionNumber({ optional: true })
  version?: number;

  @TextList(10, 40)
  affects?: EiaAudience[];
}
