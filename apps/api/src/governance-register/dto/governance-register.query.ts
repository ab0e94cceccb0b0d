import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { AsOfQuery } from '../../read-api/dto/as-of.query';
import { REGISTER_FORMATS, RegisterFormat } from '../register-formats';

export class GovernanceRegisterQueryDto extends AsOfQuery {
  @ApiPropertyOptional({ description: "One academy's local governing body only" })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  schoolId?: string;

  @ApiPropertyOptional({ description: 'The academic year attendance is counted over (default: the last one completed before asOf)', example: '2025-26' })
  @IsOptional()
  @Matches(/^\d{4}(-\d{2})?$/, { message: 'year must be an academic year such as 2025-26' })
  year?: string;

  @ApiPropertyOptional({ enum: REGISTER_FORMATS, description: 'Overrides Accept, for a plain download link' })
  @IsOptional()
  @IsIn(REGISTER_FORMATS, { message: `format must be one of ${REGISTER_FORMATS.join(', ')}` })
  format?: RegisterFormat;
}
