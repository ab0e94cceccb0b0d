import type Database from 'better-sqlite3';
import type { RegisterRow } from '@governance/contracts';

/** The part of a register row naming the minute of the last approval, adoption or review. */
export type RegisterMinute = Pick<RegisterRow, 'minuteRef' | 'meetingId'>;

interface ActRow {
  policy_id: string;
  school_id: string;
  minute_ref: string | null;
  meeting_id: string | null;
  acted_on: string;
  position: number;
}

/**
 * The minute reference and meeting of the last act on each policy at each school (its adoption or
 * review) or at the trust (the trust's approval or review), whichever is later by date, then by
 * log order. Null when the last act was recorded without a minute reference.
 */
export class RegisterMinutes {
  private readonly acts;

  constructor(db: Database.Database) {
    // Only each key's last act leaves SQLite: a 100-school trust has 200,000 acts, and building
    // an object for each in JavaScript was most of the dashboard's first computation.
    // SQLite keeps, per key, the row with the greatest date then position (the bare columns of
    // max()); acted_on is a fixed-width date, so the text orders as (acted_on, position).
    this.acts = db.prepare(
      `SELECT policy_id, school_id, minute_ref, meeting_id, acted_on, position, max(acted_on || printf('%016d', position)) AS latest
       FROM rm_register_minutes WHERE trust_id = ? GROUP BY policy_id, school_id`,
    );
  }

  forTrust(trustId: string): (schoolId: string, row: RegisterRow) => RegisterMinute {
    const last = new Map((this.acts.all(trustId) as ActRow[]).map((row) => [`${row.policy_id}\u0000${row.school_id}`, row]));
    return (schoolId, { policyId }) => {
      const school = last.get(`${policyId}\u0000${schoolId}`);
      const trust = last.get(`${policyId}\u0000`);
      const latest = !school ? trust : !trust ? school : later(school, trust) ? school : trust;
      return { minuteRef: latest?.minute_ref ?? null, meetingId: latest?.meeting_id ?? null };
    };
  }
}

/** Whether act `a` comes after act `b`: by date, then by log order. */
function later(a: ActRow, b: ActRow): boolean {
  return a.acted_on !== b.acted_on ? a.acted_on > b.acted_on : a.position > b.position;
}
