import { round } from './stats';
import { getJson, trustAdminToken } from './http-latency';
import type { RunningServer } from './server';

export interface KnownAtFigures {
  /** The position asked for: nine tenths of the way through the generated log (a past meeting). */
  position: number;
  /** GET /compliance?knownAt=<position>: the first answer (folds the log up to it) and a repeat (cached). */
  firstMs: number;
  repeatMs: number;
  /** GET /compliance?knownAt=<an instant>: the first answer, resolving the instant to a position. */
  instantFirstMs: number;
  /** The live dashboard, the baseline: its first answer, a repeat, and a repeat after the knownAt reads. */
  liveFirstMs: number;
  liveRepeatMs: number;
  liveAfterKnownAtMs: number;
}

/**
 * knownAt on the generated trust beside the live compliance answer on the same server. The
 * first knownAt answer folds the trust's events up to the position into in-memory read models;
 * the repeat is served from the state kept for that position.
 */
export async function benchKnownAt(server: RunningServer, options: { trustId: string; events: number }): Promise<KnownAtFigures> {
  const token = await trustAdminToken(server.url, options.trustId);
  const auth = { authorization: `Bearer ${token}` };
  const path = `${server.url}/api/trusts/${options.trustId}/compliance`;
  const timed = async (url: string) => {
    const started = process.hrtime.bigint();
    await getJson(url, auth);
    return round(Number(process.hrtime.bigint() - started) / 1e6, 1);
  };
  const position = Math.max(1, Math.floor(options.events * 0.9));
  const liveFirstMs = await timed(path);
  const liveRepeatMs = await timed(path);
  const firstMs = await timed(`${path}?knownAt=${position}`);
  const repeatMs = await timed(`${path}?knownAt=${position}`);
  const instantFirstMs = await timed(`${path}?knownAt=${encodeURIComponent(new Date().toISOString())}`);
  const liveAfterKnownAtMs = await timed(path);
  return { position, firstMs, repeatMs, instantFirstMs, liveFirstMs, liveRepeatMs, liveAfterKnownAtMs };
}
