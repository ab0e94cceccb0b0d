import { ApiProperty } from '@nestjs/swagger';
import type { EvaluationRequest } from '@governance/contracts';
import { ChecklistAnswer, checklistAnswers } from '@governance/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { OptionalText, RequiredChoice, RequiredDate, RequiredText } from '../../http/dto-fields';

export class ChecklistPointDto {
  @RequiredText(1000, 'The policy is known to staff')
  point!: string;

  @RequiredChoice(checklistAnswers)
  answer!: ChecklistAnswer;

  @OptionalText(5000)
  evidence?: string;
}

/** The policy evaluation checklist and statement of effectiveness (as in the Libra sample). */
export class EvaluationDto implements EvaluationRequest {
  @RequiredDate()
  evaluatedOn!: string;

  @ApiProperty({ type: [ChecklistPointDto] })
  @IsArray({ message: 'checklist must be a list of {point, answer, evidence}' })
  @ArrayMinSize(1, { message: 'checklist must answer at least one point' })
  @ArrayMaxSize(100, { message: 'checklist must have at most 100 points' })
  @ValidateNested({ each: true })
  @Type(() => ChecklistPointDto)
  checklist!: ChecklistPointDto[];

  @RequiredText(20_000)
  effectivenessStatement!: string;
}
