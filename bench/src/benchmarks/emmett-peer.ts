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

export type PeerFigures =
  | { available: false; reason: string }
  | {
      available: true;
      version: string;
      events: number;
      streams: number;
      ours: { appendsPerSecond: number; readEventsPerSecond: number };
      /** Emmett's appends that failed with SQLITE_BUSY and were tried again (it opens a connection per call). */
      emmett: { appendsPerSecond: number; readEventsPerSecond: number; busyRetries: number };
      /** Ours over Emmett's. */
      appendRatio: number;
      readRatio: number;
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
 */
export async function benchEmmett(dir: string, source: string, count: number): Promise<PeerFigures> {
  const loaded = loadEmmett();
  if ('reason' in loaded) return { available: false, reason: loaded.reason };
  const from = new Database(source, { readonly: true });
  const workload = from.prepare('SELECT stream_id, type, data, metadata FROM events ORDER BY position LIMIT ?').all(count) as WorkloadEvent[];
  from.close();
  const streams = [...new Set(workload.map((event) => event.stream_id))];

  for (const file of ['ours-peer.db', 'emmett-peer.db']) rmSync(join(dir, file), { force: true });
  const ours = new SqliteEventStore({ file: join(dir, 'ours-peer.db'), synchronous: 'FULL' });
  const emmett = loaded.module.getSQLiteEventStore({ fileName: join(dir, 'emmett-peer.db') });
  try {
    const revisions = new Map<string, number>();
    let started = process.hrtime.bigint();
    let index = 0;
    for (const event of workload) {
      const last = revisions.get(event.stream_id);
      const expectedRevision: ExpectedRevision = last === undefined ? 'no-stream' : last;
      const result = await ours.appendToStream(event.stream_id, [{ id: `peer-${(index += 1)}`, type: event.type, data: JSON.parse(event.data), metadata: JSON.parse(event.metadata) }], { expectedRevision });
      revisions.set(event.stream_id, result.nextExpectedRevision);
    }
    const oursAppend = workload.length / seconds(started);
    started = process.hrtime.bigint();
    let read = 0;
    for (const stream of streams) read += (await ours.readStream(stream)).length;
    const oursRead = read / seconds(started);

    const versions = new Map<string, bigint>();
    let busyRetries = 0;
    started = process.hrtime.bigint();
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
    const emmettAppend = workload.length / seconds(started);
    started = process.hrtime.bigint();
    let emmettRead = 0;
    for (const stream of streams) emmettRead += (await emmett.readStream(stream)).events.length;
    const emmettReadRate = emmettRead / seconds(started);
    if (emmettRead !== read) throw new Error(`Emmett read ${emmettRead} events back, ours ${read}`);

    return {
      available: true,
      version: loaded.version,
      events: workload.length,
      streams: streams.length,
      ours: { appendsPerSecond: round(oursAppend), readEventsPerSecond: round(oursRead) },
      emmett: { appendsPerSecond: round(emmettAppend), readEventsPerSecond: round(emmettReadRate), busyRetries },
      appendRatio: ratio(oursAppend, emmettAppend),
      readRatio: ratio(oursRead, emmettReadRate),
    };
  } finally {
    await ours.close();
  }
}
