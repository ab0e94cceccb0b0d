import type Database from 'better-sqlite3';
import { Projection, TableNames } from './projection';

export function createSchema(db: Database.Database, projection: Projection, names: TableNames): void {
  db.exec(projection.schema(names));
}

export function dropTables(db: Database.Database, projection: Projection, names: TableNames): void {
  for (const table of projection.tables) db.exec(`DROP TABLE IF EXISTS "${names.table(table)}"`);
}
