import type { AttendanceStatus, DecisionKind, MeetingBody, MeetingSummary } from '@governance/contracts';
import { AppContext, schoolName } from '../context.js';
import { Option } from '../forms/form-kit.js';

/** The words a clerk sees for the meetings API's codes. */

export const BODY_LABELS: Record<MeetingBody, string> = {
  'trust-board': 'Trust board',
  'local-governing-body': 'Local governing body',
  committee: 'Committee',
};

/** The four statuses clerks use, in the order they are asked. */
export const ATTENDANCE_OPTIONS: { value: AttendanceStatus; label: string }[] = [
  { value: 'present', label: 'Present' },
  { value: 'apologies-accepted', label: 'Apologies accepted' },
  { value: 'apologies-not-accepted', label: 'Apologies not accepted' },
  { value: 'absent', label: 'Absent' },
];

export function attendanceLabel(status: AttendanceStatus | null): string {
  return ATTENDANCE_OPTIONS.find((option) => option.value === status)?.label ?? 'Not recorded';
}

export const DECISION_OPTIONS: { value: DecisionKind; label: string }[] = [
  { value: 'approve-policy', label: 'Approve a policy (the trust’s version)' },
  { value: 'review-policy', label: 'Review a policy' },
  { value: 'adopt-policy', label: 'Adopt a policy at a school' },
  { value: 'note', label: 'A note of any other resolution' },
];

/** "Trust board", "Libra School local governing body", "Finance and Audit committee". */
export function bodyOf(context: AppContext, meeting: Pick<MeetingSummary, 'body' | 'schoolId' | 'committee'>): string {
  if (meeting.body === 'trust-board') return 'Trust board';
  if (meeting.body === 'committee') return `${meeting.committee ?? 'A'} committee`;
  return `${schoolName(context, meeting.schoolId)} local governing body`;
}

/** The body, then the title when it has one: how a meeting is named in lists and headings. */
export function meetingName(context: AppContext, meeting: MeetingSummary): string {
  return meeting.title ? `${bodyOf(context, meeting)}: ${meeting.title}` : bodyOf(context, meeting);
}

/** The academic year a day falls in (1 September to 31 August), as the API names it: `2026-27`. */
export function academicYearOf(day: string): string {
  const year = Number(day.slice(0, 4));
  const start = Number(day.slice(5, 7)) >= 9 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** "2026 to 2027". */
export function formatAcademicYear(year: string): string {
  const start = Number(year.slice(0, 4));
  return `${start} to ${start + 1}`;
}

export function academicYearOptions(current: string, before = 2): Option[] {
  const start = Number(current.slice(0, 4));
  return Array.from({ length: before + 2 }, (_, i) => start + 1 - i).map((first) => {
    const value = `${first}-${String((first + 1) % 100).padStart(2, '0')}`;
    return { value, label: formatAcademicYear(value) };
  });
}

/** "4 of 6 members present; the quorum is 3: quorate." */
export function quorumWords(view: { members: number; present: number; quorum: number; quorate: boolean }): string {
  return `${view.present} of ${view.members} members present; the quorum is ${view.quorum}: ${view.quorate ? 'quorate' : 'not quorate'}.`;
}
