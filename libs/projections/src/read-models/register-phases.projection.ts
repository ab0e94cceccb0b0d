import type Database from 'better-sqlite3';
import type { RecordedEvent } from '@governance/event-store';
import { TableNames } from '../projection';
import { dataOf, trustIdOf } from './event-fields';

/**
 * Each school's phase, as the registers need it to leave out the policies that do not apply
 * (SchoolAdded, then SchoolDetailsChanged). Part of the policy-register projection, so a
 * register and the phases it was filtered by are always at the same position (one rebuild,
 * one checkpoint, the same answer when the log is replayed). A school without a phase keeps
 * every policy.
 */
export const registerPhases = {
  tables: ['rm_register_school_phases'],
  schema: (t: TableNames) => `
    CREATE TABLE IF NOT EXISTS "${t.table('rm_register_school_phases')}" (
      school_id TEXT PRIMARY KEY,
      trust_id  TEXT NOT NULL,
      phase     TEXT
    );`,
  applier(db: Database.Database, t: TableNames) {
    const table = `"${t.table('rm_register_school_phases')}"`;
    const statements = {
      added: db.prepare(`INSERT OR REPLACE INTO ${table} (school_id, trust_id, phase) VALUES (?, ?, ?)`),
      changed: db.prepare(`UPDATE ${table} SET phase = ? WHERE school_id = ?`),
    };
    return (event: RecordedEvent) => {
      if (event.type === 'SchoolAdded') {
        const { schoolId, phase } = dataOf<{ schoolId: string; phase?: string }>(event);
        statements.added.run(schoolId, trustIdOf(event) ?? '', phase ?? null);
      } else if (event.type === 'SchoolDetailsChanged') {
        // A change of URN alone leaves the phase as it was.
        const { schoolId, phase } = dataOf<{ schoolId: string; phase?: string }>(event);
        if (phase !== undefined) statements.changed.run(phase, schoolId);
      }
    };
  },
};
