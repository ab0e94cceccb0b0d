import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class ReviewScanDto {
  @ApiPropertyOptional({ format: 'date', example: '2026-11-24', description: 'The day to scan as of (default: today; not after today)' })
  @IsOptional()
  @IsString({ message: 'asOf must be a date as YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'asOf must be a date as YYYY-MM-DD, e.g. 2026-11-24' })
  asOf?: string;

  @ApiPropertyOptional({ description: 'Scan only this trust (the operator; a trust admin always scans their own)' })
  @IsOptional()
  @IsString({ message: 'trustId must be text' })
  @MaxLength(100, { message: 'trustId must be at most 100 characters long' })
  trustId?: string;
}
