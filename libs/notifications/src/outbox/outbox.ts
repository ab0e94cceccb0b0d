import type Database from 'better-sqlite3';

/**
 * pending: waiting for its (next) attempt; sending: handed to SMTP, outcome not yet recorded;
 * sent: accepted by the SMTP server; logged: recorded and logged only (no SMTP_URL);
 * failed: gave up (permanent refusal or out of attempts); cancelled: nobody to send it to.
 */
export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'logged', 'failed', 'cancelled'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export interface NewOutboxMessage {
  /** The dedupe key: the same reminder to the same person always has the same key. */
  key: string;
  trustId: string;
  /** The recipient, an opaque person id: the address is looked up when sending, so erased people get nothing. */
  personId: string;
  /** The review cycle the reminder belongs to (null for digests). */
  reviewKey: string | null;
  step: string;
  /** Sorts the steps of one review cycle in time: a reminder never goes out after a later one. */
  stepOrder: string;
  subject: string;
  body: string;
  messageId: string;
  /** The body holds a secret (a one-time link): it is blanked once the message is finished. */
  secretBody?: boolean;
}

export interface OutboxMessage extends NewOutboxMessage {
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  finishedAt: string | null;
}

interface Row {
  key: string;
  trust_id: string;
  person_id: string;
  review_key: string | null;
  step: string;
  step_order: string;
  subject: string;
  body: string;
  message_id: string;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  finished_at: string | null;
}

/** The reminder outbox: one row per email, written once per dedupe key, moved through its states. */
export class Outbox {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      insert: db.prepare(
        `INSERT INTO outbox (key, trust_id, person_id, review_key, step, step_order, subject, body, message_id,
           status, attempts, next_attempt_at, created_at, secret_body)
         VALUES (@key, @trustId, @personId, @reviewKey, @step, @stepOrder, @subject, @body, @messageId,
           'pending', 0, @now, @now, @secretBody)
         ON CONFLICT (key) DO NOTHING`,
      ),
      laterStep: db.prepare(
        'SELECT 1 FROM outbox WHERE review_key = ? AND person_id = ? AND step_order >= ? LIMIT 1',
      ),
      due: db.prepare(
        `SELECT * FROM outbox WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, key LIMIT ?`,
      ),
      claim: db.prepare(
        `UPDATE outbox SET status = 'sending', attempts = attempts + 1 WHERE key = ? AND status = 'pending'`,
      ),
      finish: db.prepare(
        `UPDATE outbox SET status = ?, finished_at = ?, last_error = ?,
           body = CASE WHEN secret_body = 1 THEN '' ELSE body END
         WHERE key = ? AND status = 'sending'`,
      ),
      retry: db.prepare(
        `UPDATE outbox SET status = 'pending', next_attempt_at = ?, last_error = ? WHERE key = ? AND status = 'sending'`,
      ),
      interrupted: db.prepare(
        `UPDATE outbox SET status = 'pending', next_attempt_at = ?,
           last_error = 'interrupted while sending (the process stopped); sent again with the same Message-ID'
         WHERE status = 'sending'`,
      ),
      byKey: db.prepare('SELECT * FROM outbox WHERE key = ?'),
      byTrust: db.prepare('SELECT * FROM outbox WHERE trust_id = ? ORDER BY created_at, key'),
      all: db.prepare('SELECT * FROM outbox ORDER BY created_at, key'),
    };
  }

  /** Adds the message unless its key is already there; true when it was added. */
  enqueue(message: NewOutboxMessage, now: Date): boolean {
    return (
      this.statements.insert.run({ ...message, secretBody: message.secretBody ? 1 : 0, now: now.toISOString() })
        .changes === 1
    );
  }

  /** Whether this person already has a reminder of this cycle at or after `stepOrder`. */
  hasStepAtOrAfter(reviewKey: string, personId: string, stepOrder: string): boolean {
    return this.statements.laterStep.get(reviewKey, personId, stepOrder) !== undefined;
  }

  /** Pending messages whose next attempt is due, oldest first. */
  due(now: Date, limit = 100): OutboxMessage[] {
    return (this.statements.due.all(now.toISOString(), limit) as Row[]).map(toMessage);
  }

  /** Marks a message as being sent (and counts the attempt); false when someone else took it. */
  claim(key: string): boolean {
    return this.statements.claim.run(key).changes === 1;
  }

  finish(key: string, status: 'sent' | 'logged' | 'failed' | 'cancelled', now: Date, error: string | null = null): void {
    this.statements.finish.run(status, now.toISOString(), error, key);
  }

  retryAt(key: string, at: Date, error: string): void {
    this.statements.retry.run(at.toISOString(), error, key);
  }

  /**
   * Messages left in `sending` by a process that stopped between handing them to SMTP and
   * recording the outcome: nobody knows whether they arrived, so they go out again, with the
   * same Message-ID (at least once). Call once at start, before dispatching.
   */
  requeueInterrupted(now: Date): number {
    return this.statements.interrupted.run(now.toISOString()).changes;
  }

  get(key: string): OutboxMessage | undefined {
    const row = this.statements.byKey.get(key) as Row | undefined;
    return row && toMessage(row);
  }

  list(trustId?: string): OutboxMessage[] {
    const rows = (trustId === undefined ? this.statements.all.all() : this.statements.byTrust.all(trustId)) as Row[];
    return rows.map(toMessage);
  }

  /** Runs `work` in one transaction (enqueueing a whole scan's reminders at once). */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }
}

function toMessage(row: Row): OutboxMessage {
  return {
    key: row.key,
    trustId: row.trust_id,
    personId: row.person_id,
    reviewKey: row.review_key,
    step: row.step,
    stepOrder: row.step_order,
    subject: row.subject,
    body: row.body,
    messageId: row.message_id,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}
