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
  measured: string;
  met: boolean;
}

/** What `npm run bench` writes to bench/results/latest.json. */
export interface BenchResults {
  startedAt: string;
  totalSeconds: number;
  scale: BenchConfig['scale'];
  machine: Machine;
  shape: BenchConfig['shape'];
  commandShape: BenchConfig['commandShape'];
  generated?: GeneratedTrust;
  commands?: CommandThroughput[];
  rebuild?: RebuildResults;
  startup?: StartupResults;
  http?: HttpFigures;
  peer?: PeerFigures;
  uploads?: HostileUploadFigures;
  knownAt?: KnownAtFigures;
  acknowledgements?: AcknowledgementFigures;
  staffImport?: StaffImportFigures;
  concurrentCommands?: ConcurrentCommandFigures;
  goals: Goal[];
}

const pct = (value: number) => `${Math.round(value * 100)}%`;

/** The goals of issue 10, judged on this run's figures (only those the run measured). */
export function judgeGoals(results: Omit<BenchResults, 'goals' | 'totalSeconds'>): Goal[] {
  const goals: Goal[] = [];
  for (const run of results.commands ?? []) {
    goals.push({ goal: `command throughput >= 60% of raw append (${run.synchronous})`, measured: pct(run.ratio), met: run.ratio >= 0.6 });
  }
  if (results.rebuild) {
    const { rebuild, ratio } = results.rebuild;
    goals.push({ goal: 'rebuild >= 100,000 events/s', measured: `${rebuild.eventsPerSecond.toLocaleString('en-GB')} events/s`, met: rebuild.eventsPerSecond >= 100_000 });
    goals.push({ goal: 'rebuild >= 40% of raw scan', measured: pct(ratio), met: ratio >= 0.4 });
    goals.push({ goal: 'peak RSS during rebuild < 400 MB', measured: `${rebuild.peakRssMb} MB`, met: rebuild.peakRssMb > 0 && rebuild.peakRssMb < 400 });
  }
  if (results.http) {
    const { compliance } = results.http;
    goals.push({ goal: 'compliance p99 < 20 ms', measured: `${compliance.p99Ms} ms`, met: compliance.p99Ms < 20 && compliance.failures === 0 });
    goals.push({ goal: "compliance >= 50% of health's req/s", measured: pct(compliance.ratioToHealth), met: compliance.ratioToHealth >= 0.5 && compliance.failures === 0 });
  }
  if (results.startup) {
    goals.push({ goal: 'start-up to healthy < 3 s', measured: `${results.startup.medianSeconds} s`, met: results.startup.medianSeconds < 3 });
    const { npmStart } = results.startup;
    goals.push(
      npmStart.available
        ? { goal: 'npm start on a built tree to healthy <= 3 s', measured: `${npmStart.medianSeconds} s`, met: npmStart.medianSeconds <= 3 }
        : { goal: 'npm start on a built tree to healthy <= 3 s', measured: `not measured: ${npmStart.reason}`, met: false },
    );
  }
  if (results.uploads) {
    const { underBombs, rssGrowthMb } = results.uploads;
    goals.push({ goal: 'health p99 while four bombs upload < 200 ms', measured: `${underBombs.p99Ms} ms`, met: underBombs.p99Ms < 200 && underBombs.failures === 0 });
    goals.push({ goal: 'server RSS growth while four bombs upload < 300 MB', measured: `${rssGrowthMb} MB`, met: rssGrowthMb > 0 && rssGrowthMb < 300 });
  }
  if (results.knownAt) {
    const { firstMs, repeatMs } = results.knownAt;
    goals.push({ goal: 'compliance with knownAt, first answer < 2 s (median of 5 positions)', measured: `${firstMs} ms`, met: firstMs < 2000 });
    goals.push({ goal: 'compliance with knownAt, repeat < 200 ms', measured: `${repeatMs} ms`, met: repeatMs < 200 });
  }
  if (results.acknowledgements) {
    const { trust, school } = results.acknowledgements;
    goals.push({ goal: 'acknowledgement progress, trust, after the first < 200 ms (median)', measured: `${trust.medianMs} ms`, met: trust.medianMs < 200 });
    goals.push({ goal: 'acknowledgement progress, one school with names, after the first < 200 ms (median)', measured: `${school.medianMs} ms`, met: school.medianMs < 200 });
  }
  if (results.staffImport) {
    const { applyMs, rows } = results.staffImport;
    goals.push({ goal: `staff import of ${rows} rows applies < 5 s`, measured: `${applyMs} ms`, met: applyMs < 5000 });
  }
  if (results.concurrentCommands) {
    const { ratio, on } = results.concurrentCommands;
    goals.push({ goal: '50 concurrent HTTP clients, FULL, group commit >= 2x raw one-transaction-per-command', measured: `${ratio}x`, met: ratio >= 2 && on.failures === 0 });
  }
  return goals;
}
