import { median, round } from './stats';
import { getJson, trustAdminToken } from './http-latency';
import type { RunningServer } from './server';
import type { CheckpointedCatchUp } from './checkpoints';
import type { PackFigures } from './packs';
import type { ReplayFigures } from './rebuild';

export interface KnownAtFigures {
  /** The position asked for: nine tenths of the way through the generated log (a past meeting). */
  position: number;
  /**
   * GET /compliance?knownAt=<p>: first answers (a checkpoint and the events after it) at five
   * positions, from half way to nine tenths of the log, their median, and a repeat at `position` (cached).
   */
  firstsMs: number[];
  firstMs: number;
  repeatMs: number;
  /** The worst place for a first answer: just before a checkpoint, so a whole interval is folded. */
  worstPosition: number;
  worstFirstMs: number;
  /** GET /compliance?knownAt=<an instant>: the first answer, resolving the instant to a position. */
  instantFirstMs: number;
  /** The live dashboard, the baseline: its first answer, a repeat, and a repeat after the knownAt reads. */
  liveFirstMs: number;
  liveRepeatMs: number;
  liveAfterKnownAtMs: number;
  /** The live runner catching up from empty read models, without and with writing checkpoints. */
  catchUp?: { without: ReplayFigures; with: CheckpointedCatchUp };
  /** The clerk's pack rebuilt as circulated (it folds the log up to its position too) and an evidence pack. */
  packs?: PackFigures;
}

/**
 * knownAt on the generated trust beside the live compliance answer on the same server (whose
 * read models and checkpoints the checkpointed catch-up left). The first knownAt answer loads
 * the newest checkpoint at or before the position and folds the trust's events after it; the
 * repeat is served from the state kept for that position.
 */
export async function benchKnownAt(
  server: RunningServer,
  options: { trustId: string; events: number; interval: number },
): Promise<Omit<KnownAtFigures, 'catchUp' | 'packs'>> {
  const token = await trustAdminToken(server.url, options.trustId);
  const auth = { authorization: `Bearer ${token}` };
  const path = `${server.url}/api/trusts/${options.trustId}/compliance`;
  const timed = async (url: string) => {
    const started = process.hrtime.bigint();
    await getJson(url, auth);
    return round(Number(process.hrtime.bigint() - started) / 1e6, 1);
  };
  const positions = [0.5, 0.6, 0.7, 0.8, 0.9].map((share) => Math.max(1, Math.floor(options.events * share)));
  const position = positions[positions.length - 1];
  const boundaries = Math.floor(options.events / options.interval);
  const worstPosition = boundaries > 0 ? boundaries * options.interval - 1 : options.events;
  const liveFirstMs = await timed(path);
  const liveRepeatMs = await timed(path);
  const firstsMs: number[] = [];
  for (const first of positions) firstsMs.push(await timed(`${path}?knownAt=${first}`));
  const firstMs = median(firstsMs);
  const repeatMs = await timed(`${path}?knownAt=${position}`);
  const worstFirstMs = await timed(`${path}?knownAt=${worstPosition}`);
  const instantFirstMs = await timed(`${path}?knownAt=${encodeURIComponent(new Date().toISOString())}`);
  const liveAfterKnownAtMs = await timed(path);
  return { position, firstsMs, firstMs, repeatMs, worstPosition, worstFirstMs, instantFirstMs, liveFirstMs, liveRepeatMs, liveAfterKnownAtMs };
}
