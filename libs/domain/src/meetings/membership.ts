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
}

/**
 * Who belongs to a body, until governor records (appointments) exist: the trustees for the trust
 * board and its committees, the school's governors for a local governing body.
 */
export function isMemberOf(person: MemberCandidate, meeting: BodyOfMeeting): boolean {
  if (person.erased) return false;
  if (meeting.body === 'local-governing-body') {
    return person.roles.some((grant) => grant.role === 'governor' && grant.schoolId === meeting.schoolId);
  }
  return person.roles.some((grant) => grant.role === 'trustee');
}

/** The ids of the body's members, in the order given. */
export function membersOf(people: readonly MemberCandidate[], meeting: BodyOfMeeting): string[] {
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
      'attendance is recorded for members only (trustees for the trust board and its committees, the school\'s governors for a local governing body).',
    { personIds: strangers },
  );
}
