import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import { ProjectionRunner } from '@governance/projections';
import { Public } from '../auth/access-rule';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: ProjectionRunner,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ description: 'The server is up; the event store kind, its head position and each projection\'s lag.' })
  async health() {
    const head = await this.store.headPosition();
    const projections = this.runner.health().map((p) => ({
      name: p.name,
      status: p.status,
      position: String(p.position),
      lag: String(head > p.position ? head - p.position : 0n),
      ...(p.error ? { error: p.error } : {}),
    }));
    return { status: 'ok', eventStore: this.store.kind, position: String(head), projections };
  }
}
