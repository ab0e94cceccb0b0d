import type { AuditItem } from '@governance/contracts';

/** Data fields that state the day something happened, by the event types that carry them. */
const HAPPENED_FIELDS = ['adoptedOn', 'approvedOn', 'reviewedOn', 'completedOn', 'evaluatedOn', 'visitedOn', 'assignedOn', 'unassignedOn', 'retiredOn', 'declaredOn', 'asOf'] as const;

/** The day an entry says it happened (YYYY-MM-DD), else the day it was recorded. */
export function happenedOn(item: AuditItem): string {
  const data = item.data ?? {};
  for (const field of HAPPENED_FIELDS) {
    const value = data[field];
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  }
  return item.occurredAt.slice(0, 10);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Recorded more than 30 days after the day it states: the board could not have known it then. */
export function recordedLate(item: AuditItem): boolean {
  return Date.parse(item.occurredAt) - Date.parse(`${happenedOn(item)}T23:59:59.999Z`) > 30 * DAY_MS;
}

/** When the entry was recorded, in words a clerk reads: "2027-03-10 09:14 UTC". */
export function recordedAt(item: AuditItem): string {
  return `${item.occurredAt.slice(0, 10)} ${item.occurredAt.slice(11, 16)} UTC`;
}

/** The entry's data field as text, or null. */
export function text(item: AuditItem, field: string): string | null {
  const value = item.data?.[field];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
}

export function list(item: AuditItem, field: string): string[] {
  const value = item.data?.[field];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** "Withdrawn 2027-03-11: recorded for the wrong school", or null. */
export function withdrawnNote(item: AuditItem): string | null {
  return item.withdrawn === null ? null : `Withdrawn ${item.withdrawn.at.slice(0, 10)}: ${item.withdrawn.reason}`;
}

export const APPROVER_WORDS: Record<string, string> = {
  'trust-board': 'the trust board',
  'local-governing-body': 'the local governing body',
  headteacher: 'the headteacher',
  committee: 'a committee',
};

/** One entry of a policy's history in words: what happened, without who or when. */
export function describe(item: AuditItem): string {
  const version = text(item, 'version');
  const body = (field: string) => APPROVER_WORDS[text(item, field) ?? ''] ?? text(item, field);
  const minute = text(item, 'minuteRef') ? ` (minute ${text(item, 'minuteRef')})` : '';
  switch (item.type) {
    case 'PolicyRegistered':
      return 'Registered in the trust\'s policy list';
    case 'PolicyVersionDrafted':
      return `Version ${version} drafted: ${text(item, 'summary') ?? ''}`.trim();
    case 'PolicyApproved':
      return `Version ${version} approved by ${body('body') ?? 'an unnamed body'}${minute}`;
    case 'PolicyAdopted':
      return `Version ${version} adopted by the school${body('approvedBy') ? `, approved by ${body('approvedBy')}` : ''}${minute}`;
    case 'PolicyReviewed': {
      const who = text(item, 'level') === 'trust' ? 'the trust' : 'the school';
      const outcome = text(item, 'outcome') === 'amended' ? 'amended' : 'no change';
      const next = text(item, 'nextReviewDue') ? `; next review ${text(item, 'nextReviewDue')}` : '';
      return `Reviewed by ${who} (${outcome})${next}${minute}`;
    }
    case 'EIACompleted':
      return `Equality impact assessment completed${version ? ` for version ${version}` : ''}: ${text(item, 'conclusion') ?? ''}`.trim();
    case 'PolicyEvaluated':
      return `Evaluated: ${text(item, 'effectivenessStatement') ?? ''}`.trim();
    case 'PolicyOwnerAssigned':
      return `Policy owner named: person ${text(item, 'personId') ?? ''}`.trim();
    case 'ReviewDue':
      return `Review due on ${text(item, 'dueOn')} noticed`;
    case 'ReviewOverdue':
      return `Review due on ${text(item, 'dueOn')} noticed as overdue`;
    case 'PolicyAppliesToChanged':
      return `Phases of school it applies to set to: ${list(item, 'appliesTo').join(', ')}`;
    case 'AcknowledgementRequirementChanged':
      return item.data?.acknowledgementRequired === true
        ? 'Staff must now read and acknowledge each adopted version'
        : 'Staff no longer need to acknowledge each adopted version';
    case 'PolicyAcknowledged':
      return `Version ${version} acknowledged by a member of staff`;
    case 'PolicyRetired':
      return `Retired${text(item, 'reason') ? `: ${text(item, 'reason')}` : ''}`;
    case 'LinkGovernorVisitLogged':
      return `Link governor visit: ${text(item, 'purpose') ?? ''}`.trim();
    case 'LinkGovernorReported':
      return `Link governor report for ${text(item, 'term')}`;
    case 'LinkGovernorAssigned':
      return `Link governor assigned for ${text(item, 'area')}`;
    case 'EntryWithdrawn':
      return `An entry was withdrawn: ${text(item, 'reason') ?? ''}`.trim();
    default:
      return item.type;
  }
}
