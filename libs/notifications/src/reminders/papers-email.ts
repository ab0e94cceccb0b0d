import { LocalDate } from '@governance/domain';
import { longDate } from './dates-in-words';
import { EmailText } from './reminder-email';

export interface PapersReminderInput {
  trustName: string;
  meetingName: string;
  date: LocalDate;
  /** The last day for seven clear days: eight days before the meeting. */
  lastDay: LocalDate;
  asOf: LocalDate;
}

/** To the clerk: the papers of a meeting are not recorded as sent and the last day for seven clear days has come. */
export function papersReminderEmail(input: PapersReminderInput): EmailText {
  const late = input.asOf > input.lastDay;
  return {
    subject: `Papers ${late ? 'late' : 'due today'}: ${input.meetingName} (${longDate(input.date)})`,
    text:
      [
        `The papers for the meeting of the ${input.meetingName} on ${longDate(input.date)} are not recorded as sent.`,
        '',
        late
          ? `They should have gone out by ${longDate(input.lastDay)} to give seven clear days; send them as soon as you can.`
          : `Today, ${longDate(input.lastDay)}, is the last day to send them and still give seven clear days.`,
        '',
        'Once they have gone out, record the day sent on the meeting (this also keeps the agenda as sent).',
        '',
        `You receive this as a clerk of this body.`,
        '',
        `${input.trustName}, governance tracker`,
      ].join('\n') + '\n',
  };
}
