import type Database from 'better-sqlite3';

export type ProjectionStatus = 'running' | 'failed';

export interface ProjectionState {
  name: string;
  version: number;
  position: bigint;
  status: ProjectionStatus;
  error: string | null;
}

/** The checkpoint table: written in the same transaction as the read model it describes. */
export class ProjectionStateTable {
  private readonly statements;

  constructor(db: Database.Database) {
    db.exec(`CREATE TABLE IF NOT EXISTS projection_state (
      name       TEXT PRIMARY KEY,
      version    INTEGER NOT NULL,
      position   INTEGER NOT NULL,
      status     TEXT NOT NULL,
      error      TEXT,
      updated_at TEXT NOT NULL
    )`);
    this.statements = {
      get: db.prepare('SELECT name, version, position, status, error FROM projection_state WHERE name = ?').safeIntegers(true),
      save: db.prepare(
        `INSERT INTO projection_state (name, version, position, status, error, updated_at)
         VALUES (@name, @version, @position, @status, @error, @updatedAt)
         ON CONFLICT (name) DO UPDATE SET version = excluded.version, position = excluded.position,
           status = excluded.status, error = excluded.error, updated_at = excluded.updated_at`,
      ),
    };
  }

  get(name: string): ProjectionState | undefined {
    const row = this.statements.get.get(name) as
      | { name: string; version: bigint; position: bigint; status: ProjectionStatus; error: string | null }
      | undefined;
    return row && { ...row, version: Number(row.version) };
  }

  save(state: ProjectionState): void {
    this.statements.save.run({ ...state, updatedAt: new Date().toISOString() });
  }
}
