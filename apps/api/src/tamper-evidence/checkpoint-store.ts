import { SignedCheckpoint } from '@governance/event-store';
import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR_FILES } from '../data-dir/data-dir-files';

/**
 * The signed checkpoints, in DATA_DIR/tamper-checkpoints.db: a file of their own rather than
 * events in the log, so they work on both event stores, never move the log's position or reach
 * the projections, and are not rebuilt with the read models.
 */
export const CHECKPOINTS_FILE = DATA_DIR_FILES.tamperCheckpoints;

export class CheckpointStore {
  private readonly statements;
  private readonly appendTransaction;

  private constructor(private readonly db: Database.Database) {
    db.pragma('journal_mode = WAL');
    // A checkpoint lost to a power cut only narrows what is covered: no need to wait for the disk.
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.exec('CREATE TABLE IF NOT EXISTS checkpoints (seq INTEGER PRIMARY KEY, body TEXT NOT NULL, signature TEXT NOT NULL)');
    this.statements = {
      latest: db.prepare('SELECT seq, body, signature FROM checkpoints ORDER BY seq DESC LIMIT 1'),
      all: db.prepare('SELECT seq, body, signature FROM checkpoints ORDER BY seq'),
      insert: db.prepare('INSERT INTO checkpoints (seq, body, signature) VALUES (?, ?, ?)'),
    };
    this.appendTransaction = db.transaction((next: (latest: SignedCheckpoint | undefined) => SignedCheckpoint | undefined) => {
      const checkpoint = next(this.latest());
      if (checkpoint) this.statements.insert.run(checkpoint.seq, checkpoint.body, checkpoint.signature);
      return checkpoint;
    });
  }

  static open(dataDir: string): CheckpointStore {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const file = join(dataDir, CHECKPOINTS_FILE);
    const store = new CheckpointStore(new Database(file));
    chmodSync(file, 0o600);
    return store;
  }

  static openIfExists(dataDir: string): CheckpointStore | undefined {
    return existsSync(join(dataDir, CHECKPOINTS_FILE)) ? CheckpointStore.open(dataDir) : undefined;
  }

  latest(): SignedCheckpoint | undefined {
    return this.statements.latest.get() as SignedCheckpoint | undefined;
  }

  all(): IterableIterator<SignedCheckpoint> {
    return this.statements.all.iterate() as IterableIterator<SignedCheckpoint>;
  }

  /**
   * Appends what `next` makes of the latest checkpoint, under the write lock, so two processes
   * on one DATA_DIR never take the same sequence number.
   */
  append(next: (latest: SignedCheckpoint | undefined) => SignedCheckpoint | undefined): SignedCheckpoint | undefined {
    return this.appendTransaction.immediate(next);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
