import type Database from 'better-sqlite3';
import { jsonTextOf, RecordedEvent } from '@governance/event-store';
import { Projection, TableNames } from '../projection';

/** Which school and policy an event concerns, from its metadata, data or stream name. */
export function subjectOf(event: RecordedEvent): { schoolId: string | null; policyId: string | null } {
  const data = event.data as { schoolId?: unknown; policyId?: unknown };
  const schoolPolicy = /^schoolpolicy-([^.]+)\.(.+)$/.exec(event.streamId);
  const policy = /^policy-(.+)$/.exec(event.streamId);
  // A withdrawal names the school and policy of the entry it withdraws.
  const entry = (event.type === 'EntryWithdrawn' ? (event.data as { entry?: unknown }).entry : undefined) as
    | { schoolId?: unknown; policyId?: unknown }
    | undefined;
  const schoolId =
    stringOrNull(event.metadata.schoolId) ?? stringOrNull(data.schoolId) ?? stringOrNull(entry?.schoolId) ?? schoolPolicy?.[1] ?? null;
  const policyId = stringOrNull(data.policyId) ?? stringOrNull(entry?.policyId) ?? schoolPolicy?.[2] ?? policy?.[1] ?? null;
  return { schoolId, policyId };
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The policy decisions the clerk's pack finds by the day the body decided (and the versions it names). */
const DECISIONS: Record<string, string | null> = {
  PolicyApproved: 'approvedOn',
  PolicyAdopted: 'adoptedOn',
  PolicyReviewed: 'reviewedOn',
  PolicyVersionDrafted: null,
};

/** The event types kept in `audit_decisions`. */
export const AUDIT_DECISION_TYPES: readonly string[] = Object.keys(DECISIONS);

/**
 * Every event of a trust with its actor and stream: the evidence behind every figure. The
 * event's data stays in the log (a page of the trail reads it from there by stream and
 * revision): copying it here was three quarters of the read models' size and of a rebuild's
 * writes. The policy decisions the clerk's pack searches by date keep theirs, in
 * `audit_decisions`. Each row keeps its event id, and `audit_withdrawals` the entries withdrawn
 * (reason, by whom, when), so the trail marks them and a withdrawal finds its entry's stream.
 */
export const auditTrailProjection: Projection = {
  name: 'audit-trail',
  version: 3,
  tables: ['audit_events', 'audit_decisions', 'audit_withdrawals'],
  schema: (t: TableNames) => `
    CREATE TABLE IF NOT EXISTS "${t.table('audit_events')}" (
      position    INTEGER PRIMARY KEY,
      trust_id    TEXT NOT NULL,
      school_id   TEXT,
      policy_id   TEXT,
      stream_id   TEXT NOT NULL,
      revision    INTEGER NOT NULL,
      type        TEXT NOT NULL,
      occurred_at TEXT NOT NULL,
      actor_id    TEXT,
      actor_role  TEXT,
      event_id    TEXT
    );
    CREATE INDEX IF NOT EXISTS "${t.index('audit_by_event_id')}" ON "${t.table('audit_events')}" (event_id);
    CREATE TABLE IF NOT EXISTS "${t.table('audit_withdrawals')}" (
      event_id     TEXT PRIMARY KEY,
      trust_id     TEXT NOT NULL,
      reason       TEXT NOT NULL,
      withdrawn_by TEXT,
      withdrawn_at TEXT NOT NULL,
      position     INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS "${t.index('audit_by_trust')}" ON "${t.table('audit_events')}" (trust_id, position);
    CREATE INDEX IF NOT EXISTS "${t.index('audit_by_school')}" ON "${t.table('audit_events')}" (trust_id, school_id, position);
    CREATE INDEX IF NOT EXISTS "${t.index('audit_by_policy')}" ON "${t.table('audit_events')}" (trust_id, policy_id, position);
    CREATE INDEX IF NOT EXISTS "${t.index('audit_by_type')}" ON "${t.table('audit_events')}" (trust_id, type, position);
    CREATE TABLE IF NOT EXISTS "${t.table('audit_decisions')}" (
      position   INTEGER PRIMARY KEY,
      trust_id   TEXT NOT NULL,
      type       TEXT NOT NULL,
      decided_on TEXT,
      actor_id   TEXT,
      data       TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS "${t.index('audit_decisions_by_day')}" ON "${t.table('audit_decisions')}" (trust_id, type, decided_on);`,
  applier(db: Database.Database, t: TableNames) {
    const insert = db.prepare(
      `INSERT INTO "${t.table('audit_events')}"
       (position, trust_id, school_id, policy_id, stream_id, revision, type, occurred_at, actor_id, actor_role, event_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const withdrawal = db.prepare(
      `INSERT OR IGNORE INTO "${t.table('audit_withdrawals')}" (event_id, trust_id, reason, withdrawn_by, withdrawn_at, position) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const decision = db.prepare(
      `INSERT INTO "${t.table('audit_decisions')}" (position, trust_id, type, decided_on, actor_id, data) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const forgetDecision = db.prepare(
      `DELETE FROM "${t.table('audit_decisions')}" WHERE position IN
         (SELECT position FROM "${t.table('audit_events')}" WHERE event_id = ? AND trust_id = ?)`,
    );
    return (event: RecordedEvent) => {
      const trustId = stringOrNull(event.metadata.trustId) ?? stringOrNull((event.data as { trustId?: unknown }).trustId);
      if (!trustId) return;
      const { schoolId, policyId } = subjectOf(event);
      const actorId = stringOrNull(event.metadata.actorId);
      const occurredAt = stringOrNull(event.metadata.occurredAt) ?? event.recordedAt;
      insert.run(
        event.position,
        trustId,
        schoolId,
        policyId,
        event.streamId,
        event.revision,
        event.type,
        occurredAt,
        actorId,
        stringOrNull(event.metadata.actorRole),
        event.id,
      );
      if (event.type === 'EntryWithdrawn') {
        const { eventId, reason } = event.data as { eventId?: unknown; reason?: unknown };
        const withdrawnId = stringOrNull(eventId);
        if (withdrawnId) {
          withdrawal.run(withdrawnId, trustId, stringOrNull(reason) ?? '', actorId, occurredAt, event.position);
          // A withdrawn approval, adoption or review is no longer a decision the clerk's pack lists.
          forgetDecision.run(withdrawnId, trustId);
        }
      }
      const decidedOnField = DECISIONS[event.type];
      if (decidedOnField !== undefined) {
        const decidedOn = decidedOnField === null ? null : stringOrNull(event.data[decidedOnField]);
        decision.run(event.position, trustId, event.type, decidedOn, actorId, jsonTextOf(event.data));
      }
    };
  },
};
