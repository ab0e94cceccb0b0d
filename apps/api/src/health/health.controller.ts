import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, EventStore } from '@governance/event-store';
import { Public } from '../auth/access-rule';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get()
  @Public()
  @ApiOkResponse({ description: 'The server is up; the event store kind and its head position.' })
  async health() {
    return { status: 'ok', eventStore: this.store.kind, position: String(await this.store.headPosition()) };
  }
}
