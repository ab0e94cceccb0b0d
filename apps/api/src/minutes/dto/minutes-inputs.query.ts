import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { MINUTES_FORMATS, MinutesFormat } from '../minutes-formats';

export class MinutesInputsQueryDto {
  @ApiPropertyOptional({ description: "A school's local governing body; without it, the trust board across all academies" })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  schoolId?: string;

  @ApiPropertyOptional({ enum: MINUTES_FORMATS, description: 'Overrides Accept, for a plain download link' })
  @IsOptional()
  @IsIn(MINUTES_FORMATS, { message: `format must be one of ${MINUTES_FORMATS.join(', ')}` })
  format?: MinutesFormat;
}
