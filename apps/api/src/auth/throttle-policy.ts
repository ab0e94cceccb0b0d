/** How far back failed attempts count. */
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

/**
 * What a run of recent failures under one key does to the next attempt.
 * - `lock`: after `maxFailures` in the window, wait until the oldest of them leaves it.
 * - `slow`: the first `freeFailures` cost nothing; after that each attempt waits a delay after
 *   the latest failure, doubling from `firstDelayMs` up to `maxDelayMs`. It slows a guesser
 *   without ever shutting the door for long.
 * - `count`: recorded (so the other keys' rules see it), never refuses.
 */
export type ThrottlePolicy =
  | { kind: 'lock'; maxFailures: number }
  | { kind: 'slow'; freeFailures: number; firstDelayMs: number; maxDelayMs: number }
  | { kind: 'count' };

/**
 * Seconds to wait before another attempt under `policy`, or 0 when one may be made now.
 * `failures` are the times (ms) of the key's failures, in any order; those outside the window
 * are ignored.
 */
export function secondsToWait(
  policy: ThrottlePolicy,
  failures: readonly number[],
  now: number,
): number {
  const recent = failures.filter((at) => at > now - FAILURE_WINDOW_MS).sort((a, b) => b - a);
  switch (policy.kind) {
    case 'count':
      return 0;
    case 'lock': {
      if (recent.length < policy.maxFailures) return 0;
      return toSeconds(recent[policy.maxFailures - 1] + FAILURE_WINDOW_MS - now);
    }
    case 'slow': {
      const over = recent.length - policy.freeFailures;
      if (over < 0) return 0;
      const delay = Math.min(policy.firstDelayMs * 2 ** over, policy.maxDelayMs);
      const until = recent[0] + delay;
      return until > now ? toSeconds(until - now) : 0;
    }
  }
}

function toSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
