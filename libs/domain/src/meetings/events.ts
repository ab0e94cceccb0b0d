import { DomainEvent } from '../shared/decider';
import { LocalDate } from '../time/local-date';
import { AgendaEdits, AgendaItem, noAgendaEdits } from './agenda';
import { AttendanceStatus, MeetingBody } from './meeting-values';

/**
 * Events of one meeting, stream `meeting-{meetingId}`. Policy decisions taken in the meeting are
 * not here: they are the policy events themselves (PolicyApproved, PolicyReviewed,
 * PolicyAdopted) carrying `meetingId` and `minuteRef`, so a decision cannot be half written.
 * Only a note (any other resolution) is recorded on the meeting's own stream.
 */
export type MeetingScheduledData = {
  meetingId: string;
  trustId: string;
  body: MeetingBody;
  /** The academy, for a local governing body; otherwise null. */
  schoolId: string | null;
  /** The committee's name, for a committee; otherwise null. */
  committee: string | null;
  title: string | null;
  date: LocalDate;
};
export type MeetingScheduled = DomainEvent<'MeetingScheduled', MeetingScheduledData>;

export type MeetingRescheduledData = { meetingId: string; date: LocalDate };
export type MeetingRescheduled = DomainEvent<'MeetingRescheduled', MeetingRescheduledData>;

export type MeetingCancelledData = { meetingId: string; reason: string | null };
export type MeetingCancelled = DomainEvent<'MeetingCancelled', MeetingCancelledData>;

export type AttendanceEntry = { personId: string; status: AttendanceStatus };
/** The whole attendance as recorded now (a later record replaces it), with the members then, for the quorum. */
export type AttendanceRecordedData = { meetingId: string; attendance: AttendanceEntry[]; memberIds: string[] };
export type AttendanceRecorded = DomainEvent<'AttendanceRecorded', AttendanceRecordedData>;

/** Any other resolution of the meeting, with its minute reference. */
export type MeetingNoteRecordedData = { meetingId: string; minuteRef: string; text: string; decidedOn: LocalDate };
export type MeetingNoteRecorded = DomainEvent<'MeetingNoteRecorded', MeetingNoteRecordedData>;

/** An item the clerk adds to the agenda (free text). */
export type AgendaItemAddedData = { meetingId: string; item: AgendaItem };
export type AgendaItemAdded = DomainEvent<'AgendaItemAdded', AgendaItemAddedData>;

/** An item taken off the agenda (one found due, or one the clerk added). */
export type AgendaItemRemovedData = { meetingId: string; itemId: string };
export type AgendaItemRemoved = DomainEvent<'AgendaItemRemoved', AgendaItemRemovedData>;

/** The order the clerk gives (item ids; items not named follow in their own order). */
export type AgendaReorderedData = { meetingId: string; order: string[] };
export type AgendaReordered = DomainEvent<'AgendaReordered', AgendaReorderedData>;

/** The papers went out on `sentOn`, with the agenda as sent: from then on the agenda is this one (with later edits). */
export type PapersSentData = { meetingId: string; sentOn: LocalDate; agenda: AgendaItem[] };
export type PapersSent = DomainEvent<'PapersSent', PapersSentData>;

export type MeetingEvent =
  | MeetingScheduled
  | MeetingRescheduled
  | MeetingCancelled
  | AttendanceRecorded
  | MeetingNoteRecorded
  | AgendaItemAdded
  | AgendaItemRemoved
  | AgendaReordered
  | PapersSent;

export const MEETING_EVENT_TYPES: readonly MeetingEvent['type'][] = [
  'MeetingScheduled',
  'MeetingRescheduled',
  'MeetingCancelled',
  'AttendanceRecorded',
  'MeetingNoteRecorded',
  'AgendaItemAdded',
  'AgendaItemRemoved',
  'AgendaReordered',
  'PapersSent',
];

export interface ScheduledMeeting {
  scheduled: true;
  meetingId: string;
  trustId: string;
  body: MeetingBody;
  schoolId: string | null;
  committee: string | null;
  title: string | null;
  date: LocalDate;
  cancelled: boolean;
  attendance: AttendanceEntry[];
  memberIds: string[];
  /** Minute references of the notes on this stream (policy decisions are counted by the handler). */
  noteRefs: string[];
  /** The clerk's changes to the agenda. */
  agendaEdits: AgendaEdits;
  /** The latest record of the papers going out, with the agenda as sent; null until then. */
  papers: { sentOn: LocalDate; agenda: AgendaItem[] } | null;
}
export type MeetingState = { scheduled: false } | ScheduledMeeting;

export function initialMeetingState(): MeetingState {
  return { scheduled: false };
}

export function evolveMeeting(state: MeetingState, event: MeetingEvent): MeetingState {
  if (event.type === 'MeetingScheduled') {
    return { scheduled: true, ...event.data, cancelled: false, attendance: [], memberIds: [], noteRefs: [], agendaEdits: noAgendaEdits(), papers: null };
  }
  if (!state.scheduled) return state;
  switch (event.type) {
    case 'MeetingRescheduled':
      return { ...state, date: event.data.date };
    case 'MeetingCancelled':
      return { ...state, cancelled: true };
    case 'AttendanceRecorded':
      return { ...state, attendance: event.data.attendance, memberIds: event.data.memberIds };
    case 'MeetingNoteRecorded':
      return { ...state, noteRefs: [...state.noteRefs, event.data.minuteRef] };
    case 'AgendaItemAdded':
      return { ...state, agendaEdits: { ...state.agendaEdits, added: [...state.agendaEdits.added, event.data.item] } };
    case 'AgendaItemRemoved':
      return { ...state, agendaEdits: { ...state.agendaEdits, removed: [...state.agendaEdits.removed, event.data.itemId] } };
    case 'AgendaReordered':
      return { ...state, agendaEdits: { ...state.agendaEdits, order: event.data.order } };
    case 'PapersSent':
      return { ...state, papers: { sentOn: event.data.sentOn, agenda: event.data.agenda } };
    default: {
      const _unknown: never = event;
      return state;
    }
  }
}
