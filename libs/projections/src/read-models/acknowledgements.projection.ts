import type Database from 'better-sqlite3';
import {
  acknowledgementRequiredAtRegistration,
  londonToday,
  type AcknowledgementRequirementChanged,
  type EntryWithdrawnData,
  type PolicyAcknowledged,
  type PolicyAdoptedData,
  type PolicyAppliesToChangedData,
  type PolicyOwnerAssignedData,
  type PolicyRegisteredData,
  type PolicyVersionDraftedData,
} from '@governance/domain';
import type { RecordedEvent } from '@governance/event-store';
import { Projection, TableNames } from '../projection';
import { dataOf, trustIdOf } from './event-fields';

/** The day (in London) an event was recorded: when someone joined the staff, when an adoption was written down. */
export function recordedDayOf(event: RecordedEvent): string {
  const at = typeof event.metadata.occurredAt === 'string' ? event.metadata.occurredAt : event.recordedAt;
  return londonDayOf(at);
}

/** A UTC instant as toISOString writes it; its first 13 characters name its hour. */
const UTC_ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
const londonDaysByUtcHour = new Map<string, string>();
const LONDON_DAYS_LIMIT = 50_000;

/**
 * londonToday of an instant's text, remembered by its UTC hour: London is UTC or UTC+1 and
 * changes on the hour, so every instant of a UTC hour falls on the same London day. Intl's
 * formatter was 2% of a rebuild (an adoption's every acknowledgement row asks).
 */
export function londonDayOf(at: string): string {
  if (!UTC_ISO_INSTANT.test(at)) return londonToday(new Date(at));
  const hour = at.slice(0, 13);
  let day = londonDaysByUtcHour.get(hour);
  if (day === undefined) {
    day = londonToday(new Date(at));
    if (londonDaysByUtcHour.size >= LONDON_DAYS_LIMIT) londonDaysByUtcHour.clear();
    londonDaysByUtcHour.set(hour, day);
  }
  return day;
}

/**
 * Read and acknowledge (issue #23): who is on each school's staff, which policies ask staff to
 * acknowledge them, the version in force per school and policy, and who acknowledged which version.
 *
 * Sized for 100 schools x 80 staff x 25 policies and 200,000 acknowledgements a year: every id is
 * interned once in `rm_ack_keys` and the other tables hold small integers, so an acknowledgement
 * row is four integers and a date in a WITHOUT ROWID table keyed (school, policy, version, person):
 * the count for one version in force is one range of that key. Self-contained (its own schools,
 * phases and policies) so a rebuild and the live model agree at every position.
 */
