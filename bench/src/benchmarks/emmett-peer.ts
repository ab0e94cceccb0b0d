import Database from 'better-sqlite3';
import { ExpectedRevision, SqliteEventStore } from '@governance/event-store';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { ROOT } from './server';
import { ratio, round, seconds } from './stats';

/** The part of Emmett's SQLite event store the benchmark uses (its own types stay in bench/peer). */
interface EmmettEventStore {
  appendToStream(
    streamName: string,
    events: { type: string; data: Record<string, unknown>; metadata?: Record<string, unknown> }[],
    options?: { expectedStreamVersion?: bigint },
  ): Promise<{ nextExpectedStreamVersion: bigint }>;
  readStream(streamName: string): Promise<{ events: unknown[] }>;
}
interface EmmettSqlite {
  getSQLiteEventStore(options: { fileName: string }): EmmettEventStore;
}

export const PEER_DIR = resolve(ROOT, 'bench/peer');

interface StoreFigures {
  appendsPerSecond: number;
  readEventsPerSecond: number;
}

export type PeerFigures =
  | { available: false; reason: string }
  | {
      available: true;
      version: string;
      events: number;
      streams: number;
      /** Ours opening a connection for each append and each read, as Emmett 0.38.5 does: store against store. */
      oursPerCall: StoreFigures;
      /** Ours as the server runs it: one connection for the process's life. */
      ours: StoreFigures;
      /** Emmett's appends that failed with SQLITE_BUSY and were tried again (it opens a connection per call). */
      emmett: StoreFigures & { busyRetries: number };
      /** Ours over Emmett's with the same connection policy (a connection per call). */
      appendRatio: number;
      readRatio: number;
      /** Ours with its long-lived connection over Emmett's per-call: mostly the cost of opening connections. */
      longLivedAppendRatio: number;
      longLivedReadRatio: number;
    };

