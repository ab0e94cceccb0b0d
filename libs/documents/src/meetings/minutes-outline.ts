import type { DraftMinutes, MeetingDecision } from '@governance/contracts';
import { longDate } from '../minutes/format';
import type { Block, MinutesOutline } from '../minutes/outline';
import { agendaItemBlocks } from './agenda-outline';

const STATUS_WORDS = {
  present: 'Present',
  'apologies-accepted': 'Apologies accepted',
  'apologies-not-accepted': 'Apologies not accepted',
  absent: 'Absent',
} as const;

const DECISION_WORDS: Record<MeetingDecision['kind'], string> = {
  'approve-policy': 'Approved',
  'review-policy': 'Reviewed',
  'adopt-policy': 'Adopted',
  note: 'Resolved',
};

/** A decision in a clerk's words: "Adopted version 2 of “Behaviour Policy” (Libra School)". */
export function decisionInWords(decision: DraftMinutes['decisions'][number]): string {
  if (decision.kind === 'note') return decision.text ?? '';
  const version = decision.version === null ? '' : ` version ${decision.version} of`;
  const where = decision.schoolName ? ` (${decision.schoolName})` : '';
  const outcome = decision.outcome === null ? '' : decision.outcome === 'no-change' ? ': no change' : ': amended';
  const notes = decision.kind === 'review-policy' && decision.text ? `. ${decision.text}` : '';
  return `${DECISION_WORDS[decision.kind]}${version} “${decision.policyTitle ?? decision.policyId ?? ''}”${where}${outcome}${notes}`;
}

/** The draft minutes laid out once for Markdown and Word: attendance, items in order, decisions, actions. */
export function draftMinutesOutline(minutes: DraftMinutes): MinutesOutline {
  const { agenda } = minutes;
  const title = `Draft minutes: ${agenda.meetingName}, ${longDate(agenda.date)}`;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: title },
    { kind: 'paragraph', label: 'Trust', text: agenda.trustName },
    { kind: 'paragraph', label: 'Date', text: longDate(agenda.date) },
    { kind: 'paragraph', label: 'Status', text: `Draft, generated ${longDate(minutes.generatedOn)}; to be approved at the next meeting` },
    { kind: 'heading', level: 2, text: 'Attendance' },
    minutes.attendance.length === 0
      ? { kind: 'paragraph', text: 'No attendance has been recorded.' }
      : { kind: 'table', header: ['Name', 'Attendance'], rows: minutes.attendance.map((a) => [a.name ?? a.personId, STATUS_WORDS[a.status]]) },
    {
      kind: 'paragraph',
      label: 'Quorum',
      text: `${minutes.present} of ${minutes.members} members present; the quorum is ${minutes.quorum}: the meeting was ${minutes.quorate ? 'quorate' : 'not quorate'}.`,
    },
    { kind: 'heading', level: 2, text: 'Items' },
    ...agendaItemBlocks(agenda.items, 3),
    { kind: 'heading', level: 2, text: 'Decisions' },
    minutes.decisions.length === 0
      ? { kind: 'paragraph', text: 'No decision has been recorded.' }
      : { kind: 'table', header: ['Minute ref.', 'Decision'], rows: minutes.decisions.map((d) => [d.minuteRef, decisionInWords(d)]) },
    { kind: 'heading', level: 2, text: 'Actions' },
    minutes.actions.length === 0
      ? { kind: 'paragraph', text: 'The meeting set no actions.' }
      : {
          kind: 'table',
          header: ['Action', 'Owner', 'Due', 'Status'],
          rows: minutes.actions.map((a) => [a.title, a.ownerName ?? a.ownerId, longDate(a.dueOn), a.status === 'done' ? `done ${longDate(a.completedOn)}` : a.status]),
        },
  ];
  return { title, blocks };
}
