import type { ActionItem } from './actions';
import type { ApproverExceptionBody } from './delegation';
import type { ReviewOutcome } from './vocabulary';

// Meetings of the trust board, a local governing body or a committee: attendance, quorum and
// the decisions taken, each with its minute reference.

export type MeetingBody = 'trust-board' | 'local-governing-body' | 'committee';
export type AttendanceStatus = 'present' | 'apologies-accepted' | 'apologies-not-accepted' | 'absent';
export type DecisionKind = 'approve-policy' | 'review-policy' | 'adopt-policy' | 'note';

/** POST /api/trusts/{trustId}/meetings. */
export interface MeetingRequest {
  body: MeetingBody;
  /** YYYY-MM-DD. */
  date: string;
  /** Required for a local governing body, refused otherwise. */
  schoolId?: string;
  /** The committee's name: required for a committee, refused otherwise. */
  committee?: string;
  title?: string;
}

/** POST .../meetings/{meetingId}/reschedule. */
export interface RescheduleMeetingRequest {
  date: string;
}

/** POST .../meetings/{meetingId}/cancellation. */
export interface CancelMeetingRequest {
  reason?: string;
}

export interface AttendanceLine {
  personId: string;
  status: AttendanceStatus;
}

/** POST .../meetings/{meetingId}/attendance: the whole attendance; a later record replaces it. */
export interface AttendanceRequest {
  attendance: AttendanceLine[];
}

/** POST .../meetings/{meetingId}/decisions. */
export interface DecisionRequest {
  kind: DecisionKind;
  /** Unique within the meeting, e.g. `TB/2026/14`. */
  minuteRef: string;
  /** approve-policy, review-policy, adopt-policy. */
  policyId?: string;
  /** adopt-policy, and review-policy of a school's copy. */
  schoolId?: string;
  /** approve-policy, adopt-policy. */
  version?: number;
  /** review-policy. */
  outcome?: ReviewOutcome;
  /** review-policy: a date, a term or a month. */
  nextReviewDue?: string;
  /** note: the resolution; review-policy: notes. */
  text?: string;
  /** approve-policy, adopt-policy: required when the scheme of delegation gives another body. */
  exception?: ApproverExceptionBody;
}

/** One decision of a meeting, in the order taken. */
export interface MeetingDecision {
  kind: DecisionKind;
  minuteRef: string;
  decidedOn: string;
  policyId: string | null;
  /** The policy's title, when it names one. */
  policyTitle: string | null;
  schoolId: string | null;
  version: number | null;
  outcome: ReviewOutcome | null;
  text: string | null;
  /** Log position of the event that records it. */
  position: string;
}

/** A meeting in a list. */
export interface MeetingSummary {
  id: string;
  body: MeetingBody;
  schoolId: string | null;
  committee: string | null;
  title: string | null;
  date: string;
  cancelled: boolean;
}

/** GET /api/trusts/{trustId}/meetings/{meetingId}. */
export interface MeetingView extends MeetingSummary {
  attendance: AttendanceLine[];
  /** How many members must be present: a third of the members (rounded up), at least three. */
  quorum: number;
  /** How many members the body had when attendance was recorded (0 before). */
  members: number;
  present: number;
  quorate: boolean;
  decisions: MeetingDecision[];
  /** The agenda as GET .../agenda gives its items. */
  agenda: AgendaItemView[];
  /** When the papers went out, or null. */
  papers: PapersSentView | null;
  /** Actions whose source is this meeting, by due date (done ones included). */
  actions: ActionItem[];
  /**
   * Whose attendance may be recorded: the people appointed to the body on the meeting date; where
   * it has none, trustees for the board and its committees, the school's governors for an LGB.
   */
  memberIds: string[];
}

export type AgendaItemKind = 'policy-approval' | 'policy-review' | 'eia' | 'link-governor-report' | 'termly-report' | 'action' | 'added';

/** One item of a meeting's agenda. */
export interface AgendaItemView {
  /** Stable id (e.g. `review:{policyId}:{schoolId}`, `action:{actionId}`, `added:3`): remove and reorder by it. */
  id: string;
  kind: AgendaItemKind;
  title: string;
  details: string | null;
  schoolId: string | null;
  schoolName: string | null;
  policyId: string | null;
  /** The link governor, the headteacher or the action's owner. */
  personId: string | null;
  personName: string | null;
  /** A review's or action's due date, a report's date. */
  on: string | null;
  /** A review or action past due on the meeting date. */
  overdue: boolean;
}

export interface PapersSentView {
  sentOn: string;
  /** Days between sending and the meeting, neither counted. */
  clearDays: number;
  /** At least seven clear days. */
  onTime: boolean;
}

/** GET .../meetings/{meetingId}/agenda (JSON). */
export interface MeetingAgenda {
  meetingId: string;
  /** "Local governing body of Libra School", "Trust board", "Finance and Audit committee". */
  meetingName: string;
  trustName: string;
  body: MeetingBody;
  schoolId: string | null;
  committee: string | null;
  title: string | null;
  date: string;
  cancelled: boolean;
  /** The body's previous meeting: reports received after it are on this agenda. Null for its first. */
  previousMeetingOn: string | null;
  /** `due`: built from what is due by the meeting date, with the clerk's changes; `as-sent`: the agenda the papers went out with, with later changes. */
  basis: 'due' | 'as-sent';
  papers: PapersSentView | null;
  /** The last day papers can go out with seven clear days. */
  papersDueBy: string;
  items: AgendaItemView[];
}

/** POST .../meetings/{meetingId}/agenda/items: a free-text item. */
export interface AgendaItemRequest {
  title: string;
  details?: string;
}

/** POST .../meetings/{meetingId}/agenda/order: item ids in the order wanted (items not named follow). */
export interface AgendaOrderRequest {
  order: string[];
}

/** POST .../meetings/{meetingId}/papers: the day the papers went out. */
export interface PapersSentRequest {
  sentOn: string;
}

/** GET /api/trusts/{trustId}/people/{personId}/attendance?year=2026-27: one line per meeting of the year they were a member of. */
export interface PersonAttendance {
  personId: string;
  /** The academic year, e.g. `2026-27` (1 September to 31 August). */
  year: string;
  meetings: { meetingId: string; body: MeetingBody; schoolId: string | null; committee: string | null; date: string; status: AttendanceStatus | null }[];
  /** Meetings they were expected at (member when attendance was recorded) and how many they attended. */
  expected: number;
  attended: number;
}

/** GET .../meetings/{meetingId}/minutes: the draft minutes' facts (rendered as Markdown or Word). */
export interface DraftMinutes {
  agenda: MeetingAgenda;
  /** Each member or attendee with their status; names from the directory. */
  attendance: { personId: string; name: string | null; status: AttendanceStatus }[];
  quorum: number;
  members: number;
  present: number;
  quorate: boolean;
  decisions: (MeetingDecision & { schoolName: string | null })[];
  actions: ActionItem[];
  generatedOn: string;
}
