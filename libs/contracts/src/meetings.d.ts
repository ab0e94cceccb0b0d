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
  /** Actions raised in the meeting (built by the actions part; empty for now). */
  actions: unknown[];
  /**
   * Whose attendance may be recorded: the body's members now (trustees for the board and its
   * committees, the school's governors for a local governing body).
   */
  memberIds: string[];
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
