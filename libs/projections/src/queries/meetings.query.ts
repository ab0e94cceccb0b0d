import type Database from 'better-sqlite3';
import { quorumOf, RecordedMeeting } from '@governance/domain';
import type { AttendanceLine, MeetingDecision, MeetingSummary, MeetingView, PersonAttendance } from '@governance/contracts';

interface MeetingRow {
  id: string;
  body: MeetingSummary['body'];
  schoolId: string | null;
  committee: string | null;
  title: string | null;
  date: string;
  cancelled: number;
  attendance: string;
  memberIds: string;
}

interface DecisionRow extends Omit<MeetingDecision, 'position'> {
  position: number | bigint;
}

/** A meeting as the read model holds it (the API adds its agenda, papers and actions). */
export type MeetingRecord = Omit<MeetingView, 'agenda' | 'papers' | 'actions' | 'memberIds'>;

export interface MeetingFilter {
  from?: string;
  to?: string;
  schoolId?: string;
}

const MEETING_COLUMNS = `meeting_id AS id, body, school_id AS schoolId, committee, title, date, cancelled, attendance, member_ids AS memberIds`;

/** Meetings of a trust, one meeting with its attendance, quorum and decisions, and a person's attendance over a year. */
export class MeetingsQuery {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      list: db.prepare(
        `SELECT ${MEETING_COLUMNS} FROM rm_meetings
         WHERE trust_id = @trustId AND date >= @from AND date <= @to AND (@schoolId IS NULL OR school_id = @schoolId)
         ORDER BY date, meeting_id`,
      ),
      one: db.prepare(`SELECT ${MEETING_COLUMNS} FROM rm_meetings WHERE trust_id = ? AND meeting_id = ?`),
      decisions: db.prepare(
        `SELECT d.kind, d.minute_ref AS minuteRef, d.decided_on AS decidedOn, d.policy_id AS policyId, p.title AS policyTitle,
                d.school_id AS schoolId, d.version, d.outcome, d.text, d.position
         FROM rm_meeting_decisions d LEFT JOIN rm_policies p ON p.policy_id = d.policy_id
         WHERE d.meeting_id = ? ORDER BY d.position`,
      ),
      minuteRefs: db.prepare(`SELECT minute_ref AS minuteRef FROM rm_meeting_decisions WHERE meeting_id = ?`),
    };
  }

  list(trustId: string, filter: MeetingFilter = {}): MeetingSummary[] {
    const rows = this.statements.list.all({
      trustId,
      from: filter.from ?? '0000-01-01',
      to: filter.to ?? '9999-12-31',
      schoolId: filter.schoolId ?? null,
    }) as MeetingRow[];
    return rows.map(summaryOf);
  }

  /** The meeting with its attendance, quorum and decisions in order; undefined when it is not one of the trust's. */
  meeting(trustId: string, meetingId: string): MeetingRecord | undefined {
    const row = this.statements.one.get(trustId, meetingId) as MeetingRow | undefined;
    if (!row) return undefined;
    const attendance = JSON.parse(row.attendance) as AttendanceLine[];
    const memberIds = JSON.parse(row.memberIds) as string[];
    const { quorum, present, quorate } = quorumOf(attendance, memberIds);
    const decisions = (this.statements.decisions.all(meetingId) as DecisionRow[]).map((d) => ({ ...d, position: String(d.position) }));
    return { ...summaryOf(row), attendance, quorum, members: memberIds.length, present, quorate, decisions };
  }

  /** Every minute reference the meeting's decisions use, as the read model knows them. */
  minuteRefs(meetingId: string): string[] {
    return (this.statements.minuteRefs.all(meetingId) as { minuteRef: string }[]).map((row) => row.minuteRef);
  }

  /**
   * A person's attendance at the meetings between `from` and `to` (an academic year): every
   * meeting not cancelled whose recorded attendance lists them or counted them as a member.
   */
  personAttendance(trustId: string, personId: string, year: { label: string; from: string; to: string }): PersonAttendance {
    const rows = this.statements.list.all({ trustId, from: year.from, to: year.to, schoolId: null }) as MeetingRow[];
    const meetings: PersonAttendance['meetings'] = [];
    let expected = 0;
    let attended = 0;
    for (const row of rows) {
      if (row.cancelled) continue;
      const attendance = JSON.parse(row.attendance) as AttendanceLine[];
      const member = (JSON.parse(row.memberIds) as string[]).includes(personId);
      const line = attendance.find((entry) => entry.personId === personId);
      if (!member && !line) continue;
      if (member) expected += 1;
      if (line?.status === 'present') attended += 1;
      meetings.push({ meetingId: row.id, body: row.body, schoolId: row.schoolId, committee: row.committee, date: row.date, status: line?.status ?? null });
    }
    return { personId, year: year.label, meetings, expected, attended };
  }

  /** Every meeting between `from` and `to` with its latest recorded attendance and the members counted then (the governance register's attendance). */
  recordedMeetings(trustId: string, from: string, to: string): RecordedMeeting[] {
    const rows = this.statements.list.all({ trustId, from, to, schoolId: null }) as MeetingRow[];
    return rows.map((row) => ({
      body: row.body,
      schoolId: row.schoolId,
      committee: row.committee,
      date: row.date,
      cancelled: row.cancelled === 1,
      attendance: JSON.parse(row.attendance) as AttendanceLine[],
      memberIds: JSON.parse(row.memberIds) as string[],
    }));
  }
}

function summaryOf(row: MeetingRow): MeetingSummary {
  return { id: row.id, body: row.body, schoolId: row.schoolId, committee: row.committee, title: row.title, date: row.date, cancelled: row.cancelled === 1 };
}
