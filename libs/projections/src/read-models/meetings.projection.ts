import type Database from 'better-sqlite3';
import type {
  AttendanceRecordedData,
  EntryWithdrawnData,
  MeetingCancelledData,
  MeetingNoteRecordedData,
  MeetingRescheduledData,
  MeetingScheduledData,
  PolicyAdoptedData,
  PolicyApprovedData,
  PolicyReviewedData,
} from '@governance/domain';
import type { RecordedEvent } from '@governance/event-store';
import { Projection, TableNames } from '../projection';
import { dataOf, trustIdOf } from './event-fields';

/** A decision row: what the meeting's list and the minutes need. */
interface DecisionRow {
  meetingId: string;
  minuteRef: string;
  kind: 'approve-policy' | 'review-policy' | 'adopt-policy' | 'note';
  decidedOn: string;
  policyId: string | null;
  schoolId: string | null;
  version: number | null;
  outcome: string | null;
  text: string | null;
}

/**
 * Meetings, their latest attendance and their decisions in the order taken. A policy decision is
 * the policy event itself (PolicyApproved, PolicyReviewed, PolicyAdopted) carrying `meetingId`
 * and `minuteRef`; a note is the meeting's own MeetingNoteRecorded. A withdrawn policy event
 * (EntryWithdrawn) takes its decision off the meeting's list.
 */
export const meetingsProjection: Projection = {
  name: 'meetings',
  version: 1,
  tables: ['rm_meetings', 'rm_meeting_decisions'],
  schema: (t: TableNames) => `
    CREATE TABLE IF NOT EXISTS "${t.table('rm_meetings')}" (
      meeting_id  TEXT PRIMARY KEY,
      trust_id    TEXT NOT NULL,
      body        TEXT NOT NULL,
      school_id   TEXT,
      committee   TEXT,
      title       TEXT,
      date        TEXT NOT NULL,
      cancelled   INTEGER NOT NULL DEFAULT 0,
      attendance  TEXT NOT NULL DEFAULT '[]',
      member_ids  TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX IF NOT EXISTS "${t.index('rm_meetings_by_date')}" ON "${t.table('rm_meetings')}" (trust_id, date);
    CREATE TABLE IF NOT EXISTS "${t.table('rm_meeting_decisions')}" (
      meeting_id  TEXT NOT NULL,
      minute_ref  TEXT NOT NULL,
      position    INTEGER NOT NULL,
      kind        TEXT NOT NULL,
      decided_on  TEXT NOT NULL,
      policy_id   TEXT,
      school_id   TEXT,
      version     INTEGER,
      outcome     TEXT,
      text        TEXT,
      PRIMARY KEY (meeting_id, minute_ref)
    );`,
  applier(db: Database.Database, t: TableNames) {
    const meetings = `"${t.table('rm_meetings')}"`;
    const decisions = `"${t.table('rm_meeting_decisions')}"`;
    const statements = {
      schedule: db.prepare(
        `INSERT OR REPLACE INTO ${meetings} (meeting_id, trust_id, body, school_id, committee, title, date)
         VALUES (@meetingId, @trustId, @body, @schoolId, @committee, @title, @date)`,
      ),
      reschedule: db.prepare(`UPDATE ${meetings} SET date = ? WHERE meeting_id = ?`),
      cancel: db.prepare(`UPDATE ${meetings} SET cancelled = 1 WHERE meeting_id = ?`),
      attendance: db.prepare(`UPDATE ${meetings} SET attendance = ?, member_ids = ? WHERE meeting_id = ?`),
      decision: db.prepare(
        `INSERT OR REPLACE INTO ${decisions} (meeting_id, minute_ref, position, kind, decided_on, policy_id, school_id, version, outcome, text)
         VALUES (@meetingId, @minuteRef, @position, @kind, @decidedOn, @policyId, @schoolId, @version, @outcome, @text)`,
      ),
      withdraw: db.prepare(`DELETE FROM ${decisions} WHERE meeting_id = ? AND minute_ref = ?`),
    };
    const decided = (event: RecordedEvent, row: DecisionRow) => statements.decision.run({ ...row, position: event.position });
    const none = { policyId: null, schoolId: null, version: null, outcome: null, text: null };

    return (event: RecordedEvent) => {
      switch (event.type) {
        case 'MeetingScheduled': {
          const data = dataOf<MeetingScheduledData>(event);
          statements.schedule.run({ ...data, trustId: data.trustId ?? trustIdOf(event) ?? '' });
          break;
        }
        case 'MeetingRescheduled': {
          const { meetingId, date } = dataOf<MeetingRescheduledData>(event);
          statements.reschedule.run(date, meetingId);
          break;
        }
        case 'MeetingCancelled':
          statements.cancel.run(dataOf<MeetingCancelledData>(event).meetingId);
          break;
        case 'AttendanceRecorded': {
          const { meetingId, attendance, memberIds } = dataOf<AttendanceRecordedData>(event);
          statements.attendance.run(JSON.stringify(attendance), JSON.stringify(memberIds), meetingId);
          break;
        }
        case 'MeetingNoteRecorded': {
          const { meetingId, minuteRef, text, decidedOn } = dataOf<MeetingNoteRecordedData>(event);
          decided(event, { ...none, meetingId, minuteRef, kind: 'note', decidedOn, text });
          break;
        }
        case 'PolicyApproved': {
          const d = dataOf<PolicyApprovedData>(event);
          if (!d.meetingId || !d.minuteRef) break;
          decided(event, { ...none, meetingId: d.meetingId, minuteRef: d.minuteRef, kind: 'approve-policy', decidedOn: d.approvedOn, policyId: d.policyId, version: d.version });
          break;
        }
        case 'PolicyReviewed': {
          const d = dataOf<PolicyReviewedData>(event);
          if (!d.meetingId || !d.minuteRef) break;
          const schoolId = d.level === 'school' ? d.schoolId : null;
          decided(event, { ...none, meetingId: d.meetingId, minuteRef: d.minuteRef, kind: 'review-policy', decidedOn: d.reviewedOn, policyId: d.policyId, schoolId, outcome: d.outcome, text: d.notes });
          break;
        }
        case 'PolicyAdopted': {
          const d = dataOf<PolicyAdoptedData>(event);
          if (!d.meetingId || !d.minuteRef) break;
          decided(event, { ...none, meetingId: d.meetingId, minuteRef: d.minuteRef, kind: 'adopt-policy', decidedOn: d.adoptedOn, policyId: d.policyId, schoolId: d.schoolId, version: d.version });
          break;
        }
        case 'EntryWithdrawn': {
          const { entry } = dataOf<EntryWithdrawnData>(event);
          if (typeof entry.meetingId === 'string' && typeof entry.minuteRef === 'string') statements.withdraw.run(entry.meetingId, entry.minuteRef);
          break;
        }
      }
    };
  },
};
