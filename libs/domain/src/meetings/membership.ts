import { Appointment } from '../appointments/events';
import { isCurrentOn } from '../appointments/term';
import { RoleGrant } from '../people/roles';
import { DomainError } from '../shared/domain-error';
import { MeetingBody } from './meeting-values';

/** A person as membership reads them: their roles now. */
export interface MemberCandidate {
  id: string;
  name?: string | null;
  roles: readonly RoleGrant[];
  erased?: boolean;
}

/** Which body a meeting is of: the board, one academy's LGB, or a committee. */
export interface BodyOfMeeting {
  body: MeetingBody;
  schoolId: string | null;
  /** A committee's name (matched to appointments ignoring case and spacing). */
  committee?: string | null;
  /** The meeting date: appointments current on it make the membership. */
  date?: string;
}

/** An appointment as membership reads it. */
export type MemberAppointment = Pick<Appointment, 'personId' | 'body' | 'schoolId' | 'committee' | 'startsOn' | 'endsOn' | 'endedOn'>;

const sameName = (a: string | null | undefined, b: string | null | undefined): boolean =>
  (a ?? '').trim().replace(/\s+/g, ' ').toLowerCase() === (b ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

/** The appointments to the meeting's body current on the meeting date. */
export function appointmentsToBody(appointments: readonly MemberAppointment[], meeting: BodyOfMeeting): MemberAppointment[] {
  if (!meeting.date) return [];
  const date = meeting.date;
  return appointments.filter(
    (appointment) =>
      appointment.body === meeting.body &&
      (meeting.body !== 'local-governing-body' || appointment.schoolId === meeting.schoolId) &&
      (meeting.body !== 'committee' || sameName(appointment.committee, meeting.committee)) &&
      isCurrentOn(appointment, date),
  );
}

/**
 * Who belongs to a body that has no current appointments: the trustees for the trust
 * board and its committees, the school's governors for a local governing body.
 */
export function isMemberOf(person: MemberCandidate, meeting: BodyOfMeeting): boolean {
  if (person.erased) return false;
  if (meeting.body === 'local-governing-body') {
    return person.roles.some((grant) => grant.role === 'governor' && grant.schoolId === meeting.schoolId);
  }
  return person.roles.some((grant) => grant.role === 'trustee');
}

/**
 * The ids of the body's members, in the order given: the people appointed to it on the meeting
 * date where the body has appointments then; otherwise (a trust that keeps no appointments yet)
 * the role rule of `isMemberOf`.
 */
export function membersOf(people: readonly MemberCandidate[], meeting: BodyOfMeeting, appointments: readonly MemberAppointment[] = []): string[] {
  const current = appointmentsToBody(appointments, meeting);
  if (current.length > 0) {
    const appointed = new Set(current.map((appointment) => appointment.personId));
    return people.filter((person) => !person.erased && appointed.has(person.id)).map((person) => person.id);
  }
  return people.filter((person) => isMemberOf(person, meeting)).map((person) => person.id);
}

const bodyWords: Record<MeetingBody, string> = {
  'trust-board': 'the trust board',
  'local-governing-body': 'the local governing body',
  committee: 'the committee',
};

/** Refuses (422 `not-a-member`) attendance for anyone who is not a member, naming them. */
export function requireMembers(
  personIds: readonly string[],
  memberIds: readonly string[],
  body: MeetingBody,
  names: Readonly<Record<string, string | null | undefined>> = {},
): void {
  const strangers = personIds.filter((id) => !memberIds.includes(id));
  if (strangers.length === 0) return;
  const named = strangers.map((id) => (names[id] ? `${names[id]} (${id})` : id));
  throw new DomainError(
    'not-a-member',
    `${named.join(', ')} ${strangers.length === 1 ? 'is not a member' : 'are not members'} of ${bodyWords[body]}: ` +
      'attendance is recorded for members only (those appointed to the body on the meeting date; where it has none, ' +
      'trustees for the trust board and its committees, the school\'s governors for a local governing body).',
    { personIds: strangers },
  );
}
