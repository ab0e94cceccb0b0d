import { FAILURE_WINDOW_MS, secondsToWait, ThrottlePolicy } from './throttle-policy';

describe('secondsToWait', () => {
  const t = Date.parse('2026-11-24T09:00:00Z');
  const lock: ThrottlePolicy = { kind: 'lock', maxFailures: 3 };
  const slow: ThrottlePolicy = { kind: 'slow', freeFailures: 3, firstDelayMs: 2_000, maxDelayMs: 60_000 };

  it('lock: allows up to the limit, then waits until the oldest counted failure leaves the window', () => {
    expect(secondsToWait(lock, [t, t + 1_000], t + 2_000)).toBe(0);
    expect(secondsToWait(lock, [t, t + 60_000, t + 61_000], t + 61_000)).toBe(FAILURE_WINDOW_MS / 1000 - 61);
    expect(secondsToWait(lock, [t, t + 60_000, t + 61_000], t + FAILURE_WINDOW_MS + 1)).toBe(0);
  });

  it('lock: failures older than the window do not count', () => {
    const old = t - FAILURE_WINDOW_MS;
    expect(secondsToWait(lock, [old, old + 1, t], t)).toBe(0);
  });

  it('slow: free failures cost nothing, then the delay after the latest one doubles', () => {
    expect(secondsToWait(slow, [t, t, t - 5_000], t)).toBe(2);
    expect(secondsToWait(slow, [t - 1_000, t - 2_000, t - 3_000], t)).toBe(1);
    expect(secondsToWait(slow, [t - 2_000, t - 3_000, t - 4_000], t)).toBe(0);
    expect(secondsToWait(slow, [t, t, t, t], t)).toBe(4);
    expect(secondsToWait(slow, [t, t, t, t, t], t)).toBe(8);
  });

  it('slow: never more than the longest delay, however many failures', () => {
    const many = Array.from({ length: 500 }, (_, i) => t - i);
    expect(secondsToWait(slow, many, t)).toBe(60);
    expect(secondsToWait(slow, many, t + 60_000)).toBe(0);
  });

  it('count: never waits', () => {
    expect(secondsToWait({ kind: 'count' }, Array(100).fill(t), t)).toBe(0);
  });
});
