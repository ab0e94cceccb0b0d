import type Database from 'better-sqlite3';
import type { DelegationRule, EntryWithdrawnData, PolicyAdoptedData } from '@governance/domain';
import type { RecordedEvent } from '@governance/event-store';
import { TableNames } from '../projection';
import { dataOf, trustIdOf } from './event-fields';

/**
 * What the registers need to show who approved an adoption against who should have: each
 * trust's scheme of delegation, and every adoption's recorded body, the body the scheme gave
 * when it was recorded (null before any scheme) and the reason of an exception. Kept apart
 * from the policy-register facts so that those stay as the review rules read them; part of
 * the policy-register projection, whose registers read them (one rebuild, one position).
 */
export const approverChecks = {
  tables: ['rm_delegation_schemes', 'rm_adoption_approvers'],
  schema: (t: TableNames) => `
    CREATE TABLE IF NOT EXISTS "${t.table('rm_delegation_schemes')}" (trust_id TEXT PRIMARY KEY, rules TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS "${t.table('rm_adoption_approvers')}" (
      position    INTEGER PRIMARY KEY,
      trust_id    TEXT NOT NULL,
      school_id   TEXT NOT NULL,
      policy_id   TEXT NOT NULL,
      version     INTEGER NOT NULL,
      adopted_on  TEXT NOT NULL,
      approved_by TEXT,
      expected    TEXT,
      exception_reason TEXT
    );
    CREATE INDEX IF NOT EXISTS "${t.index('rm_adoption_approvers_by_school')}"
      ON "${t.table('rm_adoption_approvers')}" (trust_id, school_id, policy_id, version, position);`,
  applier(db: Database.Database, t: TableNames) {
    const adoptions = `"${t.table('rm_adoption_approvers')}"`;
    const statements = {
      scheme: db.prepare(`INSERT OR REPLACE INTO "${t.table('rm_delegation_schemes')}" (trust_id, rules) VALUES (?, ?)`),
      adopted: db.prepare(
        `INSERT OR REPLACE INTO ${adoptions} (position, trust_id, school_id, policy_id, version, adopted_on, approved_by, expected, exception_reason)
         VALUES (@position, @trustId, @schoolId, @policyId, @version, @adoptedOn, @approvedBy, @expected, @exceptionReason)`,
      ),
      // A withdrawn adoption: the latest one equal to it (equal adoptions are interchangeable).
      withdrawn: db.prepare(
        `DELETE FROM ${adoptions} WHERE position = (SELECT position FROM ${adoptions}
           WHERE school_id = ? AND policy_id = ? AND version = ? AND adopted_on = ? ORDER BY position DESC LIMIT 1)`,
      ),
    };
    return (event: RecordedEvent) => {
      switch (event.type) {
        case 'SchemeOfDelegationSet': {
          const { rules } = dataOf<{ rules: DelegationRule[] }>(event);
          statements.scheme.run(trustIdOf(event) ?? '', JSON.stringify(rules));
          break;
        }
        case 'PolicyAdopted': {
          const data = dataOf<PolicyAdoptedData>(event);
          statements.adopted.run({
            position: event.position,
            trustId: trustIdOf(event) ?? '',
            schoolId: data.schoolId,
            policyId: data.policyId,
            version: data.version,
            adoptedOn: data.adoptedOn,
            approvedBy: data.approvedBy ?? null,
            expected: data.approvedByExpected ?? null,
            exceptionReason: data.exception?.reason ?? null,
          });
          break;
        }
        case 'EntryWithdrawn': {
          const { entryType, entry } = dataOf<EntryWithdrawnData>(event);
          if (entryType === 'PolicyAdopted')
            statements.withdrawn.run(String(entry.schoolId), String(entry.policyId), Number(entry.version), String(entry.adoptedOn));
          break;
        }
      }
    };
  },
};
