import type Database from 'better-sqlite3';
import type {
  EntryWithdrawnData,
  LinkGovernorAssignedData,
  LinkGovernorReportedData,
  LinkGovernorUnassignedData,
  LinkGovernorVisitLoggedData,
} from '@governance/domain';
import { defaultTermOf } from '@governance/domain';
import type { RecordedEvent } from '@governance/event-store';
import { Projection, TableNames } from '../projection';
import { dataOf, trustIdOf } from './event-fields';

/** Link governors per school, and their visits and reports by term (a withdrawn one is deleted). */
export const governorActivityProjection: Projection = {
  name: 'governor-activity',
  version: 2,
  tables: ['rm_link_governors', 'rm_governor_visits', 'rm_governor_reports'],
  schema: (t: TableNames) => `
    CREATE TABLE IF NOT EXISTS "${t.table('rm_link_governors')}" (
      school_id   TEXT NOT NULL,
      person_id   TEXT NOT NULL,
      area        TEXT NOT NULL,
      area_key    TEXT NOT NULL,
      trust_id    TEXT NOT NULL,
      policy_ids  TEXT NOT NULL,
      assigned_on TEXT NOT NULL,
      PRIMARY KEY (school_id, person_id, area_key)
    );
    CREATE TABLE IF NOT EXISTS "${t.table('rm_governor_visits')}" (
      position     INTEGER PRIMARY KEY,
      trust_id     TEXT NOT NULL,
      school_id    TEXT NOT NULL,
      governor_id  TEXT NOT NULL,
      visited_on   TEXT NOT NULL,
      term         TEXT NOT NULL,
      purpose      TEXT NOT NULL,
      findings     TEXT NOT NULL,
      policy_ids   TEXT NOT NULL,
      actions      TEXT NOT NULL,
      event_id     TEXT
    );
    CREATE INDEX IF NOT EXISTS "${t.index('rm_visits_by_school_term')}" ON "${t.table('rm_governor_visits')}" (school_id, term);
    CREATE TABLE IF NOT EXISTS "${t.table('rm_governor_reports')}" (
      position        INTEGER PRIMARY KEY,
      trust_id        TEXT NOT NULL,
      school_id       TEXT NOT NULL,
      governor_id     TEXT NOT NULL,
      term            TEXT NOT NULL,
      summary         TEXT NOT NULL,
      policy_ids      TEXT NOT NULL,
      recommendations TEXT,
      reported_at     TEXT NOT NULL,
      event_id        TEXT
    );
    CREATE INDEX IF NOT EXISTS "${t.index('rm_reports_by_school_term')}" ON "${t.table('rm_governor_reports')}" (school_id, term);`,
  applier(db: Database.Database, t: TableNames) {
    const statements = {
      assign: db.prepare(
        `INSERT OR REPLACE INTO "${t.table('rm_link_governors')}" (school_id, person_id, area, area_key, trust_id, policy_ids, assigned_on)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      unassign: db.prepare(`DELETE FROM "${t.table('rm_link_governors')}" WHERE school_id = ? AND person_id = ? AND area_key = ?`),
      visit: db.prepare(
        `INSERT INTO "${t.table('rm_governor_visits')}" (position, trust_id, school_id, governor_id, visited_on, term, purpose, findings, policy_ids, actions, event_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      report: db.prepare(
        `INSERT INTO "${t.table('rm_governor_reports')}" (position, trust_id, school_id, governor_id, term, summary, policy_ids, recommendations, reported_at, event_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      withdrawVisit: db.prepare(`DELETE FROM "${t.table('rm_governor_visits')}" WHERE event_id = ?`),
      withdrawReport: db.prepare(`DELETE FROM "${t.table('rm_governor_reports')}" WHERE event_id = ?`),
    };
    const areaKey = (area: string) => area.trim().toLowerCase();
    return (event: RecordedEvent) => {
      const trustId = trustIdOf(event) ?? '';
      switch (event.type) {
        case 'LinkGovernorAssigned': {
          const d = dataOf<LinkGovernorAssignedData>(event);
          statements.assign.run(d.schoolId, d.personId, d.area.trim(), areaKey(d.area), trustId, JSON.stringify(d.policyIds), d.assignedOn);
          break;
        }
        case 'LinkGovernorUnassigned': {
          const d = dataOf<LinkGovernorUnassignedData>(event);
          statements.unassign.run(d.schoolId, d.personId, areaKey(d.area));
          break;
        }
        case 'LinkGovernorVisitLogged': {
          const d = dataOf<LinkGovernorVisitLoggedData>(event);
          statements.visit.run(
            event.position,
            trustId,
            d.schoolId,
            d.governorId,
            d.visitedOn,
            defaultTermOf(d.visitedOn),
            d.purpose,
            d.findings,
            JSON.stringify(d.policyIds),
            JSON.stringify(d.actions),
            event.id,
          );
          break;
        }
        case 'LinkGovernorReported': {
          const d = dataOf<LinkGovernorReportedData>(event);
          const reportedAt = typeof event.metadata.occurredAt === 'string' ? event.metadata.occurredAt : event.recordedAt;
          statements.report.run(
            event.position,
            trustId,
            d.schoolId,
            d.governorId,
            d.term,
            d.summary,
            JSON.stringify(d.policyIds),
            d.recommendations ?? null,
            reportedAt,
            event.id,
          );
          break;
        }
        case 'EntryWithdrawn': {
          // A withdrawn visit or report no longer counts for the governor or in the clerk's pack.
          const { entryType, eventId } = dataOf<EntryWithdrawnData>(event);
          if (entryType === 'LinkGovernorVisitLogged') statements.withdrawVisit.run(eventId);
          if (entryType === 'LinkGovernorReported') statements.withdrawReport.run(eventId);
          break;
        }
      }
    };
  },
};
