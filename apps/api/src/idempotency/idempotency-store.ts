import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR_FILES } from '../data-dir/data-dir-files';

export interface StoredResponse {
  status: number;
  body: unknown;
}

export type Reservation =
  | { kind: 'new' }
  | { kind: 'replay'; response: StoredResponse }
  | { kind: 'in-progress' }
  | { kind: 'different-request' };

/** How long a key is remembered. */
const RETENTION_MS = 24 * 60 * 60 * 1000;

/**
 * Remembers the answer to each Idempotency-Key (per person), with a hash of the request it
 * answered. Kept outside the event log and the read models: it is neither a fact nor derived.
 */
export class IdempotencyStore {
  private readonly db: Database.Database;
  private readonly statements;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, DATA_DIR_FILES.idempotency));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`CREATE TABLE IF NOT EXISTS idempotency_keys (
      scope        TEXT NOT NULL,
      key          TEXT NOT NULL,
      request_hash TEXT NOT NULL,
      state        TEXT NOT NULL,
      status       INTEGER,
      body         TEXT,
      created_at   INTEGER NOT NULL,
      PRIMARY KEY (scope, key)
    )`);
    this.statements = {
      get: this.db.prepare('SELECT request_hash, state, status, body FROM idempotency_keys WHERE scope = ? AND key = ?'),
      reserve: this.db.prepare(
        `INSERT INTO idempotency_keys (scope, key, request_hash, state, created_at) VALUES (?, ?, ?, 'pending', ?)
         ON CONFLICT (scope, key) DO NOTHING`,
      ),
      complete: this.db.prepare(
        "UPDATE idempotency_keys SET state = 'done', status = ?, body = ? WHERE scope = ? AND key = ?",
      ),
      release: this.db.prepare("DELETE FROM idempotency_keys WHERE scope = ? AND key = ? AND state = 'pending'"),
      purge: this.db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?'),
    };
  }

  /** Claims the key for this request, or says how an earlier request with the key ended. */
  reserve(scope: string, key: string, requestHash: string): Reservation {
    return this.db.transaction((): Reservation => {
      const now = Date.now();
      this.statements.purge.run(now - RETENTION_MS);
      if (this.statements.reserve.run(scope, key, requestHash, now).changes === 1) return { kind: 'new' };
      const row = this.statements.get.get(scope, key) as
        | { request_hash: string; state: string; status: number | null; body: string | null }
        | undefined;
      if (!row) return { kind: 'new' };
      if (row.request_hash !== requestHash) return { kind: 'different-request' };
      if (row.state !== 'done') return { kind: 'in-progress' };
      return { kind: 'replay', response: { status: row.status ?? 200, body: row.body === null ? null : JSON.parse(row.body) } };
    }).immediate();
  }

  complete(scope: string, key: string, response: StoredResponse): void {
    this.statements.complete.run(response.status, JSON.stringify(response.body ?? null), scope, key);
  }

  /** Forgets a reservation whose request failed in a way worth retrying (a conflict, a crash). */
  release(scope: string, key: string): void {
    this.statements.release.run(scope, key);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
