import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchAcknowledgementProgress } from './benchmarks/acknowledgement-progress';
import { benchConcurrentCommands } from './benchmarks/concurrent-commands';
import { benchHostileUploads } from './benchmarks/hostile-uploads';
import { benchHttp } from './benchmarks/http-latency';
import { benchKnownAt } from './benchmarks/known-at';
import { benchPacks } from './benchmarks/packs';
import { benchStaffImport } from './benchmarks/staff-import';
import { npmStartLaunch, reasonNotBuilt } from './benchmarks/npm-start';
import { ROOT, ServerLaunch, startServer } from './benchmarks/server';
import { median, ratio, round } from './benchmarks/stats';
import { BenchConfig, benchConfig, BenchmarkName } from './config';
import { describeMachine } from './report/machine';
import { BenchResults, judgeGoals, NpmStartResults, RebuildResults } from './report/results';
import { repeat, summarise } from './report/runs';
import { figuresTable, goalsTable } from './report/table';
import { runTask } from './tasks';
import type { CommandState, CommandThroughput } from './benchmarks/command-throughput';
import type { PeerFigures } from './benchmarks/emmett-peer';

/** Schools whose staff are imported before the timed one: issue 23's trust has 100 schools of 80 staff. */
const STAFF_IMPORT_OTHER_SCHOOLS = { full: 99, small: 10, tiny: 2 } as const;

export const LATEST_RESULTS = join(ROOT, 'bench/results/latest.json');

export interface RunOptions {
  log?: (line: string) => void;
  /** Where to write the JSON results; null writes none. */
  resultsFile?: string | null;
}

