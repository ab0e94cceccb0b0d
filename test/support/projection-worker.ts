/**
 * A child process that feeds every projection from DATA_DIR's logs until it is killed.
 * The crash test SIGKILLs it part-way through a catch-up. FAR_BEHIND_EVENTS (default 0: never)
 * and BULK_TRANSACTION_MS choose the runner's bulk path.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { SqliteEventStore } from '@governance/event-store';
import { ALL_PROJECTIONS, ProjectionRunner } from '@governance/projections';

const dataDir = process.env.DATA_DIR as string;
const store = new SqliteEventStore({ file: join(dataDir, 'events.db'), synchronous: 'NORMAL' });
const db = new Database(join(dataDir, 'read-models.db'));
db.pragma('journal_mode = WAL');
const runner = new ProjectionRunner(store, db, ALL_PROJECTIONS, {
  batchSize: Number(process.env.BATCH_SIZE ?? '200'),
  farBehindEvents: Number(process.env.FAR_BEHIND_EVENTS ?? '0'),
  bulkTransactionMs: Number(process.env.BULK_TRANSACTION_MS ?? '1000'),
});
runner.start();
const deferred = db.prepare('SELECT COUNT(*) FROM projection_deferred_indexes').pluck();
// Its position, and how many projections still wait for the indexes a bulk catch-up deferred.
const report = setInterval(() => process.stdout.write(`${runner.position()} ${String(deferred.get())}\n`), 5);
process.on('SIGTERM', () => {
  clearInterval(report);
  void runner.stop().then(() => process.exit(0));
});
