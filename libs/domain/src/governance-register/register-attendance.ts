import { AcademicYear } from '../meetings/academic-year';
import { AttendanceStatus, MeetingBody } from '../meetings/meeting-values';
import { isBefore, LocalDate } from '../time/local-date';
import { registerBodyId } from './register-entries';

/** A meeting as the register counts it: its body, and its latest recorded attendance with the members counted then. */
export interface RecordedMeeting {
  body: MeetingBody;
  schoolId: string | null;
  committee: string | null;
  date: LocalDate;
  cancelled: boolean;
  attendance: readonly { personId: string; status: AttendanceStatus }[];
  memberIds: readonly string[];
}

export interface RegisterAttendance {
  /** Meetings of the body they were a member for when attendance was recorded. */
  expected: number;
  /** Of those, the meetings they were present at. */
  attended: number;
}

/**
 * The academic year the register's attendance covers: the last one completed before `asOf`
 * (the DfE guides: "attendance ... over the last academic year").
 */
export function lastCompletedAcademicYear(asOf: LocalDate): AcademicYear {
  const [year, month] = asOf.split('-').map(Number);
  const start = (month >= 9 ? year : year - 1) - 1;
  return { label: `${start}-${String((start + 1) % 100).padStart(2, '0')}`, from: `${start}-09-01`, to: `${start + 1}-08-31` };
}

/**
 * Attendance per body and person over a year, from recorded meetings only: each meeting held
 * between `from` and `to` (and not after `asOf`), not cancelled, whose attendance was recorded;
 * expected where the person was counted a member, attended where they were also present.
 * Keyed `registerBodyId|personId`.
 */
export function attendanceByBody(meetings: readonly RecordedMeeting[], year: Pick<AcademicYear, 'from' | 'to'>, asOf: LocalDate): Map<string, RegisterAttendance> {
  const counts = new Map<string, RegisterAttendance>();
  for (const meeting of meetings) {
    if (meeting.cancelled || isBefore(meeting.date, year.from) || isBefore(year.to, meeting.date) || isBefore(asOf, meeting.date)) continue;
    const bodyId = registerBodyId(meeting);
    for (const personId of meeting.memberIds) {
      const key = `${bodyId}|${personId}`;
      const count = counts.get(key) ?? { expected: 0, attended: 0 };
      count.expected += 1;
      if (meeting.attendance.some((line) => line.personId === personId && line.status === 'present')) count.attended += 1;
      counts.set(key, count);
    }
  }
  return counts;
}
