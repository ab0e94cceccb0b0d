import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CHECKPOINT_INTERVAL } from '@governance/projections';
import type { TrustShape } from './generator/trust-scenario';

export type BenchScale = 'full' | 'small' | 'tiny';
export const BENCHMARKS = ['commands', 'rebuild', 'startup', 'http', 'peer', 'uploads', 'knownAt', 'acknowledgements', 'staffImport', 'concurrentCommands'] as const;
export type BenchmarkName = (typeof BENCHMARKS)[number];

export interface BenchConfig {
  scale: BenchScale;
  /** The big trust, written straight through the event store. */
  shape: TrustShape;
  /** The smaller trust, executed command by command through CommandExecutor. */
  commandShape: TrustShape;
  httpSeconds: number;
  connections: number;
  startupRuns: number;
  /** Events of the append/read workload run on our store and on Emmett's. */
  peerEvents: number;
  /** Also time the live runner catching up from an empty read-model database. */
  runnerCatchUp: boolean;
  only: readonly BenchmarkName[];
  dataDir: string;
  /** Keep the generated data (and reuse it next time when the shape is the same). */
  keepData: boolean;
  /** Run each task in this process instead of a child process (the smoke test): no RSS figures. */
  inProcess: boolean;
  /** Positions between knownAt's read-model checkpoints (the server's READ_MODEL_CHECKPOINT_EVENTS). */
  checkpointInterval: number;
  /** Times each benchmark runs (BENCH_RUNS); the tables show the median and the range, goals are judged on the median. */
  runs: number;
}

const SCALES: Record<BenchScale, Omit<BenchConfig, 'only' | 'dataDir' | 'keepData' | 'inProcess' | 'checkpointInterval' | 'runs'>> = {
  full: {
    scale: 'full',
    shape: { schools: 100, policies: 120, years: 10, seed: 2026 },
    commandShape: { schools: 8, policies: 40, years: 2, seed: 7 },
    httpSeconds: 10,
    connections: 10,
    startupRuns: 3,
    peerEvents: 1000,
    runnerCatchUp: true,
  },
  small: {
    scale: 'small',
    shape: { schools: 10, policies: 40, years: 3, seed: 2026 },
    commandShape: { schools: 3, policies: 10, years: 1, seed: 7 },
    httpSeconds: 3,
    connections: 10,
    startupRuns: 1,
    peerEvents: 300,
    runnerCatchUp: true,
  },
  tiny: {
    scale: 'tiny',
    shape: { schools: 3, policies: 8, years: 2, seed: 2026 },
    commandShape: { schools: 2, policies: 4, years: 1, seed: 7 },
    httpSeconds: 1,
    connections: 4,
    startupRuns: 1,
    peerEvents: 50,
    runnerCatchUp: true,
  },
};

/** The configuration from BENCH_* variables and `--scale=`, `--only=`, `--keep-data` flags. */
export function benchConfig(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv.slice(2)): BenchConfig {
  const flag = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  const scale = (flag('scale') ?? env.BENCH_SCALE ?? 'full') as BenchScale;
  if (!(scale in SCALES)) throw new Error(`BENCH_SCALE must be full, small or tiny (got "${scale}")`);
  const base = SCALES[scale];
  const number = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number (got "${raw}")`);
    return value;
  };
  const onlyList = (flag('only') ?? env.BENCH_ONLY ?? '').split(',').filter((name) => name !== '');
  const unknown = onlyList.filter((name) => !(BENCHMARKS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`Unknown benchmark ${unknown.join(', ')}; known: ${BENCHMARKS.join(', ')}`);
  return {
    ...base,
    shape: {
      schools: number('BENCH_SCHOOLS', base.shape.schools),
      policies: number('BENCH_POLICIES', base.shape.policies),
      years: number('BENCH_YEARS', base.shape.years),
      seed: number('BENCH_SEED', base.shape.seed),
    },
    httpSeconds: number('BENCH_HTTP_SECONDS', base.httpSeconds),
    startupRuns: number('BENCH_STARTUP_RUNS', base.startupRuns),
    only: onlyList.length > 0 ? (onlyList as BenchmarkName[]) : BENCHMARKS,
    dataDir: env.BENCH_DATA_DIR ?? join(tmpdir(), 'governance-bench', scale),
    keepData: argv.includes('--keep-data') || env.BENCH_KEEP_DATA === '1',
    inProcess: false,
    // The server's default at full scale; smaller trusts get proportionally closer checkpoints.
    checkpointInterval: number('BENCH_CHECKPOINT_EVENTS', CHECKPOINT_INTERVALS[scale]),
    runs: Math.round(number('BENCH_RUNS', DEFAULT_RUNS[scale])),
  };
}

/** Three runs give a median and a range; the tiny smoke run in npm test runs once. */
const DEFAULT_RUNS: Record<BenchScale, number> = { full: 3, small: 3, tiny: 1 };

const CHECKPOINT_INTERVALS: Record<BenchScale, number> = { full: DEFAULT_CHECKPOINT_INTERVAL, small: 1000, tiny: 200 };
