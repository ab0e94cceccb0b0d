import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

const PARTIAL_DATE = /^\d{4}-(\d{2}(-\d{2})?|autumn|spring|summer)$/;
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** The form fields sent with the file: where it goes, whether to commit, and any corrections. */
export class PolicyImportRequestDto {
  @ApiPropertyOptional({ description: 'The school adopting the policy; without it the policy is trust-wide' })
  @IsOptional() @IsString() @MaxLength(100) schoolId?: string;

  @ApiPropertyOptional({ default: true, description: 'true: only say what was detected; false: record it' })
  @IsOptional() @Transform(toBoolean) @IsBoolean({ message: 'dryRun must be true or false' }) dryRun?: boolean;

  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(200) title?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 60 })
  @IsOptional() @Type(() => Number) @IsInt({ message: 'reviewCycleMonths must be a whole number of months' }) @Min(1) @Max(60)
  reviewCycleMonths?: number;

  @ApiPropertyOptional({ enum: ['trust-board', 'local-governing-body', 'headteacher', 'committee'] })
  @IsOptional() @IsIn(['trust-board', 'local-governing-body', 'headteacher', 'committee'], { message: 'approvedBy must be trust-board, local-governing-body, headteacher or committee' })
  approvedBy?: 'trust-board' | 'local-governing-body' | 'headteacher' | 'committee';

  @ApiPropertyOptional({ example: '2024-11-14' })
  @IsOptional() @Matches(PARTIAL_DATE, { message: 'lastReviewedOn must be a date (YYYY-MM-DD), a month (YYYY-MM) or a term (2025-spring)' })
  lastReviewedOn?: string;

  @ApiPropertyOptional({ example: '2024-11-14' })
  @IsOptional() @Matches(PARTIAL_DATE, { message: 'approvedOn must be a date (YYYY-MM-DD), a month (YYYY-MM) or a term (2025-spring)' })
  approvedOn?: string;

  @ApiPropertyOptional({ example: '2026-autumn' })
  @IsOptional() @Matches(PARTIAL_DATE, { message: 'nextReviewDue must be a date (YYYY-MM-DD), a month (YYYY-MM) or a term (2026-autumn)' })
  nextReviewDue?: string;

  @ApiPropertyOptional() @IsOptional() @Transform(toBoolean) @IsBoolean({ message: 'statutory must be true or false' }) statutory?: boolean;
}
