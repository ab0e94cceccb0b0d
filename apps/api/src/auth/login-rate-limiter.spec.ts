import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { Clock } from '../clock/clock';
import { loadConfig } from '../config/app-config';
import { openDirectoryDatabase } from '../directory/directory-database';
import { FAILURE_WINDOW_MS, LoginRateLimiter, RateLimit } from './login-rate-limiter';
import { TooManyAttemptsError } from './too-many-attempts';

class ManualClock extends Clock {
  constructor(public at: number) {
    super();
  }
  now(): Date {
    return new Date(this.at);
  }
  today(): string {
    return this.now().toISOString().slice(0, 10);
  }
}

describe('LoginRateLimiter', () => {
  let dir: string;
  let db: Database.Database;
  let clock: ManualClock;
  let limiter: LoginRateLimiter;
  const limit: RateLimit[] = [{ key: 'email:x', policy: { kind: 'lock', maxFailures: 3 } }];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'governance-limiter-'));
    db = openDirectoryDatabase(loadConfig({ DATA_DIR: dir }));
    clock = new ManualClock(Date.parse('2026-11-24T09:00:00Z'));
    limiter = new LoginRateLimiter(db, clock);
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const refusal = () => {
    try {
      limiter.begin(limit);
    } catch (error) {
      return error as TooManyAttemptsError;
    }
    return undefined;
  };

  it('allows the limit, then refuses until the oldest counted failure leaves the window', () => {
    limiter.begin(limit);
    clock.at += 60_000;
    limiter.begin(limit);
    limiter.begin(limit);
    expect(refusal()).toBeInstanceOf(TooManyAttemptsError);
    expect(refusal()?.retryAfterSeconds).toBe(FAILURE_WINDOW_MS / 1000 - 60);
    clock.at += FAILURE_WINDOW_MS - 60_000 + 1;
    expect(refusal()).toBeUndefined();
  });

  it('does not count an attempt that succeeded, and clears the keys it is told to', () => {
    limiter.begin(limit);
    limiter.begin(limit);
    limiter.succeeded(limiter.begin(limit));
    limiter.begin(limit);
    expect(refusal()).toBeInstanceOf(TooManyAttemptsError);
    limiter.clear(['email:x']);
    expect(refusal()).toBeUndefined();
  });

  it('refuses when any one of several limits is used up, recording nothing for the refused attempt', () => {
    const both: RateLimit[] = [...limit, { key: 'ip:1', policy: { kind: 'lock', maxFailures: 10 } }];
    for (let i = 0; i < 3; i++) limiter.begin(both);
    expect(() => limiter.begin(both)).toThrow(TooManyAttemptsError);
    const count = db
      .prepare("SELECT COUNT(*) AS n FROM login_failures WHERE key = 'ip:1'")
      .get() as { n: number };
    expect(count.n).toBe(3);
  });

  it('slows a key by a doubling delay after its free failures, and records under a count-only key without refusing', () => {
    const slow: RateLimit[] = [
      { key: 'account:x', policy: { kind: 'slow', freeFailures: 2, firstDelayMs: 2_000, maxDelayMs: 60_000 } },
    ];
    limiter.begin(slow);
    limiter.begin(slow);
    expect(() => limiter.begin(slow)).toThrow(TooManyAttemptsError);
    clock.at += 2_000;
    limiter.begin(slow);
    clock.at += 3_999;
    expect(() => limiter.begin(slow)).toThrow(TooManyAttemptsError);
    clock.at += 1;
    limiter.begin(slow);
    // Counted but never refused: the same key under `count` lets every attempt through.
    for (let i = 0; i < 5; i++) limiter.begin([{ key: 'account:x', policy: { kind: 'count' } }]);
    expect(() => limiter.begin(slow)).toThrow(TooManyAttemptsError);
  });
});
