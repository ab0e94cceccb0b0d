import { Injectable } from '@nestjs/common';
import type { MeetingAgenda } from '@governance/contracts';
import { AgendaBuilder } from '../agenda/agenda-builder';

/** GET .../meetings/:meetingId/agenda: the agenda with names; 404 for another trust's meeting. */
@Injectable()
export class MeetingAgendaQuery {
  constructor(private readonly agendas: AgendaBuilder) {}

  async execute(trustId: string, meetingId: string): Promise<MeetingAgenda> {
    return this.agendas.view(await this.agendas.build(trustId, meetingId));
  }
}
