import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import type { EventStoreKind } from '@governance/event-store';
import type { FeedHealth, ProjectionHealth } from '@governance/projections';

/** The body of GET /api/health, with 200 (ok) and with 503 (degraded) alike. */
export interface HealthAnswer {
  status: 'ok' | 'degraded';
  eventStore: EventStoreKind;
  /** The log's head position as a decimal string; null when the event store does not answer. */
  position: string | null;
  eventStoreError?: string;
  subscription?: FeedHealth;
  projections: ProjectionHealthAnswer[];
}

/** A projection's health as answered: positions as decimal strings. */
export interface ProjectionHealthAnswer {
  name: string;
  status: ProjectionHealth['status'];
  position: string;
  lag?: string;
  error?: string;
}

@ApiSchema({ name: 'ProjectionHealth' })
class ProjectionHealthSchema implements ProjectionHealthAnswer {
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['running', 'failed', 'degraded'] }) status!: ProjectionHealth['status'];
  @ApiProperty({ description: 'The last log position it applied, a decimal string.' }) position!: string;
  @ApiPropertyOptional({ description: 'Events behind the head, a decimal string; absent when the store does not answer.' }) lag?: string;
  @ApiPropertyOptional({ description: 'Why it stopped or is degraded.' }) error?: string;
}

@ApiSchema({ name: 'FeedHealth' })
class FeedHealthSchema implements FeedHealth {
  @ApiProperty({ enum: ['following', 'degraded'] }) status!: FeedHealth['status'];
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) since!: string | null;
  @ApiProperty() attempts!: number;
}

@ApiSchema({ name: 'Health' })
export class HealthSchema implements HealthAnswer {
  @ApiProperty({ enum: ['ok', 'degraded'] }) status!: 'ok' | 'degraded';
  @ApiProperty({ enum: ['sqlite', 'eventstoredb'] }) eventStore!: EventStoreKind;
  @ApiProperty({ type: String, nullable: true, description: 'The head of the event log, a decimal string; null when the store does not answer.' })
  position!: string | null;
  @ApiPropertyOptional({ description: 'Why the event store did not answer.' }) eventStoreError?: string;
  @ApiPropertyOptional({ type: FeedHealthSchema, description: 'Present while the read models have lost the event log.' })
  subscription?: FeedHealthSchema;
  @ApiProperty({ type: [ProjectionHealthSchema] }) projections!: ProjectionHealthSchema[];
}
