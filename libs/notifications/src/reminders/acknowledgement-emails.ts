import { AcknowledgementReminderStep, LocalDate, OutstandingReading } from '@governance/domain';
import { longDate, shortDate } from './dates-in-words';
import { EmailText } from './reminder-email';

export interface AcknowledgementReminderInput {
  step: AcknowledgementReminderStep;
  trustName: string;
  schoolName: string;
  /** Oldest first. */
  items: readonly OutstandingReading[];
  /** The web app's reading page: `{publicUrl}/#/reading`. */
  readingUrl: string;
  /** The page that emails a sign-in link: `{publicUrl}/#/email-me-a-link` (where a member of staff enters their email). */
  signInUrl: string;
}

/** To a member of staff: every policy they still have to read and acknowledge at one school. */
export function acknowledgementReminderEmail(input: AcknowledgementReminderInput): EmailText {
  const count = input.items.length;
  const policies = count === 1 ? '1 policy' : `${count} policies`;
  const lines = [
    input.step === 14
      ? `A last reminder: ${input.schoolName} asked you two weeks ago to read and acknowledge ${count === 1 ? 'this policy' : 'these policies'}, and ${count === 1 ? 'it is' : 'they are'} still outstanding:`
      : `${input.schoolName} asked you a week ago to read and acknowledge ${count === 1 ? 'this policy' : 'these policies'}:`,
    '',
    ...input.items.map((item) => `  - ${item.title}, version ${item.version} (asked on ${shortDate(item.askedOn)})`),
    '',
    'Read each one and press "I have read this" on your reading page:',
    '',
    `  ${input.readingUrl}`,
    '',
    `You do not need a password: enter your work email address at ${input.signInUrl} and we will email you a sign-in link (it works once, for 15 minutes).`,
    '',
    `You receive this as a member of staff of ${input.schoolName}.`,
    '',
    `${input.trustName}, governance tracker`,
  ];
  const subject = `${input.step === 14 ? 'Last reminder' : 'Reminder'}: ${policies} to read and acknowledge (${input.schoolName})`;
  return { subject, text: lines.join('\n') + '\n' };
}

/** One policy's line in the head's weekly summary. */
export interface AcknowledgementSummaryRow {
  title: string;
  version: number;
  staff: number;
  acknowledged: number;
  outstanding: number;
  /** Those outstanding more than 7 days, by name (null: a person without a name in the directory). */
  lateNames: readonly (string | null)[];
}

/** To a school's headteacher, weekly: per policy, who has read and acknowledged the version in force. */
export function acknowledgementSummaryEmail(input: {
  trustName: string;
  schoolName: string;
  asOf: LocalDate;
  rows: readonly AcknowledgementSummaryRow[];
  /** The web app's dashboard, where the progress is shown. */
  dashboardUrl: string;
}): EmailText {
  const outstanding = input.rows.reduce((sum, row) => sum + row.outstanding, 0);
  const lines = [`Read and acknowledge at ${input.schoolName}, the week of ${longDate(input.asOf)}.`, ''];
  for (const row of input.rows) {
    lines.push(`  - ${row.title}, version ${row.version}: ${row.acknowledged} of ${row.staff} staff acknowledged, ${row.outstanding} outstanding`);
    if (row.lateNames.length > 0)
      lines.push(`    Outstanding more than 7 days: ${row.lateNames.map((name) => name ?? 'a person without a name in the directory').join(', ')}`);
  }
  lines.push(
    '',
    'Staff are reminded by email 7 and 14 days after they were asked; after that, only this summary is sent.',
    '',
    `  ${input.dashboardUrl}`,
    '',
    `You receive this weekly as the headteacher of ${input.schoolName}, while anything is outstanding.`,
    '',
    `${input.trustName}, governance tracker`,
  );
  return { subject: `Read and acknowledge this week: ${outstanding} outstanding (${input.schoolName})`, text: lines.join('\n') + '\n' };
}
