import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional, IsPositive, Max } from 'class-validator';
import { MAX_TRAINING_HOURS } from '@governance/domain';
import type { RecordTrainingRequest } from '@governance/contracts';
import { OptionalText, RequiredDate, RequiredText } from '../../http/dto-fields';

export class RecordTrainingDto implements RecordTrainingRequest {
  @RequiredDate('2026-10-14')
  completedOn!: string;

  @RequiredText(300, 'Safeguarding for governors')
  title!: string;

  @OptionalText(200, 'Local authority governor services')
  provider?: string;

  @ApiPropertyOptional({ example: 2, maximum: MAX_TRAINING_HOURS })
  @IsOptional()
  @IsNumber({}, { message: 'hours must be a number' })
  @IsPositive({ message: 'hours must be above 0' })
  @Max(MAX_TRAINING_HOURS, { message: `hours must be at most ${MAX_TRAINING_HOURS}` })
  hours?: number;
}
