import type { DomainEvent } from '@governance/domain';
import { AppendResult, ExpectedRevision, GENESIS_HASH, NewEvent, SqliteEventStore } from '@governance/event-store';
import { dateOf, instantOf } from './days';
import { envelopes } from './envelope';
import { Random } from './random';
import { Step } from './step';

export interface WriteSummary {
  commands: number;
  events: number;
  seconds: number;
  byType: Record<string, number>;
}

export interface DirectWriteOptions {
  /** Events per outer transaction. */
  batchSize?: number;
  seed?: number;
  onProgress?: (events: number) => void;
}

interface StreamEntry {
  state: unknown;
  revision: number;
  hash: string;
}

interface PendingAppend {
  streamId: string;
  events: NewEvent[];
  expectedRevision: ExpectedRevision;
}

/**
 * Writes a history straight through SqliteEventStore.appendToStream, with each command decided
 * by its real decider against state kept in memory (no stream is read back), and many appends
 * wrapped in one outer transaction (each append becomes a savepoint), so a million events take
 * seconds rather than a million fsyncs.
 */
export async function writeDirect(store: SqliteEventStore, steps: Iterable<Step>, options: DirectWriteOptions = {}): Promise<WriteSummary> {
  const started = process.hrtime.bigint();
  const batchSize = options.batchSize ?? 5000;
  const random = new Random(options.seed ?? 7);
  const streams = new Map<string, StreamEntry>();
  const byType: Record<string, number> = {};
  let pending: PendingAppend[] = [];
  let pendingEvents = 0;
  let commands = 0;
  let events = 0;

  const flush = async () => {
    const results: Promise<AppendResult>[] = [];
    store.database.transaction(() => {
      for (const append of pending) results.push(store.appendToStream(append.streamId, append.events, { expectedRevision: append.expectedRevision }));
    })();
    // An append that failed was rolled back to its savepoint; the generator must be fixed then.
    await Promise.all(results);
    pending = [];
    pendingEvents = 0;
    options.onProgress?.(events);
  };

  for (const step of steps) {
    commands += 1;
    const entry = streams.get(step.streamId) ?? { state: step.decider.initialState(), revision: -1, hash: GENESIS_HASH };
    const now = instantOf(step.day, step.seq);
    let decided: DomainEvent[];
    try {
      decided = step.decider.decide(step.command, entry.state, { now, today: dateOf(step.day), actorId: step.origin.actorId });
    } catch (error) {
      throw new Error(`The generator planned a command its decider refused on ${dateOf(step.day)} in ${step.streamId}: ${describe(error)}\n${JSON.stringify(step.command).slice(0, 500)}`);
    }
    if (decided.length === 0) continue;
    const wrapped = envelopes(decided, {
      streamId: step.streamId,
      revision: entry.revision,
      previousHash: entry.hash,
      origin: step.origin,
      correlationId: random.uuid(),
      occurredAt: now.toISOString(),
      eventId: () => random.uuid(),
    });
    pending.push({ streamId: step.streamId, events: wrapped.events, expectedRevision: entry.revision === -1 ? 'no-stream' : entry.revision });
    entry.state = decided.reduce((state, event) => step.decider.evolve(state, event), entry.state);
    entry.revision += decided.length;
    entry.hash = wrapped.lastHash;
    streams.set(step.streamId, entry);
    for (const event of decided) byType[event.type] = (byType[event.type] ?? 0) + 1;
    events += decided.length;
    pendingEvents += decided.length;
    if (pendingEvents >= batchSize) await flush();
  }
  if (pending.length > 0) await flush();
  return { commands, events, seconds: Number(process.hrtime.bigint() - started) / 1e9, byType };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
