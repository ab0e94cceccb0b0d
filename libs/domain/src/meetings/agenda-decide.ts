import { optionalText, requireRecordDate, requireText } from '../input';
import { DomainError, InvalidValueError } from '../shared/domain-error';
import { isAfter, isBefore, LocalDate } from '../time/local-date';
import { AgendaItem, nextAddedItemId } from './agenda';
import { MeetingEvent, ScheduledMeeting } from './events';
import { requireNotCancelled } from './decision-rules';

/** Commands on a meeting's agenda and papers. `currentItemIds`/`agenda`: the agenda as it stands, built by the handler. */
export interface AddAgendaItem {
  type: 'AddAgendaItem';
  data: { meetingId: string; title: unknown; details?: unknown };
}
export interface RemoveAgendaItem {
  type: 'RemoveAgendaItem';
  data: { meetingId: string; itemId: string; currentItemIds: readonly string[] };
}
export interface ReorderAgenda {
  type: 'ReorderAgenda';
  data: { meetingId: string; order: unknown; currentItemIds: readonly string[] };
}
export interface RecordPapersSent {
  type: 'RecordPapersSent';
  data: { meetingId: string; sentOn: unknown; agenda: readonly AgendaItem[] };
}
export type AgendaCommand = AddAgendaItem | RemoveAgendaItem | ReorderAgenda | RecordPapersSent;

const MAX_AGENDA_ITEMS = 200;

/** Changes to the agenda are for a meeting still to come (today included): 422 `meeting-in-past` otherwise. */
export function requireAgendaOpen(meeting: ScheduledMeeting, today: LocalDate): ScheduledMeeting {
  requireNotCancelled(meeting);
  if (isBefore(meeting.date, today)) {
    throw new DomainError(
      'meeting-in-past',
      `The meeting was on ${meeting.date}, before today (${today}): its agenda is what it was and can no longer be changed.`,
      { meetingId: meeting.meetingId, date: meeting.date },
    );
  }
  return meeting;
}

function requireOnAgenda(itemId: string, currentItemIds: readonly string[], field: string): void {
  if (!currentItemIds.includes(itemId)) {
    throw new DomainError('unknown-agenda-item', `${field} names ${itemId}, which is not an item of this meeting's agenda.`, { itemId });
  }
}

export function decideAgenda(command: AgendaCommand, meeting: ScheduledMeeting, today: LocalDate): MeetingEvent[] {
  const meetingId = meeting.meetingId;
  switch (command.type) {
    case 'AddAgendaItem': {
      requireAgendaOpen(meeting, today);
      if (meeting.agendaEdits.added.length >= MAX_AGENDA_ITEMS) throw new InvalidValueError('title', `An agenda holds at most ${MAX_AGENDA_ITEMS} added items.`);
      const item: AgendaItem = {
        id: nextAddedItemId(meeting.agendaEdits),
        kind: 'added',
        title: requireText(command.data.title, 'title', { max: 500 }),
        details: optionalText(command.data.details, 'details', { max: 5000 }),
        schoolId: meeting.schoolId,
        policyId: null,
        personId: null,
        on: null,
        overdue: false,
      };
      return [{ type: 'AgendaItemAdded', data: { meetingId, item } }];
    }
    case 'RemoveAgendaItem': {
      requireAgendaOpen(meeting, today);
      requireOnAgenda(command.data.itemId, command.data.currentItemIds, 'itemId');
      return [{ type: 'AgendaItemRemoved', data: { meetingId, itemId: command.data.itemId } }];
    }
    case 'ReorderAgenda': {
      requireAgendaOpen(meeting, today);
      const order = readOrder(command.data.order);
      order.forEach((id, i) => requireOnAgenda(id, command.data.currentItemIds, `order[${i}]`));
      const same = meeting.agendaEdits.order !== null && meeting.agendaEdits.order.join('\n') === order.join('\n');
      return same ? [] : [{ type: 'AgendaReordered', data: { meetingId, order } }];
    }
    case 'RecordPapersSent': {
      requireNotCancelled(meeting);
      const sentOn = requireRecordDate(command.data.sentOn, 'sentOn');
      if (isAfter(sentOn, today)) throw new DomainError('papers-not-yet-sent', `sentOn is ${sentOn}, after today (${today}): record the papers once they have gone out.`, { sentOn });
      if (isAfter(sentOn, meeting.date)) throw new DomainError('papers-after-meeting', `sentOn is ${sentOn}, after the meeting (${meeting.date}): papers go out before the meeting.`, { sentOn });
      return [{ type: 'PapersSent', data: { meetingId, sentOn, agenda: [...command.data.agenda] } }];
    }
  }
}

function readOrder(input: unknown): string[] {
  if (!Array.isArray(input) || input.length === 0) throw new InvalidValueError('order', 'order must be a list of agenda item ids, in the order wanted.');
  if (input.length > 1000) throw new InvalidValueError('order', 'order may name at most 1000 items.');
  const seen = new Set<string>();
  return input.map((raw: unknown, i) => {
    const id = requireText(raw, `order[${i}]`, { max: 300 });
    if (seen.has(id)) throw new InvalidValueError(`order[${i}]`, `${id} is named twice in order; name each item once.`);
    seen.add(id);
    return id;
  });
}
