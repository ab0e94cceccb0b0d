import Database from 'better-sqlite3';

/** Every table of a SQLite file (SQLite's own included), each with its rows in a stable order. */
export function tablesOf(file: string): Record<string, unknown[]> {
  const db = new Database(file, { fileMustExist: true });
  try {
    const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    const tables: Record<string, unknown[]> = {};
    for (const name of names) {
      const rows = db.prepare(`SELECT * FROM "${name}"`).all();
      tables[name] = rows.map((row) => JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value))).sort();
    }
    return tables;
  } finally {
    db.close();
  }
}

/** The schema of a SQLite file: tables, indexes and triggers with the SQL that made them. */
export function schemaOf(file: string): unknown[] {
  const db = new Database(file, { fileMustExist: true });
  try {
    return db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all();
  } finally {
    db.close();
  }
}
