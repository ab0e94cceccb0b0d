import type { CommandThroughput } from '../benchmarks/command-throughput';
import type { ConcurrentCommandFigures } from '../benchmarks/concurrent-commands';
import type { PeerFigures } from '../benchmarks/emmett-peer';
import type { GeneratedTrust } from '../benchmarks/generate';
import type { AcknowledgementFigures } from '../benchmarks/acknowledgement-progress';
import type { HostileUploadFigures } from '../benchmarks/hostile-uploads';
import type { HttpFigures } from '../benchmarks/http-latency';
import type { KnownAtFigures } from '../benchmarks/known-at';
import type { ReplayFigures } from '../benchmarks/rebuild';
import type { StaffImportFigures } from '../benchmarks/staff-import';
import type { BenchConfig } from '../config';
import type { Machine } from './machine';
import { range, Repeated, spread } from './runs';

export interface RebuildResults {
  rebuild: ReplayFigures;
  rawScan: ReplayFigures;
  /** Rebuild events/s over raw-scan events/s. */
  ratio: number;
  catchUp?: ReplayFigures & { ratio: number };
}

/** `npm start` on a built tree (its build check, then the server) to the first 200 from /api/health. */
export type NpmStartResults =
  | {
      available: true;
      runsSeconds: number[];
      medianSeconds: number;
      /** npm start's median over the bare server's (how much the launcher and its build check add). */
      ratio: number;
    }
  | { available: false; reason: string };

export interface StartupResults {
  events: number;
  /** The bare server (`node dist/apps/api/src/main.js`), the baseline. */
  runsSeconds: number[];
  medianSeconds: number;
  npmStart: NpmStartResults;
}

export interface Goal {
  goal: string;
  /** The median over the runs, which the goal is judged on. */
  measured: string;
  /** The runs' minimum to maximum ('1 run' when there was one). */
  range: string;
  met: boolean;
}

/** What `npm run bench` writes to bench/results/latest.json. Each benchmark's figures over `runs` runs. */
export interface BenchResults {
  startedAt: string;
  totalSeconds: number;
  scale: BenchConfig['scale'];
  runs: number;
  machine: Machine;
  shape: BenchConfig['shape'];
  commandShape: BenchConfig['commandShape'];
  generated?: GeneratedTrust;
  /** FULL warm, FULL after a restart, NORMAL warm, NORMAL after a restart. */
  commands?: Repeated<CommandThroughput>[];
  rebuild?: Repeated<RebuildResults>;
  /** Has runs of its own (BENCH_STARTUP_RUNS). */
  startup?: StartupResults;
  http?: Repeated<HttpFigures>;
  peer?: Repeated<PeerFigures>;
  uploads?: Repeated<HostileUploadFigures>;
  knownAt?: Repeated<KnownAtFigures>;
  acknowledgements?: Repeated<AcknowledgementFigures>;
  staffImport?: Repeated<StaffImportFigures>;
  concurrentCommands?: Repeated<ConcurrentCommandFigures>;
  goals: Goal[];
}

const pct = (value: number) => `${Math.round(value * 100)}%`;
const n = (value: number) => Math.round(value).toLocaleString('en-GB');
const ms = (value: number) => `${value} ms`;
const mb = (value: number) => `${value} MB`;

/**
 * A goal judged on the median of the runs: `pick` reads the figure from one run's results,
 * `met` tests the median's.
 */
export function goalOn<T>(goal: string, repeated: Repeated<T>, pick: (run: T) => number, format: (value: number) => string, met: (median: T) => boolean): Goal {
  return { goal, measured: format(spread(repeated, pick).median), range: range(repeated, pick, format), met: met(repeated.median) };
}

