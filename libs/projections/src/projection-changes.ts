import type Database from 'better-sqlite3';

/**
 * Where each projection last changed a row of its read model, beside the checkpoint it was
 * recorded at. The runner saves every projection's checkpoint for every batch, even a batch
 * that wrote nothing to it (a sign-in, a new person), so the checkpoint alone cannot tell
 * whether an answer computed earlier still holds; this can.
 *
 * Fail-safe by construction: a row counts only while its `position` equals the projection's
 * checkpoint in `projection_state`. Any path that moved the checkpoint without recording here
 * (a rebuild, a version change, an older server) leaves the two apart, and readers then take
 * the checkpoint itself as the last change, as if every event had changed a row.
 */
export class ProjectionChangesTable {
  private readonly statements;

  constructor(db: Database.Database) {
    createProjectionChanges(db);
    this.statements = {
      // Unchanged rows keep the earlier change only when it was recorded at the checkpoint this
      // batch started from; otherwise the batch's end counts as the change.
      record: db.prepare(
        `INSERT INTO projection_changes (name, changed_at, position) VALUES (@name, @position, @position)
         ON CONFLICT (name) DO UPDATE SET
           changed_at = CASE WHEN @changed = 0 AND projection_changes.position = @from THEN projection_changes.changed_at ELSE @position END,
           position = @position`,
      ),
      forget: db.prepare('DELETE FROM projection_changes WHERE name = ?'),
    };
  }

  /** After a batch moved `name`'s checkpoint from `from` to `position`: whether it changed any row. */
  record(name: string, from: bigint, position: bigint, changed: boolean): void {
    this.statements.record.run({ name, from, position, changed: changed ? 1 : 0 });
  }

  /** The read model was replaced or rebuilt: its last change is its checkpoint from now on. */
  forget(name: string): void {
    this.statements.forget.run(name);
  }
}

export function createProjectionChanges(db: Database.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS projection_changes (
    name       TEXT PRIMARY KEY,
    changed_at INTEGER NOT NULL,
    position   INTEGER NOT NULL
  )`);
}

/**
 * SQL answering, for the named projections, (name, version, status, last_changed): the position
 * at which each last changed a row, or its checkpoint when that is not known.
 */
export function lastChangedSql(names: readonly string[]): string {
  const list = names.map((name) => `'${name.replace(/'/g, "''")}'`).join(', ');
  return `SELECT s.name, s.version, s.status,
            CASE WHEN c.position = s.position THEN c.changed_at ELSE s.position END AS last_changed
          FROM projection_state s LEFT JOIN projection_changes c ON c.name = s.name
          WHERE s.name IN (${list}) ORDER BY s.name`;
}
