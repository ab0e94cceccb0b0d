import type Database from 'better-sqlite3';
import type { TermlyReportSubmittedData } from '@governance/domain';
import type { RecordedEvent } from '@governance/event-store';
import { Projection, TableNames } from '../projection';
import { dataOf, trustIdOf } from './event-fields';

/** Headteachers' termly reports; every submission is kept, the latest per term is the current one. */
export const termlyReportsProjection: Projection = {
  name: 'termly-reports',
  version: 1,
  tables: ['rm_termly_reports'],
  schema: (t: TableNames) => `
    CREATE TABLE IF NOT EXISTS "${t.table('rm_termly_reports')}" (
      school_id    TEXT NOT NULL,
      term         TEXT NOT NULL,
      submission   INTEGER NOT NULL,
      trust_id     TEXT NOT NULL,
      summary      TEXT NOT NULL,
      incidents    TEXT NOT NULL,
      training     TEXT NOT NULL,
      submitted_by TEXT NOT NULL,
      submitted_at TEXT NOT NULL,
      position     INTEGER NOT NULL,
      PRIMARY KEY (school_id, term, submission)
    );`,
  applier(db: Database.Database, t: TableNames) {
    const insert = db.prepare(
      `INSERT OR REPLACE INTO "${t.table('rm_termly_reports')}"
       (school_id, term, submission, trust_id, summary, incidents, training, submitted_by, submitted_at, position)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    return (event: RecordedEvent) => {
      if (event.type !== 'TermlyReportSubmitted') return;
      const d = dataOf<TermlyReportSubmittedData>(event);
      insert.run(
        d.schoolId,
        d.term,
        d.submission,
        trustIdOf(event) ?? '',
        d.summary,
        JSON.stringify(d.incidents),
        JSON.stringify(d.training),
        d.submittedBy,
        typeof event.metadata.occurredAt === 'string' ? event.metadata.occurredAt : event.recordedAt,
        event.position,
      );
    };
  },
};
