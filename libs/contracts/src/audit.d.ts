/** One event of the audit trail. */
export interface AuditItem {
  /** Position in the event log, a decimal string. */
  position: string;
  type: string;
  occurredAt: string;
  actorId: string | null;
  actorRole: string | null;
  streamId: string;
  schoolId: string | null;
  policyId: string | null;
  /** The event's id in the log: what POST .../entries/:eventId/withdrawal names. */
  eventId: string | null;
  /** Set when the entry was withdrawn: it no longer counts anywhere. */
  withdrawn: Withdrawal | null;
  /**
   * Whether the signed-in reader may withdraw this entry (a kind that can be withdrawn, not yet
   * withdrawn, and they recorded it or are a trust admin): the server's own rule, so the web
   * offers "Withdraw this entry" exactly when the server would accept it.
   */
  mayWithdraw?: boolean;
  /** The event's data; null if the log no longer holds it (it was replaced by a restore). */
  data: Record<string, unknown> | null;
  /** Recorded more than 30 days after the date it states (a review, adoption, approval, EIA, evaluation or visit). */
  recordedLate?: boolean;
}

/** GET /api/trusts/{trustId}/audit (and the school's). */
export interface AuditPage {
  items: AuditItem[];
  /** Pass it as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** Why, by whom and when an entry was withdrawn. */
export interface Withdrawal {
  reason: string;
  /** The person who withdrew it. */
  by: string | null;
  /** ISO instant of the withdrawal. */
  at: string;
}

/** POST /api/trusts/{trustId}/entries/{eventId}/withdrawal. */
export interface WithdrawalRequest {
  reason: string;
}
