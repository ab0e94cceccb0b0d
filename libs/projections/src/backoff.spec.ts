import { backoffDelay, sleep } from './backoff';

describe('backoff', () => {
  it('doubles from the first delay up to the ceiling', () => {
    const delays = { initialMs: 500, maxMs: 30_000 };
    expect([0, 1, 2, 3, 5, 6, 7, 100].map((failures) => backoffDelay(failures, delays))).toEqual([
      500, 1000, 2000, 4000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });

  it('stops sleeping when aborted', async () => {
    const abort = new AbortController();
    const slept = sleep(60_000, abort.signal);
    abort.abort();
    await expect(slept).resolves.toBeUndefined();
  });
});
