import { SqliteEventStore, SqliteSynchronous } from '@governance/event-store';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { executeSteps } from '../generator/command-path';
import { TrustScenario, TrustShape } from '../generator/trust-scenario';
import { rawAppend } from './raw-append';
import { percentile, ratio, round } from './stats';

export interface CommandThroughput {
  synchronous: SqliteSynchronous;
  /**
   * 'warm': one process that remembers each stream's folded state between commands, as a
   * running server does. 'restart': a fresh process where every command reads its stream from
   * the log and folds it, as the first command on each stream after a restart does.
   */
  state: CommandState;
  commands: number;
  events: number;
  commandsPerSecond: number;
  eventsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** The same rows appended raw: one better-sqlite3 transaction per command, nothing else. */
  raw: { transactions: number; transactionsPerSecond: number };
  /** commandsPerSecond over the raw transactions per second. */
  ratio: number;
}

export type CommandState = 'warm' | 'restart';

/**
 * Command throughput through CommandExecutor (load the stream, fold, decide, hash, append) on a
 * fresh SqliteEventStore, against raw better-sqlite3 inserting the very same rows into a table of
 * the same schema, one transaction per command, with the same journal and synchronous settings.
 */
export async function benchCommandThroughput(dir: string, shape: TrustShape, synchronous: SqliteSynchronous, state: CommandState = 'warm'): Promise<CommandThroughput> {
  const steps = [...new TrustScenario(shape).steps()];
  // Always from empty stores: a kept data directory holds the previous run's. The warm run's
  // log keeps its name: the peer benchmark reads its workload from it.
  const suffix = state === 'warm' ? synchronous.toLowerCase() : `${synchronous.toLowerCase()}-restart`;
  for (const name of ['commands', 'raw']) {
    for (const end of ['', '-wal', '-shm']) rmSync(join(dir, `${name}-${suffix}.db${end}`), { force: true });
  }
  const store = new SqliteEventStore({ file: join(dir, `commands-${suffix}.db`), synchronous });
  let run;
  try {
    run = await executeSteps(store, steps, { remember: state === 'warm' });
  } finally {
    await store.close();
  }
  const raw = rawAppend(join(dir, `commands-${suffix}.db`), join(dir, `raw-${suffix}.db`), { synchronous, eventsPerCommand: run.eventsPerCommand });
  const commandsPerSecond = run.commands / run.seconds;
  return {
    synchronous,
    state,
    commands: run.commands,
    events: run.events,
    commandsPerSecond: round(commandsPerSecond),
    eventsPerSecond: round(run.events / run.seconds),
    p50Ms: round(percentile(run.latencies, 50), 3),
    p99Ms: round(percentile(run.latencies, 99), 3),
    raw: { transactions: raw.transactions, transactionsPerSecond: round(raw.perSecond) },
    ratio: ratio(commandsPerSecond, raw.perSecond),
  };
}
