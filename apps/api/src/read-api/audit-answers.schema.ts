import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { AuditItem, AuditPage, Withdrawal } from '@governance/contracts';

// OpenAPI shapes of the audit trail answer; each implements its contract type.

@ApiSchema({ name: 'Withdrawal', description: 'Why, by whom and when an entry was withdrawn.' })
export class WithdrawalSchema implements Withdrawal {
  @ApiProperty({ example: 'Logged twice by mistake' }) reason!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The person who withdrew it.' }) by!: string | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

@ApiSchema({ name: 'AuditItem', description: 'One event of the audit trail.' })
export class AuditItemSchema implements AuditItem {
  @ApiProperty({ description: 'Position in the event log, a decimal string.' }) position!: string;
  @ApiProperty({ example: 'PolicyRegistered' }) type!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: String, nullable: true }) actorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorRole!: string | null;
  @ApiProperty() streamId!: string;
  @ApiProperty({ type: String, nullable: true }) schoolId!: string | null;
  @ApiProperty({ type: String, nullable: true }) policyId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The event's id: what POST /api/trusts/{trustId}/entries/{eventId}/withdrawal names." })
  eventId!: string | null;
  @ApiProperty({ type: WithdrawalSchema, nullable: true, description: 'Set when the entry was withdrawn: it no longer counts anywhere.' })
  withdrawn!: WithdrawalSchema | null;
  @ApiProperty({ description: 'Whether you may withdraw this entry: a kind that can be withdrawn, not yet withdrawn, and you recorded it or are a trust admin.' })
  mayWithdraw!: boolean;
  @ApiProperty({ description: 'Recorded more than 30 days after the date it states (a review, adoption, approval, EIA, evaluation or visit): the figures for that date changed after the fact.' })
  recordedLate!: boolean;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: "The event's data; null if the log no longer holds it (it was replaced by a restore).",
  })
  data!: Record<string, unknown> | null;
}

@ApiSchema({ name: 'AuditPage', description: 'A page of the audit trail, newest first.' })
export class AuditPageSchema implements AuditPage {
  @ApiProperty({ type: [AuditItemSchema] }) items!: AuditItemSchema[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass it as `cursor` for the next page; null on the last page.' })
  nextCursor!: string | null;
}