/** The goals of the issues, judged on the medians of this run's figures (only those it measured). */
export function judgeGoals(results: Omit<BenchResults, 'goals' | 'totalSeconds'>): Goal[] {
  const goals: Goal[] = [];
  for (const run of results.commands ?? []) {
    const { synchronous, state } = run.median;
    goals.push(goalOn(`command throughput >= 60% of raw append (${synchronous}${state === 'restart' ? ', after a restart' : ''})`, run, (r) => r.ratio, pct, (r) => r.ratio >= 0.6));
  }
  if (results.rebuild) {
    const rebuild = results.rebuild;
    goals.push(goalOn('rebuild >= 100,000 events/s', rebuild, (r) => r.rebuild.eventsPerSecond, (v) => `${n(v)} events/s`, (r) => r.rebuild.eventsPerSecond >= 100_000));
    // Issue #24's goals: the rebuild at half the raw scan, the live catch-up at 40%, both under 300 MB.
    goals.push(goalOn('rebuild >= 50% of raw scan', rebuild, (r) => r.ratio, pct, (r) => r.ratio >= 0.5));
    goals.push(goalOn('peak RSS during rebuild < 300 MB', rebuild, (r) => r.rebuild.peakRssMb, mb, (r) => r.rebuild.peakRssMb > 0 && r.rebuild.peakRssMb < 300));
    if (rebuild.median.catchUp) {
      goals.push(goalOn('live catch-up >= 40% of raw scan', rebuild, (r) => r.catchUp?.ratio ?? 0, pct, (r) => (r.catchUp?.ratio ?? 0) >= 0.4));
      goals.push(goalOn('peak RSS during live catch-up < 300 MB', rebuild, (r) => r.catchUp?.peakRssMb ?? 0, mb, (r) => (r.catchUp?.peakRssMb ?? 0) > 0 && (r.catchUp?.peakRssMb ?? 0) < 300));
    }
  }
  if (results.http) {
    const http = results.http;
    goals.push(goalOn('compliance p99 < 20 ms', http, (r) => r.compliance.p99Ms, ms, (r) => r.compliance.p99Ms < 20 && r.compliance.failures === 0));
    goals.push(goalOn("compliance >= 70% of health's req/s", http, (r) => r.compliance.ratioToHealth, pct, (r) => r.compliance.ratioToHealth >= 0.7 && r.compliance.failures === 0));
    goals.push(goalOn('first dashboard after a start < 200 ms', http, (r) => r.coldComplianceMs, ms, (r) => r.coldComplianceMs < 200));
  }
  if (results.startup) {
    const { runsSeconds, medianSeconds, npmStart } = results.startup;
    const spread = (values: number[]) => (values.length < 2 ? '1 run' : `${Math.min(...values)}-${Math.max(...values)} s (${values.length} runs)`);
    goals.push({ goal: 'start-up to healthy < 3 s', measured: `${medianSeconds} s`, range: spread(runsSeconds), met: medianSeconds < 3 });
    goals.push(
      npmStart.available
        ? { goal: 'npm start on a built tree to healthy <= 3 s', measured: `${npmStart.medianSeconds} s`, range: spread(npmStart.runsSeconds), met: npmStart.medianSeconds <= 3 }
        : { goal: 'npm start on a built tree to healthy <= 3 s', measured: `not measured: ${npmStart.reason}`, range: '-', met: false },
    );
  }
  if (results.uploads) {
    const uploads = results.uploads;
    goals.push(goalOn('health p99 while four bombs upload < 200 ms', uploads, (r) => r.underBombs.p99Ms, ms, (r) => r.underBombs.p99Ms < 200 && r.underBombs.failures === 0));
    goals.push(goalOn('server RSS growth while four bombs upload < 300 MB', uploads, (r) => r.rssGrowthMb, mb, (r) => r.rssGrowthMb > 0 && r.rssGrowthMb < 300));
  }
  if (results.knownAt) {
    const knownAt = results.knownAt;
    goals.push(goalOn('compliance with knownAt, first answer < 2 s (median of 5 positions)', knownAt, (r) => r.firstMs, ms, (r) => r.firstMs < 2000));
    goals.push(goalOn('compliance with knownAt, repeat < 200 ms', knownAt, (r) => r.repeatMs, ms, (r) => r.repeatMs < 200));
  }
  if (results.acknowledgements) {
    const ack = results.acknowledgements;
    goals.push(goalOn('acknowledgement progress, trust, after the first < 200 ms (median)', ack, (r) => r.trust.medianMs, ms, (r) => r.trust.medianMs < 200));
    goals.push(goalOn('acknowledgement progress, one school with names, after the first < 200 ms (median)', ack, (r) => r.school.medianMs, ms, (r) => r.school.medianMs < 200));
  }
  if (results.staffImport) {
    const staff = results.staffImport;
    goals.push(goalOn(`staff import of ${staff.median.rows} rows applies < 5 s`, staff, (r) => r.applyMs, ms, (r) => r.applyMs < 5000));
  }
  if (results.concurrentCommands) {
    const concurrent = results.concurrentCommands;
    const times = (value: number) => `${Math.round(value * 100) / 100}x`;
    goals.push(goalOn('50 concurrent HTTP clients, FULL, group commit >= 2x raw one-transaction-per-command', concurrent, (r) => r.ratio, times, (r) => r.ratio >= 2 && r.on.failures === 0));
  }
  return goals;
}
