import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export class AsOfQuery {
  @ApiPropertyOptional({ description: 'The day to assess, YYYY-MM-DD (default: today)', example: '2026-11-24' })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'asOf must be a date written YYYY-MM-DD' })
  asOf?: string;
}
