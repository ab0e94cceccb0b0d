import { assertNever, DecisionContext, Decider } from '../shared/decider';
import { DomainError, InvalidValueError } from '../shared/domain-error';
import { optionalText, requireChoice, requireRecordDate, requireText } from '../input';
import {
  AttendanceEntry,
  evolveMeeting,
  initialMeetingState,
  MeetingEvent,
  MeetingState,
} from './events';
import { attendanceStatuses, MeetingBody, meetingBodies } from './meeting-values';
import { requireMembers } from './membership';
import { requireDecisionAllowed, requireMeeting, requireNotCancelled } from './decision-rules';
import { AgendaCommand, decideAgenda } from './agenda-decide';

/** Commands on one meeting, stream `meeting-{meetingId}`. */
export interface ScheduleMeeting {
  type: 'ScheduleMeeting';
  /** `activeSchoolIds`: the trust's academies now, loaded by the handler. */
  data: {
    meetingId: string;
    trustId: string;
    body: MeetingBody;
    schoolId?: string | null;
    committee?: string | null;
    title?: string | null;
    date: string;
    activeSchoolIds: readonly string[];
  };
}
export interface RescheduleMeeting {
  type: 'RescheduleMeeting';
  data: { meetingId: string; date: string };
}
export interface CancelMeeting {
  type: 'CancelMeeting';
  data: { meetingId: string; reason?: string | null };
}
export interface RecordAttendance {
  type: 'RecordAttendance';
  /** `memberIds` (and `names`, for the refusal's words) are loaded by the handler from the people of the trust. */
  data: { meetingId: string; attendance: unknown; memberIds: string[]; names?: Record<string, string | null> };
}
export interface RecordMeetingNote {
  type: 'RecordMeetingNote';
  /** `takenMinuteRefs`: every minute reference of the meeting's decisions so far, loaded by the handler. */
  data: { meetingId: string; minuteRef: unknown; text: unknown; takenMinuteRefs: string[] };
}

export type MeetingCommand = ScheduleMeeting | RescheduleMeeting | CancelMeeting | RecordAttendance | RecordMeetingNote | AgendaCommand;

export const MAX_ATTENDANCE = 200;

export function decideMeeting(command: MeetingCommand, state: MeetingState, context: DecisionContext): MeetingEvent[] {
  switch (command.type) {
    case 'ScheduleMeeting':
      return schedule(command, state);
    case 'RescheduleMeeting': {
      const meeting = requireNotCancelled(requireMeeting(state, command.data.meetingId));
      const date = requireRecordDate(command.data.date, 'date');
      return date === meeting.date ? [] : [{ type: 'MeetingRescheduled', data: { meetingId: meeting.meetingId, date } }];
    }
    case 'CancelMeeting': {
      const meeting = requireMeeting(state, command.data.meetingId);
      const reason = optionalText(command.data.reason, 'reason', { max: 2000 });
      return meeting.cancelled ? [] : [{ type: 'MeetingCancelled', data: { meetingId: meeting.meetingId, reason } }];
    }
    case 'RecordAttendance': {
      const meeting = requireNotCancelled(requireMeeting(state, command.data.meetingId));
      const attendance = readAttendance(command.data.attendance);
      const memberIds = [...command.data.memberIds];
      requireMembers(attendance.map((entry) => entry.personId), memberIds, meeting.body, command.data.names);
      return [{ type: 'AttendanceRecorded', data: { meetingId: meeting.meetingId, attendance, memberIds } }];
    }
    case 'RecordMeetingNote': {
      const { meeting, minuteRef, decidedOn } = requireDecisionAllowed(state, command.data, context.today);
      const text = requireText(command.data.text, 'text', { max: 20_000 });
      return [{ type: 'MeetingNoteRecorded', data: { meetingId: meeting.meetingId, minuteRef, text, decidedOn } }];
    }
    case 'AddAgendaItem':
    case 'RemoveAgendaItem':
    case 'ReorderAgenda':
    case 'RecordPapersSent':
      return decideAgenda(command, requireMeeting(state, command.data.meetingId), context.today);
    default:
      return assertNever(command);
  }
}

function schedule({ data }: ScheduleMeeting, state: MeetingState): MeetingEvent[] {
  if (state.scheduled) throw new DomainError('meeting-exists', `Meeting ${data.meetingId} already exists.`, { meetingId: data.meetingId });
  const body = requireChoice(data.body, meetingBodies, 'body');
  const date = requireRecordDate(data.date, 'date');
  const schoolId = optionalText(data.schoolId, 'schoolId', { max: 100 });
  const committee = optionalText(data.committee, 'committee', { max: 200 });
  if (body === 'local-governing-body' && schoolId === null)
    throw new InvalidValueError('schoolId', 'A local governing body meets for one academy: give its schoolId.');
  if (schoolId !== null && !data.activeSchoolIds.includes(schoolId))
    throw new DomainError('unknown-school', `schoolId names ${schoolId}, which is not an academy of this trust.`, { schoolId });
  if (body !== 'local-governing-body' && schoolId !== null)
    throw new InvalidValueError('schoolId', `schoolId is for a local governing body's meeting; leave it out for the ${body}.`);
  if (body === 'committee' && committee === null)
    throw new InvalidValueError('committee', "A committee's meeting needs the committee's name (e.g. Finance and Audit).");
  if (body !== 'committee' && committee !== null)
    throw new InvalidValueError('committee', "committee is for a committee's meeting; leave it out otherwise.");
  return [
    {
      type: 'MeetingScheduled',
      data: {
        meetingId: data.meetingId,
        trustId: data.trustId,
        body,
        schoolId,
        committee,
        title: optionalText(data.title, 'title', { max: 200 }),
        date,
      },
    },
  ];
}

/** `[{personId, status}]`, each person once. */
function readAttendance(input: unknown): AttendanceEntry[] {
  if (!Array.isArray(input)) throw new InvalidValueError('attendance', 'attendance must be a list of {personId, status}.');
  if (input.length > MAX_ATTENDANCE) throw new InvalidValueError('attendance', `attendance may list at most ${MAX_ATTENDANCE} people.`);
  const seen = new Set<string>();
  return input.map((raw: unknown, i) => {
    if (typeof raw !== 'object' || raw === null)
      throw new InvalidValueError(`attendance[${i}]`, `attendance[${i}] must be an object {personId, status}.`);
    const entry = raw as Record<string, unknown>;
    const personId = requireText(entry.personId, `attendance[${i}].personId`, { max: 100 });
    const status = requireChoice(entry.status, attendanceStatuses, `attendance[${i}].status`);
    if (seen.has(personId))
      throw new InvalidValueError(`attendance[${i}].personId`, `${personId} is listed twice; give each person one status.`);
    seen.add(personId);
    return { personId, status };
  });
}

/** One meeting, stream `meeting-{meetingId}` (streamIds.meeting). */
export const meetingDecider: Decider<MeetingCommand, MeetingEvent, MeetingState> = {
  decide: decideMeeting,
  evolve: evolveMeeting,
  initialState: initialMeetingState,
};
