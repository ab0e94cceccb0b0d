import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import type { SqliteSynchronous } from '@governance/event-store';
import { seconds } from './stats';

interface StoredRow {
  event_id: string;
  stream_id: string;
  revision: number;
  type: string;
  data: string;
  metadata: string;
  recorded_at: string;
}

export interface RawAppendOptions {
  synchronous: SqliteSynchronous;
  /** Events each transaction appends, in log order (a command's events); absent: one a transaction. */
  eventsPerCommand?: readonly number[];
  /** Only the rows of this event type (the commands a benchmark sent), in log order. */
  type?: string;
}

/**
 * The baseline of the command benchmarks: raw better-sqlite3 re-inserting a run's very rows into
 * an identical empty table, one transaction per command, with the same journal mode and `synchronous`.
 */
export function rawAppend(source: string, target: string, options: RawAppendOptions): { transactions: number; perSecond: number } {
  const from = new Database(source, { readonly: true });
  const rows = from
    .prepare(`SELECT event_id, stream_id, revision, type, data, metadata, recorded_at FROM events${options.type ? ' WHERE type = ?' : ''} ORDER BY position`)
    .all(...(options.type ? [options.type] : [])) as StoredRow[];
  const schema = (from.prepare("SELECT sql FROM sqlite_master WHERE name = 'events'").get() as { sql: string }).sql;
  from.close();

  for (const suffix of ['', '-wal', '-shm']) rmSync(target + suffix, { force: true });
  const db = new Database(target);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous}`);
  db.exec(schema);
  const insert = db.prepare('INSERT INTO events (event_id, stream_id, revision, type, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const append = db.transaction((batch: StoredRow[]) => {
    for (const row of batch) insert.run(row.event_id, row.stream_id, row.revision, row.type, row.data, row.metadata, row.recorded_at);
  });
  const eventsPerCommand = options.eventsPerCommand ?? rows.map(() => 1);
  let next = 0;
  let transactions = 0;
  const started = process.hrtime.bigint();
  for (const count of eventsPerCommand) {
    if (count === 0) continue;
    append.immediate(rows.slice(next, next + count));
    next += count;
    transactions += 1;
  }
  const elapsed = seconds(started);
  db.close();
  return { transactions, perSecond: transactions / elapsed };
}
