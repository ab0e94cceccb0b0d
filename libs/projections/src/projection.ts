import type Database from 'better-sqlite3';
import type { RecordedEvent } from '@governance/event-store';

/**
 * Physical names for a projection's tables and indexes. A rebuild builds into shadow
 * tables (a unique suffix) and swaps them in when complete, so readers keep the old
 * model until then.
 */
export interface TableNames {
  /** Physical name of one of the projection's logical tables. */
  table(logical: string): string;
  /** A unique physical name for an index. */
  index(logical: string): string;
}

export type EventApplier = (event: RecordedEvent) => void;

/** A read model fed from the global log. `apply` runs inside the runner's transaction. */
export interface Projection {
  readonly name: string;
  /** Bump when the schema or the meaning of rows changes: the model is rebuilt at start. */
  readonly version: number;
  /** Logical names of the tables it owns. */
  readonly tables: readonly string[];
  /** SQL that creates its tables and indexes. */
  schema(names: TableNames): string;
  /** Prepares statements and returns the function applying one event (synchronously). */
  applier(db: Database.Database, names: TableNames): EventApplier;
}

export function canonicalNames(): TableNames {
  return { table: (logical) => logical, index: (logical) => logical };
}

/** How a rebuild's shadow names begin (then a unique number): `audit_events__rebuild_1764...`. */
export const REBUILD_SUFFIX_PREFIX = '__rebuild_';

export function shadowNames(suffix: string): TableNames {
  return { table: (logical) => `${logical}${suffix}`, index: (logical) => `${logical}${suffix}` };
}
