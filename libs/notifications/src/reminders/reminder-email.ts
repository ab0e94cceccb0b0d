import { LocalDate, RecordToRenew } from '@governance/domain';
import { asGivenNote, longDate, relativeDays, shortDate } from './dates-in-words';
import { ReminderStep } from './reminder-steps';
import { RecordToChase, recordsDigestCounts, recordsDigestLines } from './records-digest';

export interface ReminderEmailInput {
  step: Pick<ReminderStep, 'kind'>;
  trustName: string;
  /** Null for a trust-wide policy, which the trust reviews for every school. */
  schoolName: string | null;
  policyTitle: string;
  dueOn: LocalDate;
  /** The due date as the last review gave it ("2027-spring"), or null. */
  dueAsGiven: string | null;
  asOf: LocalDate;
  policyUrl: string;
  /** Why this person gets it: "the headteacher of Libra School". */
  reason: string;
}

export interface EmailText {
  subject: string;
  text: string;
}

/** A plain, short reminder: what is due, by when, where to record it, and why you were told. */
export function reminderEmail(input: ReminderEmailInput): EmailText {
  const where = input.schoolName ?? `${input.trustName} (trust-wide)`;
  const what = `${input.policyTitle} (${where})`;
  const due = `${longDate(input.dueOn)}${asGivenNote(input.dueAsGiven)}`;
  const lines: string[] = [];
  let subject: string;
  switch (input.step.kind) {
    case 'due':
    case 'days-before':
      subject = `Review due ${relativeDays(input.asOf, input.dueOn)}: ${what}`;
      lines.push(`The review of "${input.policyTitle}" at ${where} is due by ${due}, ${relativeDays(input.asOf, input.dueOn)}.`);
      break;
    case 'on-the-day':
      subject = `Review due today: ${what}`;
      lines.push(`The review of "${input.policyTitle}" at ${where} is due today, ${due}.`);
      break;
    case 'overdue':
      subject = `Review overdue since ${shortDate(input.dueOn)}: ${what}`;
      lines.push(
        `The review of "${input.policyTitle}" at ${where} was due by ${due} and has not been recorded. It is overdue.`,
      );
      break;
  }
  lines.push(
    '',
    'When the review is done, record it with the date of the next review, so that the register and the trust board see the policy in date again:',
    '',
    `  ${input.policyUrl}`,
    '',
    `You receive this as ${input.reason}.`,
    '',
    `${input.trustName}, governance tracker`,
  );
  return { subject, text: lines.join('\n') + '\n' };
}

export interface DigestItem {
  policyTitle: string;
  schoolName: string | null;
  dueOn: LocalDate;
  overdue: boolean;
  policyUrl: string;
}

/** An overdue action of the person the digest goes to. */
export interface DigestAction {
  title: string;
  schoolName: string | null;
  dueOn: LocalDate;
  /** "Link governor visit on 6 October 2026" */
  sourceInWords: string;
}

/** A term of office ending soon, in the clerk's digest. */
export interface DigestTermEnding {
  /** "Gina Governor" */
  name: string;
  /** "parent governor" */
  role: string;
  /** "Libra School LGB" */
  body: string;
  endsOn: LocalDate;
}

/**
 * The weekly digest: overdue reviews first, then those due in the next three months, then the
 * person's overdue actions, their own records to renew (declaration of interests, safeguarding
 * training), and, for a clerk, the terms of office ending by the end of next term and the
 * governors' records to chase.
 */
export function digestEmail(input: {
  trustName: string;
  asOf: LocalDate;
  items: DigestItem[];
  overdueActions?: DigestAction[];
  termsEnding?: DigestTermEnding[];
  records?: RecordToRenew[];
  recordsToChase?: RecordToChase[];
}): EmailText {
  const overdue = input.items.filter((i) => i.overdue);
  const upcoming = input.items.filter((i) => !i.overdue);
  const actions = input.overdueActions ?? [];
  const line = (item: DigestItem) =>
    `  - ${item.policyTitle}, ${item.schoolName ?? 'trust-wide'}: due ${shortDate(item.dueOn)} (${relativeDays(input.asOf, item.dueOn)})\n    ${item.policyUrl}`;
  const actionLine = (action: DigestAction) =>
    `  - ${action.title}, ${action.schoolName ?? 'trust-wide'}: was due ${shortDate(action.dueOn)} (${relativeDays(input.asOf, action.dueOn)})\n    From: ${action.sourceInWords}`;
  // A digest with only governor records in it is not about policy reviews.
  const about = input.items.length > 0 || actions.length > 0 ? 'Policy reviews' : 'Governor records';
  const lines = [`${about} for the week of ${longDate(input.asOf)}.`, ''];
  if (overdue.length > 0) lines.push(`Overdue (${overdue.length}):`, ...overdue.map(line), '');
  if (upcoming.length > 0) lines.push(`Due in the next three months (${upcoming.length}):`, ...upcoming.map(line), '');
  if (actions.length > 0) lines.push(`Your overdue actions (${actions.length}), to mark as done on your home page once done:`, ...actions.map(actionLine), '');
  const terms = input.termsEnding ?? [];
  const termLine = (term: DigestTermEnding) => `  - ${term.name}, ${term.role}, ${term.body}: ends ${shortDate(term.endsOn)} (${relativeDays(input.asOf, term.endsOn)})`;
  if (terms.length > 0)
    lines.push(`Terms of office ending by the end of next term (${terms.length}): renew (a new appointment from the day after) or find a successor:`, ...terms.map(termLine), '');
  lines.push(...recordsDigestLines(input.records ?? [], input.recordsToChase ?? []));
  lines.push('You receive this weekly because your trust turned on the weekly digest.', '', `${input.trustName}, governance tracker`);
  const counts = [
    overdue.length > 0 ? `${overdue.length} overdue` : null,
    upcoming.length > 0 ? `${upcoming.length} due soon` : null,
    actions.length > 0 ? `${actions.length} overdue action${actions.length === 1 ? '' : 's'}` : null,
    terms.length > 0 ? `${terms.length} term${terms.length === 1 ? '' : 's'} of office ending` : null,
    ...recordsDigestCounts(input.records ?? [], input.recordsToChase ?? []),
  ]
    .filter((part) => part !== null)
    .join(', ');
  return { subject: `${about} this week: ${counts}`, text: lines.join('\n') + '\n' };
}
