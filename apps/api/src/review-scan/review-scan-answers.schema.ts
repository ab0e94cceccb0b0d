import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { ReminderSettings } from '@governance/domain';
import { OUTBOX_STATUSES, OutboxStatus } from '@governance/notifications';
import type { ScanResult } from './review-scan.service';

// OpenAPI shapes of the review scan and reminder answers; each implements its answer type.

@ApiSchema({ name: 'ScanAnswer', description: 'What one run of the review scan did.' })
export class ScanAnswerSchema implements Omit<ScanResult, 'position'> {
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ description: 'ReviewDue events this run appended.' }) reviewDue!: number;
  @ApiProperty({ description: 'ReviewOverdue events this run appended.' }) reviewOverdue!: number;
  @ApiProperty({ description: 'The log position after the run, a decimal string.' }) position!: string;
  @ApiProperty({ description: 'How many trusts were scanned.' }) trusts!: number;
  @ApiProperty({ description: 'Reminder emails newly added to the outbox.' }) reminders!: number;
}

@ApiSchema({ name: 'ReminderSettings' })
export class ReminderSettingsSchema implements ReminderSettings {
  @ApiProperty({ description: 'Remind when a review falls due.' }) whenDue!: boolean;
  @ApiProperty({ type: [Number], description: 'Remind this many days before a review is due.' }) daysBefore!: number[];
  @ApiProperty() onTheDay!: boolean;
  @ApiProperty() whenOverdue!: boolean;
  @ApiProperty() weeklyDigest!: boolean;
}

/** One message of the reminder outbox, as GET .../reminders answers it. */
export interface ReminderView {
  key: string;
  personId: string;
  step: string;
  subject: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  finishedAt: string | null;
  messageId: string;
}

@ApiSchema({ name: 'Reminder', description: 'One message of the reminder outbox.' })
export class ReminderSchema implements ReminderView {
  @ApiProperty() key!: string;
  @ApiProperty() personId!: string;
  @ApiProperty({ example: 'due' }) step!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ enum: OUTBOX_STATUSES }) status!: OutboxStatus;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) finishedAt!: string | null;
  @ApiProperty() messageId!: string;
}
