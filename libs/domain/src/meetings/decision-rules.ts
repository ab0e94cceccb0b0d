import { DomainError, NotFoundError } from '../shared/domain-error';
import { requireText } from '../input/text';
import { isAfter, LocalDate } from '../time/local-date';
import { MeetingState, ScheduledMeeting } from './events';

/** A meeting that exists (404 otherwise). */
export function requireMeeting(state: MeetingState, meetingId: string): ScheduledMeeting {
  if (!state.scheduled) throw new NotFoundError('Meeting', meetingId);
  return state;
}

/** A meeting that still takes place (422 `meeting-cancelled` otherwise). */
export function requireNotCancelled(meeting: ScheduledMeeting): ScheduledMeeting {
  if (meeting.cancelled) {
    throw new DomainError('meeting-cancelled', `The meeting of ${meeting.date} was cancelled; it cannot be changed or take decisions.`, {
      meetingId: meeting.meetingId,
    });
  }
  return meeting;
}

/**
 * What a decision in a meeting must satisfy before anything is appended: the meeting exists and
 * was not cancelled, it has taken place (a decision is dated the meeting's date, never after
 * today), and the minute reference is new within the meeting. Returns the checked minute
 * reference and the decision's date.
 */
export function requireDecisionAllowed(
  state: MeetingState,
  input: { meetingId: string; minuteRef: unknown; takenMinuteRefs: readonly string[] },
  today: LocalDate,
): { meeting: ScheduledMeeting; minuteRef: string; decidedOn: LocalDate } {
  const meeting = requireNotCancelled(requireMeeting(state, input.meetingId));
  const minuteRef = requireText(input.minuteRef, 'minuteRef', { max: 200 });
  if (isAfter(meeting.date, today)) {
    throw new DomainError(
      'meeting-not-yet-held',
      `The meeting is on ${meeting.date}, after today (${today}): record its decisions once it has taken place.`,
      { meetingId: meeting.meetingId, date: meeting.date },
    );
  }
  if (input.takenMinuteRefs.includes(minuteRef)) {
    throw new DomainError(
      'minute-ref-taken',
      `Minute reference ${minuteRef} is already used for another decision of this meeting; give each decision its own reference.`,
      { meetingId: meeting.meetingId, minuteRef },
    );
  }
  return { meeting, minuteRef, decidedOn: meeting.date };
}
