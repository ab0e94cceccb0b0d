// The governance register a trust publishes (issue #22): per body, who sits on it, their role,
// who appointed them, their term of office, their interests and their attendance.
import type { AppointmentBody, AppointmentRole } from './appointments';
import type { DeclaredInterest } from './interests-training';

/** GET /api/trusts/{trustId}/governance-register?schoolId=&asOf=&year= (JSON; also CSV and an HTML fragment). */
export interface GovernanceRegister {
  trustId: string;
  trustName: string;
  /** The day the register is as of (default today). */
  asOf: string;
  /** Set when narrowed to one academy's local governing body. */
  schoolId: string | null;
  /** The academic year attendance is counted over: by default the last one completed before asOf. */
  attendanceYear: { label: string; from: string; to: string };
  bodies: GovernanceRegisterBody[];
}

export interface GovernanceRegisterBody {
  body: AppointmentBody;
  schoolId: string | null;
  schoolName: string | null;
  committee: string | null;
  /** "Members", "Trust board", "Libra School local governing body", "Finance committee". */
  title: string;
  people: GovernanceRegisterEntry[];
}

/** One person's appointment to the body, as published. */
export interface GovernanceRegisterEntry {
  personId: string;
  name: string;
  role: AppointmentRole;
  /** "parent governor", "headteacher (ex officio)". */
  roleInWords: string;
  appointedBy: string;
  termStartsOn: string;
  termEndsOn: string;
  /** Former: they left the body within the 12 months before asOf (the last day they held it); null while they sit on it. */
  leftOn: string | null;
  former: boolean;
  interests: GovernanceRegisterInterests;
  /** Meetings of this body in the attendance year: expected (a member when attendance was recorded) and attended (present). Null for the members, who hold no recorded meetings here. */
  attendance: { expected: number; attended: number } | null;
}

export interface GovernanceRegisterInterests {
  /** Their latest declaration on or before asOf; null when they have not declared. */
  declaredOn: string | null;
  nothingToDeclare: boolean;
  current: DeclaredInterest[];
  /** Interests that ended within the 12 months before asOf. */
  endedRecently: DeclaredInterest[];
}
