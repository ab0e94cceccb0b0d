import type Database from 'better-sqlite3';
import type { EventStore } from '@governance/event-store';
import { isRecordedLate, statedDateOf } from '@governance/domain';
import { auditKey, auditText } from '../read-models/audit-trail.projection';

export interface AuditFilters {
  schoolId?: string;
  policyId?: string;
  /** Only the trust's own entries (no school's), e.g. its approvals and reviews of a policy. */
  trustLevel?: boolean;
  type?: string;
  /** Leave out entries of this type (a policy's history leaves out its many staff acknowledgements). */
  excludeType?: string;
  /** Inclusive lower bound on occurredAt: a date (from its start) or an instant. */
  from?: string;
  /** Inclusive upper bound on occurredAt: a date (to its end) or an instant. */
  to?: string;
  limit?: number;
  /** The nextCursor of the previous page. */
  cursor?: string;
  order?: 'newest' | 'oldest';
  /** knownAt: only entries at or before this log position, and only the withdrawals recorded by then. */
  knownAt?: bigint;
}

// The audit trail's answer shapes, shared with the web app.
import type { AuditItem, AuditPage } from '@governance/contracts';
export type { AuditItem, AuditPage };

export const AUDIT_DEFAULT_LIMIT = 50;
export const AUDIT_MAX_LIMIT = 500;

/** A cursor is the position of the last item served, opaque to clients. */
export function encodeCursor(position: bigint): string {
  return Buffer.from(`p:${position}`).toString('base64url');
}

export function decodeCursor(cursor: string): bigint | undefined {
  const match = /^p:(\d{1,20})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? BigInt(match[1]) : undefined;
}

interface AuditRow {
  position: bigint;
  type: string;
  occurred_at: string;
  actor_id: string | null;
  actor_role: string | null;
  stream_id: string;
  school_id: string | null;
  policy_id: string | null;
  revision: bigint;
  event_id: string | null;
  withdrawn_reason: string | null;
  withdrawn_by: string | null;
  withdrawn_at: string | null;
}

/** Where an entry of the trust is in the log, as the audit trail found it. */
export interface LocatedEntry {
  eventId: string;
  streamId: string;
  revision: number;
  type: string;
  schoolId: string | null;
}

/**
 * The audit trail of a trust, filtered and paged by position (stable under new appends). The
 * read model finds the page; each event's data comes from the log, by stream and revision.
 */
export class AuditTrailQuery {
  constructor(
    private readonly db: Database.Database,
    private readonly log: Pick<EventStore, 'readStream'>,
  ) {}

