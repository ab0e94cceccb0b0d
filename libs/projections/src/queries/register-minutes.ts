import type Database from 'better-sqlite3';
import type { RegisterRow } from '@governance/contracts';

/** The part of a register row naming the minute of the last approval, adoption or review. */
export type RegisterMinute = Pick<RegisterRow, 'minuteRef' | 'meetingId'>;

interface ActRow {
  policy_id: string;
  school_id: string;
  minute_ref: string | null;
  meeting_id: string | null;
}

/**
 * The minute reference and meeting of the last act on each policy at each school (its adoption or
 * review) or at the trust (the trust's approval or review), whichever is later by date, then by
 * log order. Null when the last act was recorded without a minute reference.
 */
export class RegisterMinutes {
  private readonly acts;

  constructor(db: Database.Database) {
    this.acts = db.prepare(
      `SELECT policy_id, school_id, minute_ref, meeting_id FROM rm_register_minutes WHERE trust_id = ? ORDER BY acted_on, position`,
    );
  }

  forTrust(trustId: string): (schoolId: string, row: RegisterRow) => RegisterMinute {
    // Later rows overwrite earlier ones: each key ends holding its last act.
    const last = new Map<string, { order: number; row: ActRow }>();
    (this.acts.all(trustId) as ActRow[]).forEach((row, order) => last.set(`${row.policy_id}\u0000${row.school_id}`, { order, row }));
    return (schoolId, { policyId }) => {
      const school = last.get(`${policyId}\u0000${schoolId}`);
      const trust = last.get(`${policyId}\u0000`);
      const latest = !school ? trust : !trust ? school : school.order > trust.order ? school : trust;
      return { minuteRef: latest?.row.minute_ref ?? null, meetingId: latest?.row.meeting_id ?? null };
    };
  }
}
