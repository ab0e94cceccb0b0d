import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EVENT_STORE, EventStore, Position } from '@governance/event-store';
import { ProjectionRunner } from '@governance/projections';
import { Access } from '../auth/access.decorator';
import { HealthAnswer, HealthSchema } from './health-answers.schema';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: ProjectionRunner,
  ) {}

  /**
   * 200 `ok`, or 503 `degraded` while the read models have lost the event log (a dropped
   * subscription being retried), a read model has stopped on an event it cannot apply, or the
   * event store does not answer: a monitor or load balancer
   * sees the fault without parsing the body; the body says what is wrong.
   */
  @Get()
  @ApiOperation({ summary: "Check the server's health", description: 'Whether the server is up and its read models keep up with the event log. Anyone may call it, without signing in; made for load balancers and monitoring.' })
  @Access('health')
  @ApiOkResponse({ description: "The server is up; the event store kind, its head position and each projection's lag.", type: HealthSchema })
  // Not a problem document: a degraded server answers the same health body, so monitors can read why.
  @ApiServiceUnavailableResponse({ description: 'Degraded (the same body): the read models lost the event log, a read model stopped on an event, or the event store does not answer.', type: HealthSchema })
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthAnswer> {
    const feed = this.runner.feedHealth();
    let head: Position | undefined;
    let storeError: string | undefined;
    try {
      head = await this.store.headPosition();
    } catch (error) {
      storeError = error instanceof Error ? error.message : String(error);
    }
    const projections = this.runner.health().map((p) => ({
      name: p.name,
      status: p.status,
      position: String(p.position),
      ...(head === undefined ? {} : { lag: String(head > p.position ? head - p.position : 0n) }),
      ...(p.error ? { error: p.error } : {}),
    }));
    // A projection stopped on an event it cannot apply keeps answering from stale rows: say so.
    const stopped = projections.some((projection) => projection.status === 'failed');
    const degraded = feed.status === 'degraded' || storeError !== undefined || stopped;
    if (degraded) response.status(503);
    return {
      status: degraded ? 'degraded' : 'ok',
      eventStore: this.store.kind,
      position: head === undefined ? null : String(head),
      ...(storeError === undefined ? {} : { eventStoreError: storeError }),
      ...(feed.status === 'degraded'
        ? { subscription: { status: feed.status, error: feed.error, since: feed.since, attempts: feed.attempts } }
        : {}),
      projections,
    };
  }
}
