import type Database from 'better-sqlite3';
import { jsonTextOf, RecordedEvent } from '@governance/event-store';
import { Projection, TableNames } from '../projection';
import { RememberedKeys } from './remembered-keys';

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
 *
 * Ids and names repeated on every row (trust, school, policy, stream, type, actor, role) are
 * stored once in `audit_keys` and the rows hold their integers: a million rows and their
 * indexes no longer repeat a 36-character trust id in every key. Readers translate at the
 * edge (see auditKey below). An integer is given in the order a text first appears in the log,
 * so a rebuild gives every text the integer the live runner gave it.
 */
export const auditTrailProjection: Projection = {
  name: 'audit-trail',
  version: 4,
  tables: ['audit_keys', 'audit_events', 'audit_decisions', 'audit_withdrawals'],
  schema: (t: TableNames) => `
    CREATE TABLE IF NOT EXISTS "${t.table('audit_keys')}" (
      id  INTEGER PRIMARY KEY,
      key TEXT NOT NULL UNIQUE
    );
    CREATE TABLE IF NOT EXISTS "${t.table('audit_events')}" (
      position    INTEGER PRIMARY KEY,
      trust       INTEGER NOT NULL,
      school      INTEGER,
      policy      INTEGER,
      stream      INTEGER NOT NULL,
      revision    INTEGER NOT NULL,
      type        INTEGER NOT NULL,
      occurred_at TEXT NOT NULL,
      actor       INTEGER,
      actor_role  INTEGER,
      event_id    TEXT
    );
    CREATE TABLE IF NOT EXISTS "${t.table('audit_withdrawals')}" (
      event_id     TEXT PRIMARY KEY,
      trust        INTEGER NOT NULL,
      reason       TEXT NOT NULL,
      withdrawn_by INTEGER,
      withdrawn_at TEXT NOT NULL,
      position     INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS "${t.table('audit_decisions')}" (
      position   INTEGER PRIMARY KEY,
      trust      INTEGER NOT NULL,
      type       TEXT NOT NULL,
      decided_on TEXT,
      actor      INTEGER,
      data       TEXT NOT NULL
    );
    ${auditIndexes(t)}`,
  applier(db: Database.Database, t: TableNames) {
    const idOf = auditKeys(db, `"${t.table('audit_keys')}"`);
    // One memo of the last text per column: the trust, the actor and their role, and often the
    // type, school and policy repeat from one event to the next.
    const [trustKey, schoolKey, policyKey, streamKey, typeKey, actorKey, roleKey] = [1, 2, 3, 4, 5, 6, 7].map(() => idOf.column());
    const insert = db.prepare(
      `INSERT INTO "${t.table('audit_events')}"
       (position, trust, school, policy, stream, revision, type, occurred_at, actor, actor_role, event_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const withdrawal = db.prepare(
      `INSERT OR IGNORE INTO "${t.table('audit_withdrawals')}" (event_id, trust, reason, withdrawn_by, withdrawn_at, position) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const decision = db.prepare(
      `INSERT INTO "${t.table('audit_decisions')}" (position, trust, type, decided_on, actor, data) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const forgetDecision = db.prepare(
      `DELETE FROM "${t.table('audit_decisions')}" WHERE position IN
         (SELECT position FROM "${t.table('audit_events')}" WHERE event_id = ? AND trust = ?)`,
    );
    return (event: RecordedEvent) => {
      const trustText = stringOrNull(event.metadata.trustId) ?? stringOrNull((event.data as { trustId?: unknown }).trustId);
      if (!trustText) return;
      const { schoolId, policyId } = subjectOf(event);
      const occurredAt = stringOrNull(event.metadata.occurredAt) ?? event.recordedAt;
      idOf.check();
      // The order of first appearance decides the integers: keep it the same everywhere.
      const trust = trustKey(trustText) as number;
      const school = schoolKey(schoolId);
      const policy = policyKey(policyId);
      const stream = streamKey(event.streamId);
      const type = typeKey(event.type);
      const actor = actorKey(stringOrNull(event.metadata.actorId));
      insert.run(event.position, trust, school, policy, stream, event.revision, type, occurredAt, actor, roleKey(stringOrNull(event.metadata.actorRole)), event.id);
      if (event.type === 'EntryWithdrawn') {
        const { eventId, reason } = event.data as { eventId?: unknown; reason?: unknown };
        const withdrawnId = stringOrNull(eventId);
        if (withdrawnId) {
          withdrawal.run(withdrawnId, trust, stringOrNull(reason) ?? '', actor, occurredAt, event.position);
          // A withdrawn approval, adoption or review is no longer a decision the clerk's pack lists.
          forgetDecision.run(withdrawnId, trust);
        }
      }
      const decidedOnField = DECISIONS[event.type];
      if (decidedOnField !== undefined) {
        const decidedOn = decidedOnField === null ? null : stringOrNull(event.data[decidedOnField]);
        decision.run(event.position, trust, event.type, decidedOn, actor, jsonTextOf(event.data));
      }
    };
  },
};

/** At most this many texts are remembered (a trust has about 19,000: its streams); then they are looked up again. */
const REMEMBERED_KEYS = 100_000;

/**
 * The integer of a text in `audit_keys`, given when first seen (NULL stays NULL). Integers are
 * remembered, and forgotten as soon as the table lost a row (`check`, before each event): a
 * rolled-back savepoint or transaction takes the integers it gave with it, and the same texts
 * get the same integers again when their events are applied again, in the same order.
 */
function auditKeys(db: Database.Database, keys: string) {
  const lookup = db.prepare(`SELECT id FROM ${keys} WHERE key = ?`).pluck();
  const add = db.prepare(`INSERT INTO ${keys} (key) VALUES (?)`);
  const remembered = new RememberedKeys(db, keys, REMEMBERED_KEYS);
  /** Counts the times the memo was forgotten: a column's last text counts only if given since. */
  let forgotten = 0;
  const idOf = (text: string | null): number | null => {
    if (text === null) return null;
    return remembered.get(text) ?? remembered.remember(text, (lookup.get(text) as number | undefined) ?? Number(add.run(text).lastInsertRowid));
  };
  idOf.check = () => {
    if (remembered.forgetIfRolledBack()) forgotten++;
  };
  /** The same integers, remembering the last text asked (a string compare, no hashing of a fresh string). */
  idOf.column = () => {
    let lastText: string | null = null;
    let lastId: number | null = null;
    let given = -1;
    return (text: string | null): number | null => {
      if (text === lastText && given === forgotten) return lastId;
      lastId = idOf(text);
      lastText = text;
      given = forgotten;
      return lastId;
    };
  };
  return idOf;
}

/**
 * Only the indexes the trail's readers use (each checked with EXPLAIN QUERY PLAN): a page of a
 * trust, of a school (or the trust's own entries: school IS NULL), of a policy, of a type, all
 * newest first (the position is the rowid, so each index is already in position order within
 * its key); an entry by its event id (locate, withdrawals, recorded packs); the decisions by day.
 */
function auditIndexes(t: TableNames): string {
  const events = `"${t.table('audit_events')}"`;
  return `
    CREATE INDEX IF NOT EXISTS "${t.index('audit_by_trust')}" ON ${events} (trust);
    CREATE INDEX IF NOT EXISTS "${t.index('audit_by_school')}" ON ${events} (trust, school);
    CREATE INDEX IF NOT EXISTS "${t.index('audit_by_policy')}" ON ${events} (trust, policy);
    CREATE INDEX IF NOT EXISTS "${t.index('audit_by_type')}" ON ${events} (trust, type);
    CREATE INDEX IF NOT EXISTS "${t.index('audit_by_event_id')}" ON ${events} (event_id);
    CREATE INDEX IF NOT EXISTS "${t.index('audit_decisions_by_day')}" ON "${t.table('audit_decisions')}" (trust, type, decided_on)`;
}

/** SQL for the integer of a text in `audit_keys` (NULL when the trail never saw it), for readers' WHERE clauses. */
export function auditKey(param: string): string {
  return `(SELECT id FROM audit_keys WHERE key = ${param})`;
}

/** SQL for the text behind an integer column of the trail (NULL stays NULL), for readers' SELECT lists. */
export function auditText(column: string): string {
  return `(SELECT key FROM audit_keys WHERE id = ${column})`;
}