/** Loads Emmett's SQLite store from bench/peer (npm run bench:peer), or says why it cannot. */
export function loadEmmett(): { module: EmmettSqlite; version: string } | { reason: string } {
  const manifest = join(PEER_DIR, 'node_modules/@event-driven-io/emmett-sqlite/package.json');
  if (!existsSync(manifest)) return { reason: 'not installed: run `npm run bench:peer` (it compiles node-sqlite3, about 2 minutes)' };
  try {
    const require = createRequire(join(PEER_DIR, 'package.json'));
    const version = (require(manifest) as { version: string }).version;
    return { module: require('@event-driven-io/emmett-sqlite') as EmmettSqlite, version };
  } catch (error) {
    return { reason: `does not load on Node ${process.version}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

interface WorkloadEvent {
  stream_id: string;
  type: string;
  data: string;
  metadata: string;
}

/**
 * The same append and read workload on both stores, both with SQLite's default FULL
 * synchronous in WAL mode: the first `count` events of a command run, appended one event per
 * append in their original order with the expected version, then every stream read back whole.
 * Ours runs twice: with Emmett's connection policy (a connection per call), the like-for-like
 * ratio, and with its own long-lived connection, labelled. The three take turns going first
 * from run to run (`run`), so a change in the machine's load within a run favours none.
 */
export async function benchEmmett(dir: string, source: string, count: number, run = 1): Promise<PeerFigures> {
  const loaded = loadEmmett();
  if ('reason' in loaded) return { available: false, reason: loaded.reason };
  const from = new Database(source, { readonly: true });
  const workload = from.prepare('SELECT stream_id, type, data, metadata FROM events ORDER BY position LIMIT ?').all(count) as WorkloadEvent[];
  from.close();
  const streams = [...new Set(workload.map((event) => event.stream_id))];
  for (const file of ['ours-peer.db', 'ours-per-call-peer.db', 'emmett-peer.db']) {
    for (const end of ['', '-wal', '-shm']) rmSync(join(dir, `${file}${end}`), { force: true });
  }

  const measure = {
    longLived: async () => {
      const store = new SqliteEventStore({ file: join(dir, 'ours-peer.db'), synchronous: 'FULL' });
      try {
        return await runOurs(workload, streams, () => store, () => undefined);
      } finally {
        await store.close();
      }
    },
    // The same policy as Emmett's: a connection opened for each call and closed after it.
    perCall: () => {
      const file = join(dir, 'ours-per-call-peer.db');
      return runOurs(workload, streams, () => new SqliteEventStore({ file, synchronous: 'FULL' }), (store) => store.close());
    },
    emmett: () => runEmmett(workload, streams, loaded.module.getSQLiteEventStore({ fileName: join(dir, 'emmett-peer.db') })),
  };
  const order = (['perCall', 'emmett', 'longLived'] as const).map((_, i, all) => all[(i + run - 1) % all.length]);
  const figures: Partial<Record<(typeof order)[number], MeasuredStore>> = {};
  for (const name of order) figures[name] = await measure[name]();
  const { longLived: ours, perCall: oursPerCall, emmett } = figures as Required<typeof figures>;
  if (emmett.read !== ours.read) throw new Error(`Emmett read ${emmett.read} events back, ours ${ours.read}`);
  if (oursPerCall.read !== ours.read) throw new Error(`Ours per call read ${oursPerCall.read} events back, long-lived ${ours.read}`);
  const rates = (store: MeasuredStore): StoreFigures => ({ appendsPerSecond: round(store.appendsPerSecond), readEventsPerSecond: round(store.readEventsPerSecond) });
  return {
    available: true,
    version: loaded.version,
    events: workload.length,
    streams: streams.length,
    oursPerCall: rates(oursPerCall),
    ours: rates(ours),
    emmett: { ...rates(emmett), busyRetries: emmett.busyRetries },
    appendRatio: ratio(oursPerCall.appendsPerSecond, emmett.appendsPerSecond),
    readRatio: ratio(oursPerCall.readEventsPerSecond, emmett.readEventsPerSecond),
    longLivedAppendRatio: ratio(ours.appendsPerSecond, emmett.appendsPerSecond),
    longLivedReadRatio: ratio(ours.readEventsPerSecond, emmett.readEventsPerSecond),
  };
}

/** `busyRetries`: appends failed with SQLITE_BUSY and tried again (ours takes the write lock up front: none). */
type MeasuredStore = StoreFigures & { read: number; busyRetries: number };

/** The workload on Emmett's store, which opens a connection per call itself. */
async function runEmmett(workload: readonly WorkloadEvent[], streams: readonly string[], emmett: EmmettEventStore): Promise<MeasuredStore> {
  const versions = new Map<string, bigint>();
  let busyRetries = 0;
  let started = process.hrtime.bigint();
  for (const event of workload) {
    const append = () => emmett.appendToStream(event.stream_id, [{ type: event.type, data: JSON.parse(event.data), metadata: JSON.parse(event.metadata) }], { expectedStreamVersion: versions.get(event.stream_id) ?? 0n });
    for (let attempt = 1; ; attempt += 1) {
      try {
        const result = await append();
        versions.set(event.stream_id, result.nextExpectedStreamVersion);
        break;
      } catch (error) {
        // Seen once in a few thousand appends: "SQLITE_BUSY: cannot commit transaction - SQL statements in progress".
        if (!String(error).includes('SQLITE_BUSY') || attempt >= 5) throw error;
        busyRetries += 1;
      }
    }
  }
  const appendsPerSecond = workload.length / seconds(started);
  started = process.hrtime.bigint();
  let read = 0;
  for (const stream of streams) read += (await emmett.readStream(stream)).events.length;
  return { appendsPerSecond, readEventsPerSecond: read / seconds(started), read, busyRetries };
}

/** The workload on our store: `open` before each call and `done` after it (a connection per call, or one for all). */
async function runOurs(
  workload: readonly WorkloadEvent[],
  streams: readonly string[],
  open: () => SqliteEventStore,
  done: (store: SqliteEventStore) => Promise<void> | undefined,
): Promise<MeasuredStore> {
  const revisions = new Map<string, number>();
  let started = process.hrtime.bigint();
  let index = 0;
  for (const event of workload) {
    const last = revisions.get(event.stream_id);
    const expectedRevision: ExpectedRevision = last === undefined ? 'no-stream' : last;
    const store = open();
    const result = await store.appendToStream(event.stream_id, [{ id: `peer-${(index += 1)}`, type: event.type, data: JSON.parse(event.data), metadata: JSON.parse(event.metadata) }], { expectedRevision });
    await done(store);
    revisions.set(event.stream_id, result.nextExpectedRevision);
  }
  const appendsPerSecond = workload.length / seconds(started);
  started = process.hrtime.bigint();
  let read = 0;
  for (const stream of streams) {
    const store = open();
    read += (await store.readStream(stream)).length;
    await done(store);
  }
  return { appendsPerSecond, readEventsPerSecond: read / seconds(started), read, busyRetries: 0 };
}
