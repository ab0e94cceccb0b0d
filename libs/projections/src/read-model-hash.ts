import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { Projection } from './projection';

/**
 * A hash of every row of the given projections' tables, in a canonical order: two read
 * models hash alike exactly when they hold the same rows.
 */
export function hashReadModels(db: Database.Database, projections: readonly Projection[]): string {
  const hash = createHash('sha256');
  for (const projection of projections) {
    for (const table of projection.tables) {
      const columns = (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => `"${c.name}"`);
      hash.update(`\n#${table}(${columns.join(',')})\n`);
      const rows = db.prepare(`SELECT ${columns.join(', ')} FROM "${table}" ORDER BY ${columns.join(', ')}`).raw().safeIntegers(true).iterate();
      for (const row of rows) hash.update(JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)) + '\n');
    }
  }
  return hash.digest('hex');
}