  async page(trustId: string, filters: AuditFilters = {}): Promise<AuditPage> {
    const order = filters.order ?? 'newest';
    const limit = Math.min(Math.max(filters.limit ?? AUDIT_DEFAULT_LIMIT, 1), AUDIT_MAX_LIMIT);
    // The rows hold integers for ids and names (audit_keys): a text the trail never saw matches nothing.
    const trust = this.keyOf(trustId);
    if (trust === undefined) return { items: [], nextCursor: null };
    const where = ['e.trust = @trust'];
    const params: Record<string, unknown> = { trust, limit: limit + 1 };
    const filter = (column: string, name: string, value: string | number | undefined, operator = '=') => {
      if (value === undefined || value === '') return;
      where.push(`${column} ${operator} @${name}`);
      params[name] = value;
    };
    for (const [column, value] of [['school', filters.schoolId], ['policy', filters.policyId], ['type', filters.type]] as const) {
      if (!value) continue;
      const key = this.keyOf(value);
      if (key === undefined) return { items: [], nextCursor: null };
      filter(`e.${column}`, column, key);
    }
    if (filters.trustLevel) where.push('e.school IS NULL');
    if (filters.excludeType) filter('e.type', 'excludeType', this.keyOf(filters.excludeType), '<>');
    filter('e.occurred_at', 'from', filters.from, '>=');
    // A bare date as the upper bound includes that whole day.
    filter('e.occurred_at', 'to', filters.to && /^\d{4}-\d{2}-\d{2}$/.test(filters.to) ? `${filters.to}T23:59:59.999Z` : filters.to, '<=');
    const after = filters.cursor === undefined ? undefined : decodeCursor(filters.cursor);
    if (after !== undefined) {
      where.push(order === 'newest' ? 'e.position < @after' : 'e.position > @after');
      params.after = after;
    }
    let withdrawnBy = '';
    if (filters.knownAt !== undefined) {
      where.push('e.position <= @knownAt');
      withdrawnBy = ' AND w.position <= @knownAt';
      params.knownAt = filters.knownAt;
    }
    const rows = this.db
      .prepare(
        `SELECT e.position, ${auditText('e.type')} AS type, e.occurred_at, ${auditText('e.actor')} AS actor_id,
           ${auditText('e.actor_role')} AS actor_role, ${auditText('e.stream')} AS stream_id, ${auditText('e.school')} AS school_id,
           ${auditText('e.policy')} AS policy_id, e.revision, e.event_id, w.reason AS withdrawn_reason,
           ${auditText('w.withdrawn_by')} AS withdrawn_by, w.withdrawn_at
         FROM audit_events e LEFT JOIN audit_withdrawals w ON w.event_id = e.event_id AND w.trust = e.trust${withdrawnBy}
         WHERE ${where.join(' AND ')} ORDER BY e.position ${order === 'newest' ? 'DESC' : 'ASC'} LIMIT @limit`,
      )
      .safeIntegers(true)
      .all(params) as AuditRow[];
    const page = rows.slice(0, limit);
    const data = await Promise.all(page.map((row) => this.dataOf(row)));
    return {
      items: page.map((row, index) => ({
        position: String(row.position),
        type: row.type,
        occurredAt: row.occurred_at,
        actorId: row.actor_id,
        actorRole: row.actor_role,
        streamId: row.stream_id,
        schoolId: row.school_id,
        policyId: row.policy_id,
        eventId: row.event_id,
        withdrawn: row.withdrawn_at === null ? null : { reason: row.withdrawn_reason ?? '', by: row.withdrawn_by, at: row.withdrawn_at },
        data: data[index],
        // Recorded more than 30 days after the date it states: the figures for that date changed after the fact.
        recordedLate: isRecordedLate(statedDateOf(row.type, data[index]), row.occurred_at),
      })),
      nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1].position) : null,
    };
  }

  /** The trust's entry with this event id, or undefined (unknown, or another trust's). */
  locate(trustId: string, eventId: string): LocatedEntry | undefined {
    const row = this.db
      .prepare(
        `SELECT e.event_id, ${auditText('e.stream')} AS stream_id, e.revision, ${auditText('e.type')} AS type, ${auditText('e.school')} AS school_id
         FROM audit_events e WHERE e.event_id = ? AND e.trust = ${auditKey('?')}`,
      )
      .get(eventId, trustId) as { event_id: string; stream_id: string; revision: number; type: string; school_id: string | null } | undefined;
    return row && { eventId: row.event_id, streamId: row.stream_id, revision: Number(row.revision), type: row.type, schoolId: row.school_id };
  }

  /** The integer the trail gives an id or name, or undefined when it never saw it. */
  private keyOf(text: string): number | undefined {
    const row = this.db.prepare('SELECT id FROM audit_keys WHERE key = ?').get(text) as { id: number } | undefined;
    return row?.id;
  }

  private async dataOf(row: AuditRow): Promise<AuditItem['data']> {
    const [event] = await this.log.readStream(row.stream_id, { fromRevision: Number(row.revision), maxCount: 1 });
    // The log is the source: an event the read model lists is in it, unless the log was replaced.
    return event !== undefined && event.revision === Number(row.revision) ? event.data : null;
  }
}
