import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { ReminderSettings } from '@governance/contracts';

export class ReminderSettingsDto implements Partial<ReminderSettings> {
  @ApiPropertyOptional({ description: 'Remind when the review enters the reminder window (ReviewDue)' })
  @IsOptional()
  @IsBoolean({ message: 'whenDue must be true or false' })
  whenDue?: boolean;

  @ApiPropertyOptional({ type: [Number], example: [14], description: 'Remind this many days before the due date (e.g. [60, 30, 7])' })
  @IsOptional()
  @IsArray({ message: 'daysBefore must be a list of whole days' })
  @ArrayMaxSize(6, { message: 'daysBefore may hold at most 6 steps' })
  @IsInt({ each: true, message: 'daysBefore must hold whole days' })
  @Min(1, { each: true, message: 'daysBefore must hold days from 1 to 365' })
  @Max(365, { each: true, message: 'daysBefore must hold days from 1 to 365' })
  daysBefore?: number[];

  @ApiPropertyOptional({ description: 'Remind on the due date' })
  @IsOptional()
  @IsBoolean({ message: 'onTheDay must be true or false' })
  onTheDay?: boolean;

  @ApiPropertyOptional({ description: 'Remind the day after the due date (ReviewOverdue)' })
  @IsOptional()
  @IsBoolean({ message: 'whenOverdue must be true or false' })
  whenOverdue?: boolean;

  @ApiPropertyOptional({ description: 'A weekly email per person: reviews due in the next three months and overdue' })
  @IsOptional()
  @IsBoolean({ message: 'weeklyDigest must be true or false' })
  weeklyDigest?: boolean;
}
