import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { FeedToken } from '@governance/notifications';
import type { CreatedFeed } from './commands/create-calendar-feed';
import type { RevokedFeed } from './commands/revoke-calendar-feed';

// OpenAPI shapes of the calendar feed token answers.

@ApiSchema({ name: 'CalendarFeedCreated', description: 'A new calendar feed token; it is shown this once.' })
export class CalendarFeedCreatedSchema implements CreatedFeed {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'The secret feed token; only its hash is kept.' }) token!: string;
  @ApiProperty({ description: 'The calendar.ics URL with the token in it; keep it private.' }) url!: string;
  @ApiProperty({ description: 'The head of the event log, a decimal string (tokens live outside the log).' }) position!: string;
}

@ApiSchema({ name: 'CalendarFeed', description: 'One of your calendar feed tokens, never the token itself.' })
export class CalendarFeedSchema implements Omit<FeedToken, 'trustId'> {
  @ApiProperty() id!: string;
  @ApiProperty() personId!: string;
  @ApiProperty({ type: String, nullable: true }) label!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The feed shows only this school, when set.' }) schoolId!: string | null;
  @ApiProperty({ description: 'The owner had proved a second factor when creating it.' }) mfaVerified!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) lastUsedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) revokedAt!: string | null;
}

@ApiSchema({ name: 'CalendarFeedRevoked' })
export class CalendarFeedRevokedSchema implements RevokedFeed {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: [true] }) revoked!: true;
  @ApiProperty({ description: 'The head of the event log, a decimal string.' }) position!: string;
}
