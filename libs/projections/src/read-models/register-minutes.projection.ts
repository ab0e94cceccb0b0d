import type Database from 'better-sqlite3';
import type { EntryWithdrawnData, PolicyAdoptedData, PolicyApprovedData, PolicyReviewedData } from '@governance/domain';
import type { RecordedEvent } from '@governance/event-store';
import { TableNames } from '../projection';
import { dataOf, trustIdOf } from './event-fields';

/**
 * Every approval, adoption and review of a policy with its minute reference and meeting (null
 * when recorded directly without one), so a register row can show the reference of the last
 * one. Part of the policy-register projection (since version 8), so a register and its minute
 * references are always at the same position. `school_id` is '' for the trust's own approvals
 * and reviews. A withdrawn entry takes its row away (the latest equal one).
 */
export const registerMinutes = {
  tables: ['rm_register_minutes'],
  schema: (t: TableNames) => `
    CREATE TABLE IF NOT EXISTS "${t.table('rm_register_minutes')}" (
      position   INTEGER PRIMARY KEY,
      trust_id   TEXT NOT NULL,
      policy_id  TEXT NOT NULL,
      school_id  TEXT NOT NULL,
      kind       TEXT NOT NULL,
      acted_on   TEXT NOT NULL,
      minute_ref TEXT,
      meeting_id TEXT
    );
    CREATE INDEX IF NOT EXISTS "${t.index('rm_register_minutes_by_trust')}" ON "${t.table('rm_register_minutes')}" (trust_id, policy_id);`,
  applier(db: Database.Database, t: TableNames) {
    const table = `"${t.table('rm_register_minutes')}"`;
    const statements = {
      act: db.prepare(
        `INSERT OR REPLACE INTO ${table} (position, trust_id, policy_id, school_id, kind, acted_on, minute_ref, meeting_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      withdraw: db.prepare(
        `DELETE FROM ${table} WHERE position = (SELECT position FROM ${table}
           WHERE policy_id = ? AND school_id = ? AND kind = ? AND acted_on = ? ORDER BY position DESC LIMIT 1)`,
      ),
    };
    const act = (event: RecordedEvent, row: { policyId: string; schoolId: string; kind: string; actedOn: string; minuteRef?: string | null; meetingId?: string }) =>
      statements.act.run(event.position, trustIdOf(event) ?? '', row.policyId, row.schoolId, row.kind, row.actedOn, row.minuteRef ?? null, row.meetingId ?? null);
    return (event: RecordedEvent) => {
      switch (event.type) {
        case 'PolicyApproved': {
          const d = dataOf<PolicyApprovedData>(event);
          act(event, { policyId: d.policyId, schoolId: '', kind: 'approved', actedOn: d.approvedOn, minuteRef: d.minuteRef, meetingId: d.meetingId });
          break;
        }
        case 'PolicyAdopted': {
          const d = dataOf<PolicyAdoptedData>(event);
          act(event, { policyId: d.policyId, schoolId: d.schoolId, kind: 'adopted', actedOn: d.adoptedOn, minuteRef: d.minuteRef, meetingId: d.meetingId });
          break;
        }
        case 'PolicyReviewed': {
          const d = dataOf<PolicyReviewedData>(event);
          act(event, { policyId: d.policyId, schoolId: d.level === 'school' ? d.schoolId : '', kind: 'reviewed', actedOn: d.reviewedOn, minuteRef: d.minuteRef, meetingId: d.meetingId });
          break;
        }
        case 'EntryWithdrawn': {
          const { entryType, entry } = dataOf<EntryWithdrawnData>(event);
          const kind = { PolicyApproved: 'approved', PolicyAdopted: 'adopted', PolicyReviewed: 'reviewed' }[entryType as string];
          if (!kind) break;
          const schoolId = typeof entry.schoolId === 'string' && entry.level !== 'trust' ? entry.schoolId : '';
          const actedOn = String(entry.approvedOn ?? entry.adoptedOn ?? entry.reviewedOn);
          statements.withdraw.run(String(entry.policyId), schoolId, kind, actedOn);
          break;
        }
      }
    };
  },
};
