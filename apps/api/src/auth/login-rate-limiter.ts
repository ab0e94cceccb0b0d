import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { Clock } from '../clock/clock';
import { DIRECTORY_DB } from '../directory/directory-database';
import { TooManyAttemptsError } from './too-many-attempts';

export interface RateLimit {
  /** e.g. `email:<fingerprint>`, `ip:<address>`, `mfa:<personId>`. */
  key: string;
  maxFailures: number;
}

/** An attempt in progress: counted as a failure until it is forgiven. */
export interface Attempt {
  readonly keys: readonly string[];
  readonly rowIds: readonly number[];
}

export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

/**
 * Failed attempts in a sliding 15-minute window, kept in directory.db so a restart does not
 * reset an attacker's count. Each attempt is counted before it is checked and forgiven when it
 * succeeds, so a burst of parallel guesses cannot slip past the limit while passwords are hashed.
 */
@Injectable()
export class LoginRateLimiter {
  constructor(
    @Inject(DIRECTORY_DB) private readonly db: Database.Database,
    private readonly clock: Clock,
  ) {}

  /** Counts an attempt against every limit, or throws 429 when one of them is used up. */
  begin(limits: readonly RateLimit[]): Attempt {
    const now = this.clock.now().getTime();
    return this.db
      .transaction((): Attempt => {
        const retryAfter = Math.max(0, ...limits.map((limit) => this.wait(limit, now)));
        if (retryAfter > 0) throw new TooManyAttemptsError(retryAfter);
        const insert = this.db.prepare('INSERT INTO login_failures (key, at_ms) VALUES (?, ?)');
        const rowIds = limits.map(({ key }) => Number(insert.run(key, now).lastInsertRowid));
        this.db.prepare('DELETE FROM login_failures WHERE at_ms <= ?').run(now - FAILURE_WINDOW_MS);
        return { keys: limits.map((limit) => limit.key), rowIds };
      })
      .immediate();
  }

  /** The attempt was right: it does not count, and neither do earlier failures of `clearKeys`. */
  succeeded(attempt: Attempt, clearKeys: readonly string[] = []): void {
    const forget = this.db.prepare('DELETE FROM login_failures WHERE rowid = ?');
    const clear = this.db.prepare('DELETE FROM login_failures WHERE key = ?');
    this.db.transaction(() => {
      for (const rowId of attempt.rowIds) forget.run(rowId);
      for (const key of clearKeys) clear.run(key);
    })();
  }

  /** Seconds until `limit` allows another attempt; 0 when one may be made now. */
  private wait({ key, maxFailures }: RateLimit, now: number): number {
    const rows = this.db
      .prepare(
        'SELECT at_ms FROM login_failures WHERE key = ? AND at_ms > ? ORDER BY at_ms DESC LIMIT ?',
      )
      .all(key, now - FAILURE_WINDOW_MS, maxFailures) as { at_ms: number }[];
    if (rows.length < maxFailures) return 0;
    return Math.max(1, Math.ceil((rows[rows.length - 1].at_ms + FAILURE_WINDOW_MS - now) / 1000));
  }
}
