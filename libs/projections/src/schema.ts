import type Database from 'better-sqlite3';
import { Projection, REBUILD_SUFFIX_PREFIX, TableNames } from './projection';

export function createSchema(db: Database.Database, projection: Projection, names: TableNames): void {
  db.exec(withoutRebuiltIndexes(db, projection.schema(names)));
}

/**
 * A rebuild's two halves of a projection's schema: its tables (with their primary keys, which
 * appliers look rows up by) first, and its secondary indexes once the rows are in. Building an
 * index over a million sorted rows is many times faster than keeping it up to date through a
 * million random inserts.
 */
export function createTables(db: Database.Database, projection: Projection, names: TableNames): void {
  db.exec(statementsOf(projection.schema(names)).filter((statement) => !SECONDARY_INDEX.test(statement)).join(';\n'));
}

export function createIndexes(db: Database.Database, projection: Projection, names: TableNames): void {
  for (const statement of statementsOf(projection.schema(names)).filter((sql) => SECONDARY_INDEX.test(sql))) db.exec(statement);
}

/** A unique index is a rule the appliers' upserts rely on, so only plain indexes wait. */
const SECONDARY_INDEX = /^\s*CREATE\s+INDEX\b/i;

/** Whether an index's SQL (as sqlite_master keeps it) is a plain one, which appliers never rely on. */
export function isSecondaryIndex(sql: string | null): boolean {
  return sql !== null && SECONDARY_INDEX.test(sql);
}
const ANY_INDEX = /^\s*CREATE\s+(?:UNIQUE\s+)?INDEX\b/i;

/**
 * A copy's tables without any index, and then every index (unique ones too): for a copy into an
 * attached database (a checkpoint), where an index must name its table without the database
 * and no applier writes, so no unique rule is needed while the rows go in.
 */
export function createTablesOfCopy(db: Database.Database, projection: Projection, names: TableNames): void {
  db.exec(statementsOf(projection.schema(names)).filter((statement) => !ANY_INDEX.test(statement)).join(';\n'));
}

export function createIndexesOfCopy(db: Database.Database, projection: Projection, names: TableNames): void {
  for (const statement of statementsOf(projection.schema(names)).filter((sql) => ANY_INDEX.test(sql))) db.exec(statement);
}

function statementsOf(sql: string): string[] {
  return sql.split(';').filter((statement) => statement.trim() !== '');
}

export function dropTables(db: Database.Database, projection: Projection, names: TableNames): void {
  for (const table of projection.tables) db.exec(`DROP TABLE IF EXISTS "${names.table(table)}"`);
}

const CREATE_INDEX = /^\s*CREATE\s+(?:UNIQUE\s+)?INDEX\s+IF\s+NOT\s+EXISTS\s+"([^"]+)"\s+ON\s+"([^"]+)"/i;

/**
 * SQLite cannot rename an index, so tables swapped in by a rebuild keep their indexes under
 * the shadow names (`audit_by_trust__rebuild_...`). Creating the canonical `audit_by_trust`
 * beside one would build the same index a second time over every row (seconds at start-up on
 * a large log, and a slower write for ever after): such statements are left out.
 */
function withoutRebuiltIndexes(db: Database.Database, sql: string): string {
  const rebuilt = db
    .prepare("SELECT name, tbl_name AS tableName FROM sqlite_master WHERE type = 'index' AND instr(name, ?) > 0")
    .all(REBUILD_SUFFIX_PREFIX) as { name: string; tableName: string }[];
  if (rebuilt.length === 0) return sql;
  return statementsOf(sql)
    .filter((statement) => {
      const [, name, table] = CREATE_INDEX.exec(statement) ?? [];
      if (name === undefined) return true;
      return !rebuilt.some((index) => index.tableName === table && index.name.startsWith(`${name}${REBUILD_SUFFIX_PREFIX}`));
    })
    .join(';');
}
