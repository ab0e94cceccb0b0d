import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsKnownAt, KNOWN_AT_DESCRIPTION } from './known-at.query';

const DATE_OR_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z)?$/;

export class AuditQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) schoolId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) policyId?: string;
  @ApiPropertyOptional({ example: 'PolicyReviewed' })
  @IsOptional()
  @Matches(/^[A-Za-z]{1,60}$/, { message: 'type must be an event type such as PolicyReviewed' })
  type?: string;
  @ApiPropertyOptional({ example: 'PolicyAcknowledged', description: 'Leave out entries of this type' })
  @IsOptional()
  @Matches(/^[A-Za-z]{1,60}$/, { message: 'excludeType must be an event type such as PolicyAcknowledged' })
  excludeType?: string;
  @ApiPropertyOptional({ description: 'From this date or instant (inclusive)' })
  @IsOptional()
  @Matches(DATE_OR_INSTANT, { message: 'from must be a date YYYY-MM-DD or an instant such as 2026-11-24T09:00:00Z' })
  from?: string;
  @ApiPropertyOptional({ description: 'Up to this date or instant (inclusive)' })
  @IsOptional()
  @Matches(DATE_OR_INSTANT, { message: 'to must be a date YYYY-MM-DD or an instant such as 2026-11-24T09:00:00Z' })
  to?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(500)
  limit?: number;
  @ApiPropertyOptional({ description: 'nextCursor from the previous page' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: 'cursor must be a nextCursor returned by a previous page' })
  cursor?: string;
  @ApiPropertyOptional({ enum: ['newest', 'oldest'], default: 'newest' })
  @IsOptional()
  @IsIn(['newest', 'oldest'], { message: 'order must be newest or oldest' })
  order?: 'newest' | 'oldest';
  @ApiPropertyOptional({ description: KNOWN_AT_DESCRIPTION })
  @IsOptional()
  @IsKnownAt()
  knownAt?: string;
}
