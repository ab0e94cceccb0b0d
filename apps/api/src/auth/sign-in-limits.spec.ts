import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { Clock } from '../clock/clock';
import { loadConfig } from '../config/app-config';
import { openDirectoryDatabase } from '../directory/directory-database';
import { KnownSignInAddresses, KNOWN_ADDRESS_DAYS } from './known-sign-in-addresses';
import { LoginRateLimiter } from './login-rate-limiter';
import { codeLimits, pairKey, passwordLimits, SignInOrigin } from './sign-in-limits';
import { FAILURE_WINDOW_MS } from './throttle-policy';
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

/** The sign-in rules as a stranger and the owner meet them, on the real limiter and clock. */
describe('sign-in limits', () => {
  let dir: string;
  let db: Database.Database;
  let clock: ManualClock;
  let limiter: LoginRateLimiter;
  let known: KnownSignInAddresses;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'governance-sign-in-limits-'));
    db = openDirectoryDatabase(loadConfig({ DATA_DIR: dir }));
    clock = new ManualClock(Date.parse('2026-11-24T09:00:00Z'));
    limiter = new LoginRateLimiter(db, clock);
    known = new KnownSignInAddresses(db, clock);
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** An attempt at `account` (an email fingerprint) whose owner is the person `person-<account>`. */
  const origin = (address: string, account = 'admin'): SignInOrigin => ({
    account,
    address,
    known: known.isKnown(`person-${account}`, address),
  });
  /** A wrong password: counted and kept. Answers the wait in seconds when refused. */
  const fail = (from: SignInOrigin): number => {
    try {
      limiter.begin(passwordLimits(from));
      return 0;
    } catch (error) {
      if (error instanceof TooManyAttemptsError) return error.retryAfterSeconds;
      throw error;
    }
  };
  /** The right password: allowed (0) or the wait; a success forgives the pair and remembers it. */
  const signIn = (from: SignInOrigin): number => {
    try {
      limiter.succeeded(limiter.begin(passwordLimits(from)));
      limiter.clear([pairKey(from)]);
      known.remember(`person-${from.account}`, from.address);
      return 0;
    } catch (error) {
      if (error instanceof TooManyAttemptsError) return error.retryAfterSeconds;
      throw error;
    }
  };

  it('five failures from A make A wait 15 minutes; the owner at B is not touched', () => {
    const waits = Array.from({ length: 10 }, () => fail(origin('A')));
    expect(waits.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(waits.slice(5).every((wait) => wait === FAILURE_WINDOW_MS / 1000)).toBe(true);
    expect(signIn(origin('B'))).toBe(0);
    expect(signIn(origin('A'))).toBeGreaterThan(0);
  });

  it('twenty failures from one address across accounts stop it, for every account', () => {
    for (let i = 0; i < 20; i++) expect(fail(origin('A', `account-${i}`))).toBe(0);
    expect(fail(origin('A', 'account-20'))).toBe(FAILURE_WINDOW_MS / 1000);
    expect(signIn(origin('A', 'someone-else'))).toBeGreaterThan(0);
    expect(signIn(origin('B', 'someone-else'))).toBe(0);
  });

  it('many addresses at one account: ten failures, then seconds between attempts, never a lock', () => {
    for (let i = 0; i < 10; i++) expect(fail(origin(`10.0.0.${i}`))).toBe(0);
    expect(fail(origin('10.0.1.1'))).toBe(2);
    clock.at += 2_000;
    expect(fail(origin('10.0.1.1'))).toBe(0);
    expect(fail(origin('10.0.1.2'))).toBe(4);
    // However long it goes on, the wait stays at most a minute.
    for (let i = 0; i < 100; i++) {
      clock.at += 60_000;
      fail(origin(`10.0.2.${i}`));
    }
    expect(fail(origin('10.0.3.1'))).toBeLessThanOrEqual(60);
    // The owner from an unfamiliar address waits that minute at most, then gets in.
    clock.at += 60_000;
    expect(signIn(origin('B'))).toBe(0);
  });

  it('the owner at an address they signed in from is not slowed by failures elsewhere', () => {
    expect(signIn(origin('home'))).toBe(0);
    for (let i = 0; i < 30; i++) fail(origin(`10.0.0.${i}`));
    expect(fail(origin('10.0.1.1'))).toBeGreaterThan(0);
    expect(signIn(origin('home'))).toBe(0);
  });

  it('an address stays known for 90 days after the last sign-in from it', () => {
    signIn(origin('home'));
    clock.at += KNOWN_ADDRESS_DAYS * 24 * 3600_000 - 1;
    expect(origin('home').known).toBe(true);
    clock.at += 1;
    expect(origin('home').known).toBe(false);
    expect(origin('home', 'another-account').known).toBe(false);
  });

  it('a sign-in forgives the failures from its own address only', () => {
    for (let i = 0; i < 4; i++) fail(origin('A'));
    expect(signIn(origin('A'))).toBe(0);
    for (let i = 0; i < 4; i++) expect(fail(origin('A'))).toBe(0);
    expect(fail(origin('A'))).toBe(0);
    expect(fail(origin('A'))).toBeGreaterThan(0);
  });

  it('codes: five wrong per account from all unfamiliar addresses together; a known address has its own five', () => {
    signIn(origin('home'));
    const code = (from: SignInOrigin) => {
      try {
        limiter.begin(codeLimits('person-1', from));
        return 0;
      } catch (error) {
        return (error as TooManyAttemptsError).retryAfterSeconds;
      }
    };
    for (let i = 0; i < 5; i++) expect(code(origin(`10.0.0.${i}`))).toBe(0);
    expect(code(origin('10.0.9.9'))).toBe(FAILURE_WINDOW_MS / 1000);
    expect(code(origin('home'))).toBe(0);
  });
});
