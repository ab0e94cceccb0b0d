import type { MeetingView } from '@governance/contracts';
import { AppContext, mayDo } from '../context.js';
import { Child } from '../dom.js';
import { agendaSection } from './agenda-section.js';
import { meetingActionsSection } from './meeting-actions.js';
import { meetingDownloads } from './meeting-downloads.js';

/**
 * The meeting page's agenda (items, add/remove/reorder, papers), its documents (agenda and draft
 * minutes as files) and the actions it set; between the details and the attendance.
 */
export async function agendaAndMinutesSlot(context: AppContext, view: MeetingView): Promise<Child> {
  return [
    mayDo(context.me, 'meetingAgenda') ? await agendaSection(context, view) : null,
    meetingDownloads(context, view),
    meetingActionsSection(context, view),
  ];
}
