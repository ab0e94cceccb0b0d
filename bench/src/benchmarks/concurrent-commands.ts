import autocannon from 'autocannon';
import { mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { trustAdminToken } from './http-latency';
import { BENCH_OPERATOR_TOKEN, startServer } from './server';
import { rawAppend } from './raw-append';
import { ratio, round } from './stats';

export interface ConcurrentRun {
  groupCommit: boolean;
  commandsPerSecond: number;
  commands: number;
  p50Ms: number;
  p99Ms: number;
  /** Errors, timeouts and non-2xx answers: must be 0 for the figures to count. */
  failures: number;
  /**
   * GET /api/health on the same server with the same clients, right after: the ceiling of any
   * request there, so a command (sign-in, decide, append) cannot go faster than this.
   */
  healthPerSecond: number;
  loadAverage: number[];
}

export interface ConcurrentCommandFigures {
  connections: number;
  durationSeconds: number;
  on: ConcurrentRun;
  off: ConcurrentRun;
  /** The rows of the group-commit run appended raw: one better-sqlite3 transaction per command. */
  raw: { transactions: number; transactionsPerSecond: number };
  /** Group commit's commands/s over the raw transactions/s. */
  ratio: number;
  /** Group commit on over off. */
  gain: number;
}

/**
 * 50 HTTP clients at once registering policies in one trust (a new stream each) against the real
 * server with synchronous=FULL, once with group commit and once without (EVENT_STORE_GROUP_COMMIT=off),
 * beside raw better-sqlite3 appending the very same rows one transaction per command.
 */
export async function benchConcurrentCommands(dir: string, durationSeconds: number, connections = 50): Promise<ConcurrentCommandFigures> {
  const off = await run(join(dir, 'off'), false, durationSeconds, connections);
  const on = await run(join(dir, 'on'), true, durationSeconds, connections);
  const raw = rawAppend(join(dir, 'on', 'events.db'), join(dir, 'raw.db'), { synchronous: 'FULL', type: 'PolicyRegistered' });
  return {
    connections,
    durationSeconds,
    on,
    off,
    raw: { transactions: raw.transactions, transactionsPerSecond: round(raw.perSecond) },
    ratio: ratio(on.commandsPerSecond, raw.perSecond),
    gain: ratio(on.commandsPerSecond, off.commandsPerSecond),
  };
}

async function run(dataDir: string, groupCommit: boolean, durationSeconds: number, connections: number): Promise<ConcurrentRun> {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const server = await startServer(dataDir, { SQLITE_SYNCHRONOUS: 'FULL', EVENT_STORE_GROUP_COMMIT: groupCommit ? 'on' : 'off' });
  try {
    const trust = await fetch(`${server.url}/api/trusts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_OPERATOR_TOKEN}` },
      body: JSON.stringify({ name: 'Concurrent Commands Trust' }),
    });
    const trustId = ((await trust.json()) as { id: string }).id;
    const token = await trustAdminToken(server.url, trustId);
    let sequence = 0;
    const cannon = (duration: number) =>
      autocannon({
        url: `${server.url}/api/trusts/${trustId}/policies`,
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        connections,
        duration,
        pipelining: 1,
        timeout: 10,
        requests: [
          {
            setupRequest: (request) => ({
              ...request,
              body: JSON.stringify({ title: `Policy ${(sequence += 1)}`, scope: 'school', reviewCycleMonths: 12, approver: 'local-governing-body' }),
            }),
          },
        ],
      });
    await cannon(Math.max(1, Math.round(durationSeconds / 5)));
    const result = await cannon(durationSeconds);
    const health = await autocannon({ url: `${server.url}/api/health`, connections, duration: durationSeconds, pipelining: 1, timeout: 10 });
    return {
      groupCommit,
      commandsPerSecond: round(result.requests.average),
      commands: result.requests.total,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      failures: result.errors + result.timeouts + result.non2xx,
      // Over the run's own length: a one-second run (tiny scale) may end before autocannon's first per-second sample.
      healthPerSecond: round(health.requests.total / Math.max(health.duration, 0.001)),
      loadAverage: loadavg().map((value) => round(value, 2)),
    };
  } finally {
    await server.stop();
  }
}

