import type Database from 'better-sqlite3';
import type { TermCalendar } from '@governance/domain';

/**
 * Remembers query answers while the read-model database is unchanged. Registers and the
 * compliance dashboard assess every school policy as of a day (about a million js-joda date
 * operations for a trust of 100 schools and 120 policies); the answer only changes when the
 * read models or the question do, so repeated reads of the dashboard cost a lookup.
 *
 * "Unchanged" is exact: SQLite's data_version moves when another connection commits (a CLI
 * rebuild), total_changes() when this connection writes a row (the projection runner shares
 * it), and schema_version on any schema change. Answers are deep-frozen, so a caller that tried
 * to change a shared answer would fail loudly instead of corrupting the next caller's.
 */
export class ReadModelMemo {
  private readonly stamps: Database.Statement;
  private stamp = '';
  private readonly answers = new Map<string, unknown>();

  constructor(
    db: Database.Database,
    private readonly capacity = 256,
  ) {
    // One statement for the three (each statement costs a few microseconds, and the dashboard
    // asks its memos on every request); the pragma functions read what the pragmas do.
    this.stamps = db
      .prepare(
        "SELECT (SELECT data_version FROM pragma_data_version) || ':' || total_changes() || ':' || (SELECT schema_version FROM pragma_schema_version)",
      )
      .pluck();
  }

  answer<T>(key: string, compute: () => T): T {
    const stamp = this.stamps.get() as string;
    if (stamp !== this.stamp) {
      this.answers.clear();
      this.stamp = stamp;
    }
    if (this.answers.has(key)) return this.answers.get(key) as T;
    const value = deepFreeze(compute());
    if (this.answers.size >= this.capacity) this.answers.delete(this.answers.keys().next().value as string);
    this.answers.set(key, value);
    return value;
  }
}

/** A key part for a calendar: its overridden terms (the default calendar has none). */
export function calendarKey(calendar: TermCalendar): string {
  return JSON.stringify(calendar.overriddenTerms);
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (value instanceof Map) {
    for (const entry of value.values()) deepFreeze(entry);
  } else {
    for (const entry of Object.values(value)) deepFreeze(entry);
  }
  return Object.freeze(value);
}
