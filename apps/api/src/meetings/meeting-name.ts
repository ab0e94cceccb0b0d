import { RegisteredTrust } from '@governance/domain';
import type { MeetingSummary } from '@governance/contracts';

/** How a meeting is named in calendars and reminders: the body (and school or committee), then its title. */
export function meetingName(trust: RegisteredTrust, meeting: MeetingSummary): string {
  const body =
    meeting.body === 'trust-board'
      ? `${trust.name} trust board`
      : meeting.body === 'committee'
        ? `${meeting.committee ?? 'Committee'} committee`
        : `${trust.schools.find((s) => s.schoolId === meeting.schoolId)?.name ?? 'School'} local governing body`;
  const title = meeting.title?.trim();
  // A title that only repeats the body's name ("Trust board") adds nothing.
  return title && !body.toLowerCase().includes(title.toLowerCase()) ? `${body}: ${title}` : body;
}
