export interface BackoffDelays {
  initialMs: number;
  maxMs: number;
}

/** Exponential backoff: `initialMs` after the first failure, doubling up to `maxMs`. */
export function backoffDelay(failures: number, delays: BackoffDelays): number {
  return Math.min(delays.initialMs * 2 ** Math.min(failures, 30), delays.maxMs);
}

/** Resolves after `ms`, or at once when `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
