import type Database from 'better-sqlite3';

/**
 * Integer keys a read model gave, remembered by their text so a hot applier neither probes nor
 * writes its key table for a text it has seen. A rolled-back savepoint or transaction (a failing
 * batch the runner applies again) takes the rows it created, and their integers with them:
 * `forgetIfRolledBack`, called before each event that may create a key, forgets everything as
 * soon as the table's highest id fell below the highest one handed out.
 */
export class RememberedKeys {
  private readonly remembered = new Map<string, number>();
  private highest = 0;
  private readonly highestStored: Database.Statement;

  constructor(
    db: Database.Database,
    table: string,
    /** At most this many are kept; then they are looked up again. */
    private readonly limit: number,
  ) {
    this.highestStored = db.prepare(`SELECT max(id) FROM ${table}`).pluck();
  }

  get(text: string): number | undefined {
    return this.remembered.get(text);
  }

  remember(text: string, id: number): number {
    if (this.remembered.size >= this.limit) this.remembered.clear();
    this.remembered.set(text, id);
    this.highest = Math.max(this.highest, id);
    return id;
  }

  /** True when it forgot: a key it handed out is no longer in the table. */
  forgetIfRolledBack(): boolean {
    if (this.remembered.size === 0 || ((this.highestStored.get() as number | null) ?? 0) >= this.highest) return false;
    this.remembered.clear();
    this.highest = 0;
    return true;
  }
}
