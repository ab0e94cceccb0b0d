import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiSchema, getSchemaPath } from '@nestjs/swagger';
import type { ChainBreak, ChainBreakReason, CheckpointProblem } from '@governance/event-store';
import { enumOf } from '../http/api-enum';
import { HeadBreak, VerificationReport } from './chain-verifier';

// OpenAPI shape of the tamper check's answer; each class implements the type it documents.

type Break = VerificationReport['breaks'][number];
type EventsMissingAtEnd = Extract<Break, { reason: 'events-missing-at-end' }>;

const CHAIN_BREAK_REASONS = enumOf<ChainBreakReason>({
  altered: true,
  'missing-before': true,
  unchained: true,
  downgraded: true,
  'unknown-key': true,
  'recorded-at-changed': true,
});

@ApiSchema({ name: 'ChainBreak', description: 'The first event of a stream that does not fit its hash chain.' })
export class ChainBreakSchema implements ChainBreak {
  @ApiProperty() streamId!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ description: 'Position in the event log, a decimal string.' }) position!: string;
  @ApiProperty() eventId!: string;
  @ApiProperty() type!: string;
  @ApiProperty({ enum: CHAIN_BREAK_REASONS }) reason!: ChainBreakReason;
}

@ApiSchema({ name: 'HeadBreak', description: 'A stream that no longer reaches the head a signed checkpoint vouches for.' })
export class HeadBreakSchema implements HeadBreak {
  @ApiProperty() streamId!: string;
  @ApiProperty({ enum: ['truncated', 'rewritten', 'unsigned-head'] }) reason!: HeadBreak['reason'];
  @ApiProperty() expected!: number;
  @ApiProperty() found!: number;
  @ApiPropertyOptional() checkpoint?: number;
}

@ApiSchema({ name: 'CheckpointProblem', description: 'A signed checkpoint that was altered or removed.' })
export class CheckpointProblemSchema implements CheckpointProblem {
  @ApiProperty() seq!: number;
  @ApiProperty({ enum: ['checkpoint-altered', 'checkpoint-missing'] }) reason!: CheckpointProblem['reason'];
}

@ApiSchema({ name: 'EventsMissingAtEnd', description: 'A stream holds fewer events than the audit read model saw.' })
export class EventsMissingAtEndSchema implements EventsMissingAtEnd {
  @ApiProperty() streamId!: string;
  @ApiProperty({ enum: ['events-missing-at-end'] }) reason!: 'events-missing-at-end';
  @ApiProperty() expected!: number;
  @ApiProperty() found!: number;
}

@ApiSchema({ name: 'CheckpointsSummary' })
class CheckpointsSummarySchema implements NonNullable<VerificationReport['checkpoints']> {
  @ApiProperty() signed!: number;
  @ApiProperty() latestSeq!: number;
  @ApiProperty({ description: 'Every event at or before this log position was read by a checkpoint.' }) coveredPosition!: string;
  @ApiProperty({ example: 'ed25519:...' }) publicKey!: string;
}

const BREAKS = [ChainBreakSchema, HeadBreakSchema, CheckpointProblemSchema, EventsMissingAtEndSchema];

@ApiSchema({ name: 'VerificationReport' })
@ApiExtraModels(...BREAKS)
export class VerificationReportSchema implements VerificationReport {
  @ApiProperty() trustId!: string;
  @ApiProperty({ format: 'date-time' }) verifiedAt!: string;
  @ApiProperty() streams!: number;
  @ApiProperty() events!: number;
  @ApiProperty({ description: 'True when no break was found.' }) intact!: boolean;
  @ApiProperty({
    type: 'array',
    items: { oneOf: BREAKS.map((schema) => ({ $ref: getSchemaPath(schema) })) },
    description: 'The first event of each broken stream that does not fit its chain, and checkpoint problems.',
  })
  breaks!: Break[];
  @ApiProperty({ type: [Number], description: 'Chain versions met: 1 (SHA-256, unkeyed), 2 (HMAC-SHA-256).' }) chainVersions!: number[];
  @ApiProperty({ description: 'True when the server holds a key from outside DATA_DIR, so the chain cannot be recomputed from the data.' })
  keyed!: boolean;
  @ApiProperty({ type: CheckpointsSummarySchema, nullable: true }) checkpoints!: CheckpointsSummarySchema | null;
}
