import type Database from 'better-sqlite3';
import { jsonTextOf, RecordedEvent } from '@governance/event-store';
import { Projection, TableNames } from '../projection';

/** Which school and policy an event concerns, from its metadata, data or stream name. */
export function subjectOf(event: RecordedEvent): { schoolId: string | null; policyId: string | null } {
  const data = event.data as { schoolId?: unknown; policyId?: unknown };
  const schoolPolicy = /^schoolpolicy-([^.]+)\.(.+)$/.exec(event.streamId);
  const policy = /^policy-(.+)$/.exec(event.streamId);
  const schoolId = stringOrNull(event.metadata.schoolId) ?? stringOrNull(data.schoolId) ?? schoolPolicy?.[1] ?? null;
  const policyId = stringOrNull(data.policyId) ?? schoolPolicy?.[2] ?? policy?.[1] ?? null;
  return { schoolId, policyId };
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Every event of a trust with its actor, stream and data: the evidence behind every figure. */
export const auditTrailProjection: Projection = {
  name: 'audit-trail',
  version: 1,
  tables: ['audit_events'],
  schema: (t: TableNames) => `
    CREATE TABLE IF NOT EXISTS "${t.table('audit_events')}" (
      position    INTEGER PRIMARY KEY,
      trust_id    TEXT NOT NULL,
      school_id   TEXT,
      policy_id   TEXT,
      stream_id   TEXT NOT NULL,
      type        TEXT NOT NULL,
      occurred_at TEXT NOT NULL,
      actor_id    TEXT,
      actor_role  TEXT,
      data        TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS "${t.index('audit_by_trust')}" ON "${t.table('audit_events')}" (trust_id, position);
    CREATE INDEX IF NOT EXISTS "${t.index('audit_by_school')}" ON "${t.table('audit_events')}" (trust_id, school_id, position);
    CREATE INDEX IF NOT EXISTS "${t.index('audit_by_policy')}" ON "${t.table('audit_events')}" (trust_id, policy_id, position);
    CREATE INDEX IF NOT EXISTS "${t.index('audit_by_type')}" ON "${t.table('audit_events')}" (trust_id, type, position);`,
  applier(db: Database.Database, t: TableNames) {
    const insert = db.prepare(
      `INSERT INTO "${t.table('audit_events')}"
       (position, trust_id, school_id, policy_id, stream_id, type, occurred_at, actor_id, actor_role, data)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    return (event: RecordedEvent) => {
      const trustId = stringOrNull(event.metadata.trustId) ?? stringOrNull((event.data as { trustId?: unknown }).trustId);
      if (!trustId) return;
      const { schoolId, policyId } = subjectOf(event);
      insert.run(
        event.position,
        trustId,
        schoolId,
        policyId,
        event.streamId,
        event.type,
        stringOrNull(event.metadata.occurredAt) ?? event.recordedAt,
        stringOrNull(event.metadata.actorId),
        stringOrNull(event.metadata.actorRole),
        jsonTextOf(event.data),
      );
    };
  },
};
