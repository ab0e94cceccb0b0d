import type { AppointmentBody, AppointmentItem, AppointmentRole, InterestKind, RecordStatus } from '@governance/contracts';
import { h } from '../dom.js';
import { Option } from '../forms/form-kit.js';
import { formatDate } from '../format.js';

/** Governor records in plain words: bodies, roles, kinds of interest, and done / due / overdue. */

export const BODY_WORDS: Record<AppointmentBody, string> = {
  members: 'The members',
  'trust-board': 'The trust board',
  'local-governing-body': 'A local governing body',
  committee: 'A committee',
};

export const ROLE_WORDS: Record<AppointmentRole, string> = {
  chair: 'Chair',
  'vice-chair': 'Vice-chair',
  trustee: 'Trustee',
  member: 'Member',
  'parent-governor': 'Parent governor',
  'staff-governor': 'Staff governor',
  'co-opted': 'Co-opted governor',
  foundation: 'Foundation governor',
  'local-authority': 'Local authority governor',
  headteacher: 'Headteacher (ex officio)',
};

export const KIND_WORDS: Record<InterestKind, string> = {
  directorship: 'Directorship',
  employment: 'Employment',
  shareholding: 'Shareholding',
  'trusteeship-or-governorship-elsewhere': 'Trustee or governor elsewhere',
  'relationship-with-staff-or-member': 'Relative or partner on the staff or a member',
  'contract-or-supplier': 'Contract with, or supplier to, the trust',
  other: 'Other',
};

/** Who usually appoints, offered as suggestions (any text is accepted). */
export const APPOINTED_BY_SUGGESTIONS = ['Members', 'Trust board', 'Parents (election)', 'Staff (election)', 'Local governing body', 'Diocese', 'Local authority', 'Ex officio'];

export const optionsOf = <K extends string>(words: Record<K, string>): Option[] => (Object.keys(words) as K[]).map((value) => ({ value, label: words[value] }));

export const STATUS_WORDS: Record<RecordStatus, string> = {
  done: 'Done',
  due: 'Due',
  overdue: 'Overdue',
  'not-required': 'Not required',
};

const STATUS_CLASS: Record<RecordStatus, string> = {
  done: 'status-in-date',
  due: 'status-due-soon',
  overdue: 'status-overdue',
  'not-required': 'status-not-adopted',
};

/** The status as a word in a badge: the word carries the meaning, the colour only helps. */
export function recordBadge(status: RecordStatus): HTMLSpanElement {
  return h('span', { class: `badge ${STATUS_CLASS[status]}`, 'data-status': status }, STATUS_WORDS[status]);
}

/** "The trust board", "Libra School local governing body", "Finance committee". */
export function bodyOf(item: Pick<AppointmentItem, 'body' | 'schoolName' | 'committee'>): string {
  if (item.body === 'local-governing-body') return `${item.schoolName ?? 'A school'}’s local governing body`;
  if (item.body === 'committee') return `${item.committee ?? 'A'} committee`;
  return BODY_WORDS[item.body];
}

/** "1 September 2024 to 31 August 2028 (ended early on 3 March 2026: moved away)". */
export function termWords(item: AppointmentItem): string {
  const term = `${formatDate(item.startsOn)} to ${formatDate(item.endsOn)}`;
  if (!item.endedOn) return term;
  return `${term} (ended early on ${formatDate(item.endedOn)}${item.endReason ? `: ${item.endReason}` : ''})`;
}

/** The day after `date` (YYYY-MM-DD), for a renewal's start. */
export function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** The same day `years` on, less one day: a term's usual last day. */
export function termEndAfter(start: string, years: number): string {
  const end = new Date(`${start}T00:00:00Z`);
  end.setUTCFullYear(end.getUTCFullYear() + years);
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}
