import { fork } from 'node:child_process';
import { join } from 'node:path';
import { benchCheckpointedCatchUp } from './benchmarks/checkpoints';
import { benchCommandThroughput, CommandState } from './benchmarks/command-throughput';
import { benchEmmett } from './benchmarks/emmett-peer';
import { generateTrust } from './benchmarks/generate';
import { benchRawScan, benchRebuild, benchRunnerCatchUp } from './benchmarks/rebuild';
import { ROOT } from './benchmarks/server';
import type { SqliteSynchronous } from '@governance/event-store';
import type { TrustShape } from './generator/trust-scenario';

/**
 * The benchmarks that run in a process of their own, so one's memory, garbage and JIT state
 * do not colour the next one's figures, and a peak RSS belongs to one task alone.
 */
export const TASKS = {
  generate: (a: { dataDir: string; shape: TrustShape; reuse: boolean }) => generateTrust(a.dataDir, a.shape, a.reuse),
  commands: (a: { dir: string; shape: TrustShape; synchronous: SqliteSynchronous; state: CommandState }) => benchCommandThroughput(a.dir, a.shape, a.synchronous, a.state),
  rebuild: (a: { dataDir: string }) => benchRebuild(a.dataDir),
  catchUp: (a: { dataDir: string }) => benchRunnerCatchUp(a.dataDir),
  checkpointedCatchUp: (a: { dataDir: string; interval: number }) => benchCheckpointedCatchUp(a.dataDir, a.interval),
  rawScan: (a: { dataDir: string }) => Promise.resolve(benchRawScan(a.dataDir)),
  peer: (a: { dir: string; source: string; count: number; run: number }) => benchEmmett(a.dir, a.source, a.count, a.run),
};
export type TaskName = keyof typeof TASKS;
type TaskArgs<K extends TaskName> = Parameters<(typeof TASKS)[K]>[0];
type TaskResult<K extends TaskName> = Awaited<ReturnType<(typeof TASKS)[K]>>;

const compiled = !__filename.endsWith('.ts');

/** Runs a task in a child process (or here, for the smoke test) and returns its result. */
export function runTask<K extends TaskName>(name: K, args: TaskArgs<K>, inProcess = false): Promise<TaskResult<K>> {
  if (inProcess) return (TASKS[name] as (a: TaskArgs<K>) => Promise<TaskResult<K>>)(args);
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, compiled ? 'child.js' : 'child.ts'), [name, JSON.stringify(args)], {
      execArgv: compiled ? [] : ['-r', join(ROOT, 'test/support/register-ts.js')],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let answered = false;
    child.on('message', (message: { ok: boolean; result?: TaskResult<K>; error?: string }) => {
      answered = true;
      if (message.ok) resolve(message.result as TaskResult<K>);
      else reject(new Error(`Benchmark task ${name} failed: ${message.error}`));
    });
    child.on('exit', (code) => {
      if (!answered) reject(new Error(`Benchmark task ${name} exited with code ${code} before answering`));
    });
  });
}
