import { currentIdempotentRun } from '../idempotency/idempotent-run';

export type CrashPoint = 'before-append' | 'after-append';

/** Test-only: CRASH_AT=<point>:<idempotency key> (never set in service) names where to die. */
const CRASH_AT = process.env.CRASH_AT;

/**
 * Kills the process with SIGKILL at this point of the request whose Idempotency-Key CRASH_AT
 * names, so the crash tests can cut a request off exactly before or after its append.
 */
export function crashPoint(point: CrashPoint): void {
  if (CRASH_AT === undefined) return;
  const run = currentIdempotentRun();
  if (run && CRASH_AT === `${point}:${run.key}`) process.kill(process.pid, 'SIGKILL');
}
