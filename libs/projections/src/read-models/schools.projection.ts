import type Database from 'better-sqlite3';
import type { RecordedEvent } from '@governance/event-store';
import { Projection, TableNames } from '../projection';
import { dataOf, trustIdOf } from './event-fields';

/** Trusts and their schools, for names in every other view. */
export const schoolsProjection: Projection = {
  name: 'schools',
  // 2: SchoolDetailsChanged, and phases read through the SchoolAdded v2 upcaster (16-plus -> sixteen-plus).
  version: 2,
  tables: ['rm_trusts', 'rm_schools'],
  schema: (t: TableNames) => `
    CREATE TABLE IF NOT EXISTS "${t.table('rm_trusts')}" (trust_id TEXT PRIMARY KEY, name TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS "${t.table('rm_schools')}" (
      school_id TEXT PRIMARY KEY,
      trust_id  TEXT NOT NULL,
      name      TEXT NOT NULL,
      urn       TEXT,
      phase     TEXT,
      active    INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX IF NOT EXISTS "${t.index('rm_schools_by_trust')}" ON "${t.table('rm_schools')}" (trust_id, name);`,
  applier(db: Database.Database, t: TableNames) {
    const statements = {
      trust: db.prepare(`INSERT OR REPLACE INTO "${t.table('rm_trusts')}" (trust_id, name) VALUES (?, ?)`),
      school: db.prepare(
        `INSERT OR REPLACE INTO "${t.table('rm_schools')}" (school_id, trust_id, name, urn, phase, active) VALUES (?, ?, ?, ?, ?, 1)`,
      ),
      rename: db.prepare(`UPDATE "${t.table('rm_schools')}" SET name = ? WHERE school_id = ?`),
      details: db.prepare(
        `UPDATE "${t.table('rm_schools')}" SET urn = COALESCE(?, urn), phase = COALESCE(?, phase) WHERE school_id = ?`,
      ),
      leave: db.prepare(`UPDATE "${t.table('rm_schools')}" SET active = 0 WHERE school_id = ?`),
    };
    return (event: RecordedEvent) => {
      switch (event.type) {
        case 'TrustRegistered': {
          const { trustId, name } = dataOf<{ trustId: string; name: string }>(event);
          statements.trust.run(trustId, name);
          break;
        }
        case 'SchoolAdded': {
          const { schoolId, name, urn, phase } = dataOf<{ schoolId: string; name: string; urn?: string; phase?: string }>(event);
          statements.school.run(schoolId, trustIdOf(event), name, urn ?? null, phase ?? null);
          break;
        }
        case 'SchoolRenamed': {
          const { schoolId, name } = dataOf<{ schoolId: string; name: string }>(event);
          statements.rename.run(name, schoolId);
          break;
        }
        case 'SchoolDetailsChanged': {
          const { schoolId, urn, phase } = dataOf<{ schoolId: string; urn?: string; phase?: string }>(event);
          statements.details.run(urn ?? null, phase ?? null, schoolId);
          break;
        }
        case 'SchoolLeftTrust':
          statements.leave.run(dataOf<{ schoolId: string }>(event).schoolId);
          break;
      }
    };
  },
};
