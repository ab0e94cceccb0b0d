import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { Clock } from '../clock/clock';
import { DIRECTORY_DB } from '../directory/directory-database';
import { FAILURE_WINDOW_MS, secondsToWait, ThrottlePolicy } from './throttle-policy';
import { TooManyAttemptsError } from './too-many-attempts';

export { FAILURE_WINDOW_MS } from './throttle-policy';

export interface RateLimit {
  /** e.g. `pair:<fingerprint>@<address>`, `ip:<address>`, `mfa:<personId>`. */
  key: string;
  policy: ThrottlePolicy;
}

/** An attempt in progress: counted as a failure until it is forgiven. */
export interface Attempt {
  readonly keys: readonly string[];
  readonly rowIds: readonly number[];
}

/** Five wrong tries, then a wait: the rule for one account from one address, and for codes. */
export const FEW_TRIES: ThrottlePolicy = { kind: 'lock', maxFailures: 5 };

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

  /** Counts an attempt under every key, or throws 429 (counting nothing) when a rule says wait. */
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

  /** Forgets every recent failure under `keys`. */
  clear(keys: readonly string[]): void {
    this.succeeded({ keys: [], rowIds: [] }, keys);
  }

  /** Seconds until `limit` allows another attempt; 0 when one may be made now. */
  private wait({ key, policy }: RateLimit, now: number): number {
    if (policy.kind === 'count') return 0;
    const failures = this.db
      .prepare('SELECT at_ms FROM login_failures WHERE key = ? AND at_ms > ?')
      .pluck()
      .all(key, now - FAILURE_WINDOW_MS) as number[];
    return secondsToWait(policy, failures, now);
  }
}
