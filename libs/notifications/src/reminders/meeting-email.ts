import { LocalDate } from '@governance/domain';
import { longDate, relativeDays } from './dates-in-words';
import { EmailText } from './reminder-email';

/** How many days before a meeting its members are reminded (once). */
export const MEETING_REMINDER_DAYS = 7;

export interface MeetingReminderInput {
  trustName: string;
  /** "Libra School local governing body: Autumn term meeting". */
  meetingName: string;
  date: LocalDate;
  asOf: LocalDate;
}

/** A short note to a member: which meeting, when, and why they were told. */
export function meetingReminderEmail(input: MeetingReminderInput): EmailText {
  const when = relativeDays(input.asOf, input.date);
  return {
    subject: `Meeting ${when}: ${input.meetingName} (${longDate(input.date)})`,
    text:
      [
        `The meeting of the ${input.meetingName} is on ${longDate(input.date)}, ${when}.`,
        '',
        'If you cannot attend, send your apologies to the clerk before the meeting.',
        '',
        'You receive this as a member of this body.',
        '',
        `${input.trustName}, governance tracker`,
      ].join('\n') + '\n',
  };
}
