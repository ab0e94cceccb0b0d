import type Database from 'better-sqlite3';
import type { AppendOptions, AppendResult, NewEvent } from './event-store';

export interface QueuedAppend {
  streamId: string;
  events: NewEvent[];
  options: AppendOptions;
}

interface Member extends QueuedAppend {
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; result: AppendResult } | { ok: false; error: unknown };

/**
 * Group commit for a synchronous SQLite connection: the appends asked for in one event-loop turn
 * (HTTP requests parsed together, or arriving while the last batch's fsync held the thread) are
 * written on the next turn in one IMMEDIATE transaction, so they share one commit and one fsync.
 * Each runs in a savepoint of its own (`appendOne` is a nested better-sqlite3 transaction), so a
 * refusal rolls back only its own events, and each sees the members before it (a second append
 * to a stream in the batch checks its expected revision against the first's). Every promise
 * settles only after the shared COMMIT returned: an answer still means "on disk". A failing
 * BEGIN or COMMIT rejects every member.
 */
export class GroupCommit {
  private queue: Member[] = [];
  private scheduled = false;

  constructor(
    private readonly db: Database.Database,
    private readonly appendOne: (append: QueuedAppend) => AppendResult,
    private readonly committed: () => void,
  ) {}

  append(append: QueuedAppend): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ ...append, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Writes every queued append now in one transaction and settles their promises. */
  flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    const outcomes: Outcome[] = [];
    try {
      // IMMEDIATE takes the write lock up front, so two processes never deadlock upgrading a read.
      this.db.transaction(() => {
        for (const member of batch) {
          try {
            outcomes.push({ ok: true, result: this.appendOne(member) });
          } catch (error) {
            // Some errors (a full disk, an I/O error) end the whole transaction: nothing after may run.
            if (!this.db.inTransaction) throw error;
            outcomes.push({ ok: false, error });
          }
        }
      }).immediate();
    } catch (error) {
      batch.forEach((member, index) => {
        const outcome = outcomes[index];
        member.reject(outcome !== undefined && !outcome.ok ? outcome.error : error);
      });
      return;
    }
    if (outcomes.some((outcome) => outcome.ok)) this.committed();
    batch.forEach((member, index) => {
      const outcome = outcomes[index];
      if (outcome.ok) member.resolve(outcome.result);
      else member.reject(outcome.error);
    });
  }
}