/** Runs the selected benchmarks, each beside its baseline, and returns (and writes) the results. */
export async function runBenchmarks(config: BenchConfig, options: RunOptions = {}): Promise<BenchResults> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const startedAt = new Date();
  const machine = describeMachine();
  const want = (name: BenchmarkName) => config.only.includes(name);
  const trustDir = join(config.dataDir, 'trust');
  const commandsDir = join(config.dataDir, 'commands');
  mkdirSync(commandsDir, { recursive: true });
  const results: Omit<BenchResults, 'goals' | 'totalSeconds'> = {
    startedAt: startedAt.toISOString(),
    scale: config.scale,
    runs: config.runs,
    machine,
    shape: config.shape,
    commandShape: config.commandShape,
  };
  log(`Benchmarks (${config.scale}, ${config.runs === 1 ? 'once each' : `${config.runs} runs each: median and range`}): ${config.only.join(', ')}; data in ${config.dataDir}`);
  log(`Machine: ${machine.cores} x ${machine.cpu}, ${machine.memoryGb} GB, Node ${machine.node}, load ${machine.loadAtStart.join(' ')}`);

  try {
    if (want('commands')) {
      results.commands = [];
      for (const synchronous of ['FULL', 'NORMAL'] as const) {
        // Warm (states remembered, as a running server) and after a restart (every stream read
        // from the log) alternate, so a change in the machine's load favours neither.
        const runs: Record<CommandState, CommandThroughput[]> = { warm: [], restart: [] };
        for (let run = 1; run <= config.runs; run++) {
          for (const state of ['warm', 'restart'] as const) {
            log(`- command throughput, synchronous=${synchronous}, ${state}${ofRuns(run, config.runs)}`);
            runs[state].push(await runTask('commands', { dir: commandsDir, shape: config.commandShape, synchronous, state }, config.inProcess));
          }
        }
        results.commands.push(summarise(runs.warm), summarise(runs.restart));
      }
    }

    const needTrust = want('rebuild') || want('startup') || want('http') || want('knownAt');
    const generated = needTrust
      ? await (async () => {
          const { schools, policies, years } = config.shape;
          log(`- generating ${schools} schools x ${policies} policies x ${years} years through SqliteEventStore`);
          return runTask('generate', { dataDir: trustDir, shape: config.shape, reuse: config.keepData }, config.inProcess);
        })()
      : undefined;
    if (generated) {
      results.generated = generated;
      log(`  ${generated.events.toLocaleString('en-GB')} events, ${generated.databaseMb} MB, ${generated.reused ? 'reused' : `${generated.seconds} s`}`);
    }

    if (generated && (want('rebuild') || want('startup') || want('http'))) {
      // The HTTP and start-up benchmarks need the read models built once, timed or not.
      const runs = want('rebuild') ? config.runs : 1;
      const rounds = await repeat(runs, async (run) => {
        log(`- raw scan of the log (baseline)${ofRuns(run, runs)}`);
        const rawScan = await runTask('rawScan', { dataDir: trustDir }, config.inProcess);
        log(`- rebuild of every read model${ofRuns(run, runs)}`);
        const rebuild = await runTask('rebuild', { dataDir: trustDir }, config.inProcess);
        const figures: RebuildResults = { rebuild, rawScan, ratio: ratio(rebuild.eventsPerSecond, rawScan.eventsPerSecond) };
        if (want('rebuild') && config.runnerCatchUp) {
          log(`- live runner catching up from empty read models${ofRuns(run, runs)}`);
          const catchUp = await runTask('catchUp', { dataDir: trustDir }, config.inProcess);
          figures.catchUp = { ...catchUp, ratio: ratio(catchUp.eventsPerSecond, rawScan.eventsPerSecond) };
        }
        return figures;
      });
      if (want('rebuild')) results.rebuild = rounds;
    }

    const serverEnv: Record<string, string> = generated ? { CLOCK_TODAY: generated.asOf } : {};
    const startups: number[] = [];
    if (generated && want('http')) {
      results.http = await repeat(config.runs, async (run) => {
        log(`- HTTP under load, ${config.httpSeconds} s per route${ofRuns(run, config.runs)}`);
        const server = await startServer(trustDir, serverEnv);
        startups.push(round(server.startupSeconds, 2));
        try {
          return await benchHttp(server, {
            trustId: generated.trustId,
            schoolId: generated.schoolId,
            schools: config.shape.schools,
            durationSeconds: config.httpSeconds,
            connections: config.connections,
          });
        } finally {
          await server.stop();
        }
      });
    }
    if (generated && want('knownAt')) {
      const interval = config.checkpointInterval;
      results.knownAt = await repeat(config.runs, async (run) => {
        log(`- live runner catching up without knownAt checkpoints (baseline)${ofRuns(run, config.runs)}`);
        const without = results.rebuild?.runs[run - 1]?.catchUp ?? (await runTask('catchUp', { dataDir: trustDir }, config.inProcess));
        log(`- live runner catching up on the trust's read models, a knownAt checkpoint every ${interval.toLocaleString('en-GB')} positions`);
        const withCheckpoints = await runTask('checkpointedCatchUp', { dataDir: trustDir, interval }, config.inProcess);
        log('- knownAt on the compliance dashboard: first answer and a repeat, beside the live answer');
        const server = await startServer(trustDir, { ...serverEnv, READ_MODEL_CHECKPOINT_EVENTS: String(interval) });
        try {
          const figures = await benchKnownAt(server, { trustId: generated.trustId, events: generated.events, interval });
          log("- the clerk's pack live and rebuilt as circulated, and a school's evidence pack");
          const packs = await benchPacks(server, { trustId: generated.trustId, schoolId: generated.schoolId, asOf: generated.asOf });
          return { ...figures, catchUp: { without, with: withCheckpoints }, packs };
        } finally {
          await server.stop();
        }
      });
    }
    if (generated && want('startup')) {
      const timedStart = async (launch?: ServerLaunch) => {
        const server = await startServer(trustDir, serverEnv, launch);
        await server.stop();
        return round(server.startupSeconds, 2);
      };
      // `npm start` is timed only on a built tree: a build inside the figure would time tsc.
      const notBuilt = reasonNotBuilt(ROOT);
      const npmRuns: number[] = [];
      // The two alternate, so a change in the machine's load favours neither. The HTTP
      // benchmark's server start counts as one of the bare server's runs.
      for (let run = 1; run <= config.startupRuns; run++) {
        if (startups.length < config.startupRuns) {
          log(`- start-up ${startups.length + 1} of ${config.startupRuns}`);
          startups.push(await timedStart());
        }
        if (notBuilt === undefined) {
          log(`- npm start on the built tree ${run} of ${config.startupRuns}`);
          npmRuns.push(await timedStart(npmStartLaunch()));
        }
      }
      const medianSeconds = median(startups);
      const npmStart: NpmStartResults =
        notBuilt === undefined
          ? { available: true, runsSeconds: npmRuns, medianSeconds: median(npmRuns), ratio: ratio(median(npmRuns), medianSeconds) }
          : { available: false, reason: `the tree is not built (${notBuilt}): npm run build first` };
      results.startup = { events: generated.events, runsSeconds: startups, medianSeconds, npmStart };
    }

    if (want('uploads')) {
      results.uploads = await repeat(config.runs, async (run) => {
        log(`- GET /api/health while four document bombs upload at once, ${config.httpSeconds} s${ofRuns(run, config.runs)}`);
        const uploadsDir = join(config.dataDir, 'uploads');
        rmSync(uploadsDir, { recursive: true, force: true });
        mkdirSync(uploadsDir, { recursive: true });
        const server = await startServer(uploadsDir);
        try {
          return await benchHostileUploads(server, { durationSeconds: config.httpSeconds, connections: config.connections });
        } finally {
          await server.stop();
        }
      });
    }

    if (want('acknowledgements')) {
      results.acknowledgements = await repeat(config.runs, (run) => {
        log(`- read and acknowledge: GET /acknowledgements for the trust (counts) and one school (names), beside GET /api/health${ofRuns(run, config.runs)}`);
        return benchAcknowledgementProgress(join(config.dataDir, 'acknowledgements'), config.scale);
      });
    }

    if (want('staffImport')) {
      const otherSchools = STAFF_IMPORT_OTHER_SCHOOLS[config.scale];
      results.staffImport = await repeat(config.runs, async (run) => {
        log(`- staff import: a 500-row list into one school of a trust with ${otherSchools} other schools of 80 staff${ofRuns(run, config.runs)}`);
        const staffDir = join(config.dataDir, 'staff-import');
        rmSync(staffDir, { recursive: true, force: true });
        mkdirSync(staffDir, { recursive: true });
        const server = await startServer(staffDir);
        try {
          return await benchStaffImport(server, { rows: 500, otherSchools, staffPerSchool: 80 });
        } finally {
          await server.stop();
        }
      });
    }

    if (want('concurrentCommands')) {
      log(`- 50 clients at once registering policies over HTTP, synchronous=FULL, group commit on and off, ${config.httpSeconds} s each`);
      results.concurrentCommands = await repeat(config.runs, () => benchConcurrentCommands(join(config.dataDir, 'concurrent-commands'), config.httpSeconds));
    }

    if (want('peer')) {
      const source = results.commands ? join(commandsDir, 'commands-full.db') : join(trustDir, 'events.db');
      results.peer = await repeat(config.runs, async (run): Promise<PeerFigures> => {
        log(`- peer: Emmett's SQLite event store, and ours with its connection policy${ofRuns(run, config.runs)}`);
        try {
          return await runTask('peer', { dir: commandsDir, source, count: config.peerEvents, run }, config.inProcess);
        } catch (error) {
          // The peer's own failure must not cost the run its other figures.
          return { available: false, reason: `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
        }
      });
    }
  } finally {
    if (!config.keepData) rmSync(config.dataDir, { recursive: true, force: true });
  }

  const complete: BenchResults = {
    ...results,
    totalSeconds: round((Date.now() - startedAt.getTime()) / 1000, 1),
    goals: judgeGoals(results),
  };
  const resultsFile = options.resultsFile === undefined ? LATEST_RESULTS : options.resultsFile;
  if (resultsFile) writeFileSync(resultsFile, `${JSON.stringify(complete, null, 2)}\n`);
  log('');
  log(figuresTable(complete));
  log('');
  log(goalsTable(complete));
  log('');
  log(`${complete.totalSeconds} s in all${resultsFile ? `; results in ${resultsFile}` : ''}`);
  return complete;
}

/** ` (run 2 of 3)` in the progress log, nothing when each benchmark runs once. */
function ofRuns(run: number, runs: number): string {
  return runs > 1 ? ` (run ${run} of ${runs})` : '';
}

if (require.main === module) {
  runBenchmarks(benchConfig()).catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
