import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR_FILES } from '../data-dir/data-dir-files';
import { HEARTBEAT_MS, ownerIsGone, OwnerRecord, ProcessOwner, thisProcess } from './process-owner';

export interface StoredResponse {
  status: number;
  body: unknown;
}

export type Reservation =
  /** Run the request; `rerun` when an earlier run of it may have appended before it died. */
  | { kind: 'new'; seed: string; rerun: boolean }
  | { kind: 'replay'; response: StoredResponse }
  | { kind: 'in-progress' }
  | { kind: 'different-request' };

/** How long a key is remembered. */
const RETENTION_MS = 24 * 60 * 60 * 1000;

interface KeyRow {
  request_hash: string;
  state: string;
  status: number | null;
  body: string | null;
  owner: string | null;
  seed: string | null;
}

export interface IdempotencyStoreOptions {
  /** Tests stand in for other processes with these. */
  owner?: ProcessOwner;
  now?: () => number;
}

/**
 * Remembers the answer to each Idempotency-Key (per person), with a hash of the request it
 * answered. Kept outside the event log and the read models: it is neither a fact nor derived.
 * A pending key belongs to the process running its request; when that process is gone (killed,
 * crashed), the next retry takes the key over and runs the request again.
 */
export class IdempotencyStore {
  private readonly db: Database.Database;
  private readonly statements;
  private readonly owner: ProcessOwner;
  private readonly now: () => number;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(dataDir: string, options: IdempotencyStoreOptions = {}) {
    this.owner = options.owner ?? thisProcess();
    this.now = options.now ?? Date.now;
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, DATA_DIR_FILES.idempotency));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    createTables(this.db);
    this.statements = {
      get: this.db.prepare(
        'SELECT request_hash, state, status, body, owner, seed FROM idempotency_keys WHERE scope = ? AND key = ?',
      ),
      reserve: this.db.prepare(
        `INSERT INTO idempotency_keys (scope, key, request_hash, state, created_at, owner, seed) VALUES (?, ?, ?, 'pending', ?, ?, ?)
         ON CONFLICT (scope, key) DO NOTHING`,
      ),
      takeOver: this.db.prepare(
        'UPDATE idempotency_keys SET owner = ?, seed = ? WHERE scope = ? AND key = ?',
      ),
      complete: this.db.prepare(
        "UPDATE idempotency_keys SET state = 'done', status = ?, body = ?, owner = NULL WHERE scope = ? AND key = ?",
      ),
      release: this.db.prepare(
        "UPDATE idempotency_keys SET owner = NULL WHERE scope = ? AND key = ? AND state = 'pending'",
      ),
      releaseAllMine: this.db.prepare(
        "UPDATE idempotency_keys SET owner = NULL WHERE owner = ? AND state = 'pending'",
      ),
      purge: this.db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?'),
      ownerOf: this.db.prepare(
        'SELECT host, pid, heartbeat_at AS heartbeatAt FROM owners WHERE owner_id = ?',
      ),
      beat: this.db.prepare(
        `INSERT INTO owners (owner_id, host, pid, heartbeat_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (owner_id) DO UPDATE SET heartbeat_at = excluded.heartbeat_at`,
      ),
      forgetOwner: this.db.prepare('DELETE FROM owners WHERE owner_id = ?'),
      purgeOwners: this.db.prepare('DELETE FROM owners WHERE heartbeat_at < ?'),
    };
    this.beat();
    this.heartbeat = setInterval(() => this.beat(), HEARTBEAT_MS).unref();
  }

  /** Claims the key for this request, or says how an earlier request with the key ended. */
  reserve(scope: string, key: string, requestHash: string): Reservation {
    return this.db
      .transaction((): Reservation => {
        const now = this.now();
        this.statements.purge.run(now - RETENTION_MS);
        const seed = randomBytes(16).toString('hex');
        if (
          this.statements.reserve.run(scope, key, requestHash, now, this.owner.id, seed).changes ===
          1
        ) {
          return { kind: 'new', seed, rerun: false };
        }
        const row = this.statements.get.get(scope, key) as KeyRow | undefined;
        if (!row) return { kind: 'new', seed, rerun: false };
        if (row.request_hash !== requestHash) return { kind: 'different-request' };
        if (row.state === 'done') {
          return {
            kind: 'replay',
            response: {
              status: row.status ?? 200,
              body: row.body === null ? null : JSON.parse(row.body),
            },
          };
        }
        if (row.owner !== null && !this.isGone(row.owner)) return { kind: 'in-progress' };
        // Its process died (or gave the key back): run the request again under the same seed,
        // so it makes the same ids and finds whatever the earlier run appended.
        this.statements.takeOver.run(this.owner.id, row.seed ?? seed, scope, key);
        return { kind: 'new', seed: row.seed ?? seed, rerun: row.seed !== null };
      })
      .immediate();
  }

  complete(scope: string, key: string, response: StoredResponse): void {
    this.statements.complete.run(
      response.status,
      JSON.stringify(response.body ?? null),
      scope,
      key,
    );
  }

  /** Gives a reservation back after a failure worth retrying (a conflict): the retry runs it again. */
  release(scope: string, key: string): void {
    this.statements.release.run(scope, key);
  }

  close(): void {
    clearInterval(this.heartbeat);
    if (!this.db.open) return;
    this.statements.releaseAllMine.run(this.owner.id);
    this.statements.forgetOwner.run(this.owner.id);
    this.db.close();
  }

  private isGone(ownerId: string): boolean {
    if (ownerId === this.owner.id) return false;
    const record = this.statements.ownerOf.get(ownerId) as OwnerRecord | undefined;
    return ownerIsGone(record, this.owner, this.now());
  }

  private beat(): void {
    if (!this.db.open) return;
    const now = this.now();
    this.statements.beat.run(this.owner.id, this.owner.host, this.owner.pid, now);
    this.statements.purgeOwners.run(now - RETENTION_MS);
  }
}

function createTables(db: Database.Database): void {
  // One transaction: two processes starting on one DATA_DIR must not both add the columns.
  db.transaction(() => addTables(db)).immediate();
}

function addTables(db: Database.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS idempotency_keys (
    scope        TEXT NOT NULL,
    key          TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    state        TEXT NOT NULL,
    status       INTEGER,
    body         TEXT,
    created_at   INTEGER NOT NULL,
    PRIMARY KEY (scope, key)
  );
  CREATE TABLE IF NOT EXISTS owners (
    owner_id     TEXT PRIMARY KEY,
    host         TEXT NOT NULL,
    pid          INTEGER NOT NULL,
    heartbeat_at INTEGER NOT NULL
  )`);
  // Stores made before owners and seeds: their pending keys have no owner and are taken over.
  const columns = new Set(
    (db.pragma('table_info(idempotency_keys)') as { name: string }[]).map((c) => c.name),
  );
  if (!columns.has('owner')) db.exec('ALTER TABLE idempotency_keys ADD COLUMN owner TEXT');
  if (!columns.has('seed')) db.exec('ALTER TABLE idempotency_keys ADD COLUMN seed TEXT');
}
