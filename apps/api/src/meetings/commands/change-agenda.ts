import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AgendaCommand, mayClerkMeeting, meetingDecider, streamIds } from '@governance/domain';
import type { AgendaItemRequest } from '@governance/contracts';
import { RequestOrigin } from '../../auth/command-origin.decorator';
import { allowedOrForbidden } from '../../auth/fact-refusal';
import { CommandExecutor } from '../../commands/command-executor';
import { commandOrigin, routeTrustId, WriteOutcome } from '../../trusts/write-answer';
import { AgendaBuilder } from '../agenda/agenda-builder';

/** A change to the agenda, or the papers going out, as a request gives it (the meeting comes from the route). */
export type AgendaChange =
  | { type: 'AddAgendaItem'; item: AgendaItemRequest }
  | { type: 'RemoveAgendaItem'; itemId: string }
  | { type: 'ReorderAgenda'; order: unknown }
  | { type: 'RecordPapersSent'; sentOn: unknown };

export class ChangeAgendaCommand extends Command<WriteOutcome> {
  constructor(
    readonly origin: RequestOrigin,
    readonly meetingId: string,
    readonly change: AgendaChange,
  ) {
    super();
  }
}

/**
 * Adds, removes or reorders agenda items, or records the papers sent (with the agenda as it
 * stands, which from then on is the agenda as sent). The agenda is built first, so a removal
 * or an order can only name items of this meeting's agenda.
 */
@CommandHandler(ChangeAgendaCommand)
export class ChangeAgendaHandler implements ICommandHandler<ChangeAgendaCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly agendas: AgendaBuilder,
  ) {}

  async execute({ origin, meetingId, change }: ChangeAgendaCommand): Promise<WriteOutcome> {
    const trustId = routeTrustId(origin);
    const built = await this.agendas.build(trustId, meetingId);
    allowedOrForbidden(mayClerkMeeting(origin.actor, built.meeting.schoolId));
    const currentItemIds = built.items.map((item) => item.id);
    const command: AgendaCommand = (() => {
      switch (change.type) {
        case 'AddAgendaItem':
          return { type: change.type, data: { meetingId, title: change.item.title, details: change.item.details } };
        case 'RemoveAgendaItem':
          return { type: change.type, data: { meetingId, itemId: change.itemId, currentItemIds } };
        case 'ReorderAgenda':
          return { type: change.type, data: { meetingId, order: change.order, currentItemIds } };
        case 'RecordPapersSent':
          return { type: change.type, data: { meetingId, sentOn: change.sentOn, agenda: built.items } };
      }
    })();
    const result = await this.executor.execute(
      meetingDecider,
      streamIds.meeting(meetingId),
      command,
      commandOrigin(origin, trustId, built.meeting.schoolId ?? undefined),
    );
    return { id: meetingId, position: result.position, changed: result.changed };
  }
}
