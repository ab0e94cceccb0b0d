import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import type { ActionStatus } from '@governance/contracts';

const STATUSES: readonly ActionStatus[] = ['open', 'overdue', 'done'];

export class ActionsListQueryDto {
  @ApiPropertyOptional({ enum: STATUSES, description: '`open`: not done (overdue ones too); `overdue`: open and due before today; `done`.' })
  @IsOptional()
  @IsIn(STATUSES, { message: 'status must be one of open, overdue, done' })
  status?: ActionStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'ownerId must be text' })
  @MaxLength(64, { message: 'ownerId must be at most 64 characters long' })
  ownerId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'schoolId must be text' })
  @MaxLength(64, { message: 'schoolId must be at most 64 characters long' })
  schoolId?: string;
}
