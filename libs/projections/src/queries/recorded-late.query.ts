import type Database from 'better-sqlite3';
import { isRecordedLate } from '@governance/domain';
import { auditKey, auditText } from '../read-models/audit-trail.projection';

/** Entries recorded late, counted per school (a trust-wide approval counts in the totals only). */
export interface RecordedLateCounts {
  bySchool: ReadonlyMap<string, number>;
  total: number;
}

/**
 * Whether a decision `d` (audit_decisions) with its audit row `e` (audit_events) may count as
 * recorded late on some day: the rows this query can ever read (knownAt's checkpoints keep
 * only these).
 */
export const RECORDED_LATE_CANDIDATE = `d.type IN ('PolicyApproved', 'PolicyAdopted', 'PolicyReviewed')
  AND julianday(substr(e.occurred_at, 1, 10)) - julianday(d.decided_on) >= 29`;

/**
 * Counts the decisions that move a register (approvals, adoptions, reviews) dated on or before
 * `asOf` and recorded more than 30 days after that date. Withdrawn ones are no longer listed in
 * `audit_decisions`. SQL keeps the candidates at least 29 days apart (UTC); the domain rule
 * decides in London days.
 */
export class RecordedLateQuery {
  private readonly candidates;

  constructor(db: Database.Database) {
    this.candidates = db.prepare(
      `SELECT ${auditText('e.school')} AS school_id, d.decided_on, e.occurred_at FROM audit_decisions d JOIN audit_events e ON e.position = d.position
       WHERE d.trust = ${auditKey('?')} AND d.decided_on <= ? AND ${RECORDED_LATE_CANDIDATE}`,
    );
  }

  countsOf(trustId: string, asOf: string): RecordedLateCounts {
    const bySchool = new Map<string, number>();
    let total = 0;
    for (const row of this.candidates.all(trustId, asOf) as { school_id: string | null; decided_on: string; occurred_at: string }[]) {
      if (!isRecordedLate(row.decided_on, row.occurred_at)) continue;
      total += 1;
      if (row.school_id !== null) bySchool.set(row.school_id, (bySchool.get(row.school_id) ?? 0) + 1);
    }
    return { bySchool, total };
  }
}
