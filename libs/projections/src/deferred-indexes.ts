import type Database from 'better-sqlite3';
import { canonicalNames, Projection } from './projection';
import { createSchema, isSecondaryIndex } from './schema';

/**
 * The secondary indexes a far-behind catch-up drops while the rows go in and builds again once
 * caught up (building an index over a million rows is many times cheaper than keeping it up
 * to date through a million random inserts). Which projections wait for theirs is recorded in
 * the same transaction as the drop, so after a crash mid catch-up the next runner neither
 * builds them only to drop them again nor forgets them.
 */
export class DeferredIndexes {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    db.exec('CREATE TABLE IF NOT EXISTS projection_deferred_indexes (name TEXT PRIMARY KEY)');
    this.statements = {
      has: db.prepare('SELECT 1 FROM projection_deferred_indexes WHERE name = ?').pluck(),
      mark: db.prepare('INSERT OR IGNORE INTO projection_deferred_indexes (name) VALUES (?)'),
      clear: db.prepare('DELETE FROM projection_deferred_indexes WHERE name = ?'),
      indexes: db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"),
    };
  }

  isDeferred(projection: Projection): boolean {
    return this.statements.has.get(projection.name) !== undefined;
  }

  /** Drops the projection's plain indexes (under whatever name a rebuild left them) and records it. */
  defer(projection: Projection): void {
    this.db.transaction(() => {
      for (const table of projection.tables) {
        const indexes = this.statements.indexes.all(table) as { name: string; sql: string | null }[];
        for (const index of indexes) if (isSecondaryIndex(index.sql)) this.db.exec(`DROP INDEX "${index.name}"`);
      }
      this.statements.mark.run(projection.name);
    }).immediate();
  }

  /**
   * Builds the projection's plain indexes again, one a transaction (its schema, whose tables and
   * unique indexes exist: only the missing indexes are built, none twice beside a rebuild's),
   * then clears the record.
   */
  restore(projection: Projection): void {
    createSchema(this.db, projection, canonicalNames());
    this.statements.clear.run(projection.name);
  }

  /** A projection rebuilt from nothing (a new version) has its indexes from its schema. */
  forget(projection: Projection): void {
    this.statements.clear.run(projection.name);
  }
}
