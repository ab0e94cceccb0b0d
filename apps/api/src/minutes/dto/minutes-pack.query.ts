import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class MinutesPackQueryDto {
  @ApiPropertyOptional({ enum: ['1', 'true'], description: 'Answer the check as JSON instead of the pack itself' })
  @IsOptional()
  @IsIn(['1', 'true'], { message: 'check must be 1 or true' })
  check?: '1' | 'true';
}