export const acknowledgementsProjection: Projection = {
  name: 'acknowledgements',
  version: 1,
  tables: ['rm_ack_keys', 'rm_ack_schools', 'rm_ack_policies', 'rm_ack_versions', 'rm_ack_adoptions', 'rm_ack_in_force', 'rm_ack_staff', 'rm_ack_owners', 'rm_acks'],
  schema: (t: TableNames) => `
    CREATE TABLE IF NOT EXISTS "${t.table('rm_ack_keys')}" (k INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE);
    CREATE TABLE IF NOT EXISTS "${t.table('rm_ack_schools')}" (
      school   INTEGER PRIMARY KEY,
      trust_id TEXT NOT NULL,
      name     TEXT NOT NULL,
      phase    TEXT,
      active   INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS "${t.index('rm_ack_schools_by_trust')}" ON "${t.table('rm_ack_schools')}" (trust_id);
    CREATE TABLE IF NOT EXISTS "${t.table('rm_ack_policies')}" (
      policy     INTEGER PRIMARY KEY,
      trust_id   TEXT NOT NULL,
      title      TEXT NOT NULL,
      applies_to TEXT,
      required   INTEGER NOT NULL,
      retired    INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS "${t.index('rm_ack_policies_by_trust')}" ON "${t.table('rm_ack_policies')}" (trust_id);
    CREATE TABLE IF NOT EXISTS "${t.table('rm_ack_versions')}" (
      policy       INTEGER NOT NULL,
      version      INTEGER NOT NULL,
      summary      TEXT,
      document_url TEXT,
      has_document INTEGER NOT NULL,
      PRIMARY KEY (policy, version)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS "${t.table('rm_ack_adoptions')}" (
      position    INTEGER PRIMARY KEY,
      school      INTEGER NOT NULL,
      policy      INTEGER NOT NULL,
      version     INTEGER NOT NULL,
      adopted_on  TEXT NOT NULL,
      recorded_on TEXT NOT NULL
    );
    CREATE UNIQUE INDEX IF NOT EXISTS "${t.index('rm_ack_adoptions_latest')}" ON "${t.table('rm_ack_adoptions')}" (school, policy, position);
    CREATE TABLE IF NOT EXISTS "${t.table('rm_ack_in_force')}" (
      school      INTEGER NOT NULL,
      policy      INTEGER NOT NULL,
      version     INTEGER NOT NULL,
      adopted_on  TEXT NOT NULL,
      recorded_on TEXT NOT NULL,
      PRIMARY KEY (school, policy)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS "${t.table('rm_ack_staff')}" (
      school    INTEGER NOT NULL,
      person    INTEGER NOT NULL,
      joined_on TEXT NOT NULL,
      PRIMARY KEY (school, person)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS "${t.index('rm_ack_staff_by_person')}" ON "${t.table('rm_ack_staff')}" (person);
    CREATE TABLE IF NOT EXISTS "${t.table('rm_ack_owners')}" (
      school INTEGER NOT NULL,
      policy INTEGER NOT NULL,
      person INTEGER NOT NULL,
      PRIMARY KEY (school, policy)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS "${t.table('rm_acks')}" (
      school          INTEGER NOT NULL,
      policy          INTEGER NOT NULL,
      version         INTEGER NOT NULL,
      person          INTEGER NOT NULL,
      acknowledged_on TEXT NOT NULL,
      PRIMARY KEY (school, policy, version, person)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS "${t.index('rm_acks_by_person')}" ON "${t.table('rm_acks')}" (person);`,
  applier(db: Database.Database, t: TableNames) {
    const q = (logical: string) => `"${t.table(logical)}"`;
    const statements = {
      keyOf: db.prepare(`SELECT k FROM ${q('rm_ack_keys')} WHERE id = ?`).pluck(),
      newKey: db.prepare(`INSERT INTO ${q('rm_ack_keys')} (id) VALUES (?)`),
      school: db.prepare(`INSERT OR REPLACE INTO ${q('rm_ack_schools')} (school, trust_id, name, phase, active) VALUES (?, ?, ?, ?, 1)`),
      rename: db.prepare(`UPDATE ${q('rm_ack_schools')} SET name = ? WHERE school = ?`),
      phase: db.prepare(`UPDATE ${q('rm_ack_schools')} SET phase = ? WHERE school = ?`),
      schoolLeft: db.prepare(`UPDATE ${q('rm_ack_schools')} SET active = 0 WHERE school = ?`),
      policy: db.prepare(`INSERT OR REPLACE INTO ${q('rm_ack_policies')} (policy, trust_id, title, applies_to, required, retired) VALUES (?, ?, ?, ?, ?, 0)`),
      appliesTo: db.prepare(`UPDATE ${q('rm_ack_policies')} SET applies_to = ? WHERE policy = ?`),
      required: db.prepare(`UPDATE ${q('rm_ack_policies')} SET required = ? WHERE policy = ?`),
      retired: db.prepare(`UPDATE ${q('rm_ack_policies')} SET retired = 1 WHERE policy = ?`),
      version: db.prepare(`INSERT OR REPLACE INTO ${q('rm_ack_versions')} (policy, version, summary, document_url, has_document) VALUES (?, ?, ?, ?, ?)`),
      adoption: db.prepare(`INSERT INTO ${q('rm_ack_adoptions')} (position, school, policy, version, adopted_on, recorded_on) VALUES (?, ?, ?, ?, ?, ?)`),
      forgetAdoption: db.prepare(
        `DELETE FROM ${q('rm_ack_adoptions')} WHERE position = (SELECT position FROM ${q('rm_ack_adoptions')}
           WHERE school = ? AND policy = ? AND version = ? AND adopted_on = ? ORDER BY position DESC LIMIT 1)`,
      ),
      clearInForce: db.prepare(`DELETE FROM ${q('rm_ack_in_force')} WHERE school = ? AND policy = ?`),
      setInForce: db.prepare(
        `INSERT INTO ${q('rm_ack_in_force')} (school, policy, version, adopted_on, recorded_on)
         SELECT school, policy, version, adopted_on, recorded_on FROM ${q('rm_ack_adoptions')}
         WHERE school = ? AND policy = ? ORDER BY position DESC LIMIT 1`,
      ),
      joined: db.prepare(`INSERT OR IGNORE INTO ${q('rm_ack_staff')} (school, person, joined_on) VALUES (?, ?, ?)`),
      left: db.prepare(`DELETE FROM ${q('rm_ack_staff')} WHERE school = ? AND person = ?`),
      erased: db.prepare(`DELETE FROM ${q('rm_ack_staff')} WHERE person = ?`),
      owner: db.prepare(`INSERT OR REPLACE INTO ${q('rm_ack_owners')} (school, policy, person) VALUES (?, ?, ?)`),
      acknowledged: db.prepare(`INSERT OR IGNORE INTO ${q('rm_acks')} (school, policy, version, person, acknowledged_on) VALUES (?, ?, ?, ?, ?)`),
    };

    /** The small integer standing for an id in every table of this read model. */
    const key = (id: string): number => {
      const known = statements.keyOf.get(id) as number | undefined;
      return known ?? Number(statements.newKey.run(id).lastInsertRowid);
    };
    const refreshInForce = (school: number, policy: number) => {
      statements.clearInForce.run(school, policy);
      statements.setInForce.run(school, policy);
    };

    return (event: RecordedEvent) => {
      switch (event.type) {
        case 'SchoolAdded': {
          const { schoolId, name, phase } = dataOf<{ schoolId: string; name: string; phase?: string }>(event);
          statements.school.run(key(schoolId), trustIdOf(event) ?? '', name, phase ?? null);
          break;
        }
        case 'SchoolRenamed': {
          const { schoolId, name } = dataOf<{ schoolId: string; name: string }>(event);
          statements.rename.run(name, key(schoolId));
          break;
        }
        case 'SchoolDetailsChanged': {
          const { schoolId, phase } = dataOf<{ schoolId: string; phase?: string }>(event);
          if (phase !== undefined) statements.phase.run(phase, key(schoolId));
          break;
        }
        case 'SchoolLeftTrust':
          statements.schoolLeft.run(key(dataOf<{ schoolId: string }>(event).schoolId));
          break;
        case 'PolicyRegistered': {
          const data = dataOf<PolicyRegisteredData & { acknowledgementRequired?: boolean }>(event);
          const required = acknowledgementRequiredAtRegistration({ acknowledgementRequired: data.acknowledgementRequired, catalogueKey: data.catalogueKey ?? null });
          statements.policy.run(key(data.policyId), data.trustId, data.title, data.appliesTo ? JSON.stringify(data.appliesTo) : null, required ? 1 : 0);
          break;
        }
        case 'PolicyAppliesToChanged': {
          const { policyId, appliesTo } = dataOf<PolicyAppliesToChangedData>(event);
          statements.appliesTo.run(JSON.stringify(appliesTo), key(policyId));
          break;
        }
        case 'AcknowledgementRequirementChanged': {
          const { policyId, acknowledgementRequired } = dataOf<AcknowledgementRequirementChanged['data']>(event);
          statements.required.run(acknowledgementRequired ? 1 : 0, key(policyId));
          break;
        }
        case 'PolicyRetired':
          statements.retired.run(key(dataOf<{ policyId: string }>(event).policyId));
          break;
        case 'PolicyVersionDrafted': {
          const { policyId, version, summary, documentUrl, document } = dataOf<PolicyVersionDraftedData>(event);
          statements.version.run(key(policyId), version, summary ?? null, documentUrl ?? null, document ? 1 : 0);
          break;
        }
        case 'PolicyAdopted': {
          const { schoolId, policyId, version, adoptedOn } = dataOf<PolicyAdoptedData>(event);
          const [school, policy] = [key(schoolId), key(policyId)];
          statements.adoption.run(event.position, school, policy, version, adoptedOn, recordedDayOf(event));
          refreshInForce(school, policy);
          break;
        }
        case 'EntryWithdrawn': {
          const { entryType, entry } = dataOf<EntryWithdrawnData>(event);
          if (entryType !== 'PolicyAdopted') break;
          const [school, policy] = [key(String(entry.schoolId)), key(String(entry.policyId))];
          statements.forgetAdoption.run(school, policy, Number(entry.version), String(entry.adoptedOn));
          refreshInForce(school, policy);
          break;
        }
        case 'PolicyOwnerAssigned': {
          const { schoolId, policyId, personId } = dataOf<PolicyOwnerAssignedData>(event);
          statements.owner.run(key(schoolId), key(policyId), key(personId));
          break;
        }
        case 'RoleGranted': {
          const { personId, role, schoolId } = dataOf<{ personId: string; role: string; schoolId?: string }>(event);
          if (role === 'staff' && schoolId) statements.joined.run(key(schoolId), key(personId), recordedDayOf(event));
          break;
        }
        case 'RoleRevoked': {
          const { personId, role, schoolId } = dataOf<{ personId: string; role: string; schoolId?: string }>(event);
          if (role === 'staff' && schoolId) statements.left.run(key(schoolId), key(personId));
          break;
        }
        case 'PersonErased':
          statements.erased.run(key(dataOf<{ personId: string }>(event).personId));
          break;
        case 'PolicyAcknowledged': {
          const { personId, schoolId, policyId, version, acknowledgedOn } = dataOf<PolicyAcknowledged['data']>(event);
          statements.acknowledged.run(key(schoolId), key(policyId), version, key(personId), acknowledgedOn);
          break;
        }
      }
    };
  },
};
