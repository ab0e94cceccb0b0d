/**
 * A child process that feeds every projection from DATA_DIR's logs until it is killed.
 * The crash test SIGKILLs it part-way through a catch-up.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { SqliteEventStore } from '@governance/event-store';
import { ALL_PROJECTIONS, ProjectionRunner } from '@governance/projections';

const dataDir = process.env.DATA_DIR as string;
const store = new SqliteEventStore({ file: join(dataDir, 'events.db'), synchronous: 'NORMAL' });
const db = new Database(join(dataDir, 'read-models.db'));
db.pragma('journal_mode = WAL');
const runner = new ProjectionRunner(store, db, ALL_PROJECTIONS, { batchSize: Number(process.env.BATCH_SIZE ?? '200') });
runner.start();
const report = setInterval(() => process.stdout.write(`${runner.position()}\n`), 5);
process.on('SIGTERM', () => {
  clearInterval(report);
  void runner.stop().then(() => process.exit(0));
});
