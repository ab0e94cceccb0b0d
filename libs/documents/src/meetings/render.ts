import type { DraftMinutes, MeetingAgenda } from '@governance/contracts';
import { renderOutlineDocx } from '../minutes/docx';
import { longDate, slug } from '../minutes/format';
import { markdownBlock } from '../minutes/markdown';
import type { MinutesOutline } from '../minutes/outline';
import { agendaOutline } from './agenda-outline';
import { draftMinutesOutline } from './minutes-outline';

function markdown(outline: MinutesOutline): string {
  return `${outline.blocks.map(markdownBlock).join('\n\n')}\n`;
}

export function renderAgendaMarkdown(agenda: MeetingAgenda): string {
  return markdown(agendaOutline(agenda));
}

export function renderAgendaDocx(agenda: MeetingAgenda, generatedOn: string): Promise<Buffer> {
  return renderOutlineDocx(agendaOutline(agenda), {
    subject: `${agenda.trustName}, ${agenda.meetingName}`,
    description: `The agenda of the meeting on ${agenda.date}, generated on ${generatedOn} from the governance log.`,
    footer: `${agenda.meetingName} · ${longDate(agenda.date)} · agenda · page `,
  });
}

export function renderDraftMinutesMarkdown(minutes: DraftMinutes): string {
  return markdown(draftMinutesOutline(minutes));
}

export function renderDraftMinutesDocx(minutes: DraftMinutes): Promise<Buffer> {
  return renderOutlineDocx(draftMinutesOutline(minutes), {
    subject: `${minutes.agenda.trustName}, ${minutes.agenda.meetingName}`,
    description: `Draft minutes of the meeting on ${minutes.agenda.date}, generated on ${minutes.generatedOn} from the governance log.`,
    footer: `${minutes.agenda.meetingName} · ${longDate(minutes.agenda.date)} · draft minutes · page `,
  });
}

/** `agenda-libra-school-local-governing-body-2026-12-10.docx`. */
export function meetingFileName(kind: 'agenda' | 'minutes', agenda: MeetingAgenda, extension: 'docx' | 'md'): string {
  return `${kind}-${slug(agenda.meetingName)}-${agenda.date}.${extension}`;
}
