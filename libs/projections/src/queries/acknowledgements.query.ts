import type Database from 'better-sqlite3';
import { policyAppliesTo } from '@governance/domain';
import type {
  AcknowledgedItem,
  AcknowledgementProgress,
  AcknowledgementProgressRow,
  MyReading,
  OutstandingReader,
  ReadingItem,
} from '@governance/contracts';
import { ReadModelMemo } from './read-model-memo';

export interface ProgressFilter {
  schoolId?: string;
  policyId?: string;
  /** List the outstanding people of each row (names through the query's `nameOf`); otherwise `outstandingPeople` is null. */
  withPeople: boolean;
}

/** One current member of a school's staff and their reading, before the directory adds their name. */
export interface StaffReading {
  personId: string;
  joinedOn: string;
  toRead: number;
  acknowledged: number;
}

/** Read-and-acknowledge counts of a trust, per school id and in total. */
export interface SchoolAcknowledgementCounts {
  bySchool: ReadonlyMap<string, AcknowledgementProgress['totals']>;
  totals: AcknowledgementProgress['totals'];
}

/** A person's name from the directory (names stay out of the log); null when erased or unknown. */
export type PersonNameOf = (personId: string) => string | null;

interface SchoolRow { school: number; school_id: string; name: string; phase: string | null }
interface PolicyRow { policy: number; policy_id: string; title: string; applies_to: string | null }
interface InForceRow { school: number; policy: number; version: number; adopted_on: string; recorded_on: string }
interface CountRow { school: number; policy: number; n: number }

/** One version in force that asks the staff of a school to acknowledge it. */
interface Asking {
  school: SchoolRow;
  policy: PolicyRow;
  inForce: InForceRow;
}

/**
 * Read and acknowledge, from the acknowledgements read model: per school and policy, the version in
 * force and how many of the school's current staff acknowledged it; and one person's reading.
 * A policy asks when it requires acknowledgement, is not retired, applies to the school's phase and
 * the school has adopted a version. Counts for the whole trust are three grouped queries (staff
 * per school, acknowledgements of the versions in force by current staff), remembered while the
 * read models are unchanged.
 */
export class AcknowledgementsQuery {
  private readonly statements;
  private readonly memo: ReadModelMemo;

  constructor(
    db: Database.Database,
    private readonly nameOf: PersonNameOf = () => null,
  ) {
    this.memo = new ReadModelMemo(db, 64);
    this.statements = {
      key: db.prepare('SELECT k FROM rm_ack_keys WHERE id = ?').pluck(),
      schoolOf: db.prepare('SELECT 1 FROM rm_ack_schools s JOIN rm_ack_keys k ON k.k = s.school WHERE k.id = ? AND s.trust_id = ?').pluck(),
      policyOf: db.prepare('SELECT 1 FROM rm_ack_policies p JOIN rm_ack_keys k ON k.k = p.policy WHERE k.id = ? AND p.trust_id = ?').pluck(),
      schools: db.prepare('SELECT s.school, k.id AS school_id, s.name, s.phase FROM rm_ack_schools s JOIN rm_ack_keys k ON k.k = s.school WHERE s.trust_id = ? AND s.active = 1'),
      policies: db.prepare(
        'SELECT p.policy, k.id AS policy_id, p.title, p.applies_to FROM rm_ack_policies p JOIN rm_ack_keys k ON k.k = p.policy WHERE p.trust_id = ? AND p.required = 1 AND p.retired = 0',
      ),
      inForce: db.prepare(
        'SELECT f.* FROM rm_ack_in_force f JOIN rm_ack_schools s ON s.school = f.school WHERE s.trust_id = ? AND s.active = 1',
      ),
      staffCounts: db.prepare(
        'SELECT st.school, 0 AS policy, COUNT(*) AS n FROM rm_ack_staff st JOIN rm_ack_schools s ON s.school = st.school WHERE s.trust_id = ? GROUP BY st.school',
      ),
      // Acknowledgements of the version in force, by people still on that school's staff.
      ackCounts: db.prepare(
        `SELECT f.school, f.policy, COUNT(*) AS n FROM rm_ack_schools s
           JOIN rm_ack_in_force f ON f.school = s.school
           JOIN rm_acks a ON a.school = f.school AND a.policy = f.policy AND a.version = f.version
           JOIN rm_ack_staff st ON st.school = a.school AND st.person = a.person
         WHERE s.trust_id = ? GROUP BY f.school, f.policy`,
      ),
      // The same two counts for one school: a headteacher's view reads 80 staff, not the trust's 8,000.
      staffCountsAt: db.prepare('SELECT school, 0 AS policy, COUNT(*) AS n FROM rm_ack_staff WHERE school = ? GROUP BY school'),
      ackCountsAt: db.prepare(
        `SELECT f.school, f.policy, COUNT(*) AS n FROM rm_ack_in_force f
           JOIN rm_acks a ON a.school = f.school AND a.policy = f.policy AND a.version = f.version
           JOIN rm_ack_staff st ON st.school = a.school AND st.person = a.person
         WHERE f.school = ? GROUP BY f.school, f.policy`,
      ),
      outstanding: db.prepare(
        `SELECT k.id AS person_id, st.joined_on FROM rm_ack_staff st JOIN rm_ack_keys k ON k.k = st.person
         WHERE st.school = @school AND NOT EXISTS (
           SELECT 1 FROM rm_acks a WHERE a.school = st.school AND a.policy = @policy AND a.version = @version AND a.person = st.person)`,
      ),
      // Every current member of a school's staff with the policies whose version in force they acknowledged (one row each, or one row with null).
      staffReading: db.prepare(
        `SELECT k.id AS person_id, st.joined_on, f.policy FROM rm_ack_staff st JOIN rm_ack_keys k ON k.k = st.person
           LEFT JOIN rm_acks a ON a.school = st.school AND a.person = st.person
           LEFT JOIN rm_ack_in_force f ON f.school = a.school AND f.policy = a.policy AND f.version = a.version
         WHERE st.school = ?`,
      ),
      staffOf: db.prepare('SELECT school, joined_on FROM rm_ack_staff WHERE person = ?'),
      acksOf: db.prepare('SELECT school, policy, version, acknowledged_on FROM rm_acks WHERE person = ?'),
      version: db.prepare('SELECT summary, document_url, has_document FROM rm_ack_versions WHERE policy = ? AND version = ?'),
      owners: db.prepare('SELECT p.id AS policy_id, o.id AS person_id FROM rm_ack_owners w JOIN rm_ack_keys p ON p.k = w.policy JOIN rm_ack_keys o ON o.k = w.person WHERE w.school = ?'),
    };
  }

  /** Per school and policy, the version in force and its staff, acknowledged and outstanding; by school name, then title. */
  progress(trustId: string, filter: ProgressFilter): AcknowledgementProgress {
    const counted = this.memo.answer(`counts:${trustId}:${filter.schoolId ?? ''}`, () => this.counts(trustId, filter.schoolId));
    const rows = counted
      .filter((row) => (filter.schoolId === undefined || row.schoolId === filter.schoolId) && (filter.policyId === undefined || row.policyId === filter.policyId))
      .map(({ askedFrom, ...row }) => ({ ...row, outstandingPeople: filter.withPeople ? this.outstandingOf({ ...row, askedFrom }) : null }));
    return { rows, totals: totalsOf(rows) };
  }

  /**
   * The trust's counts per school and in total, remembered (frozen) while the read models are
   * unchanged: the dashboard adds them to every answer, so a repeat costs a lookup.
   */
  countsBySchool(trustId: string): SchoolAcknowledgementCounts {
    return this.memo.answer(`by-school:${trustId}`, () => {
      const { rows, totals } = this.progress(trustId, { withPeople: false });
      const bySchool = new Map<string, AcknowledgementProgress['totals']>();
      for (const row of rows) {
        const counts = bySchool.get(row.schoolId) ?? { expected: 0, acknowledged: 0, outstanding: 0 };
        bySchool.set(row.schoolId, { expected: counts.expected + row.staff, acknowledged: counts.acknowledged + row.acknowledged, outstanding: counts.outstanding + row.outstanding });
      }
      return { bySchool, totals };
    });
  }

  /**
   * A school's current staff, each with how many versions in force ask them (every asking of the
   * school: all current staff are asked) and how many of those they acknowledged. One query for the
   * staff and their acknowledgements, whatever the size of the school; unordered (names are the caller's).
   */
  staffReadingAt(trustId: string, schoolId: string): StaffReading[] {
    const school = this.statements.key.get(schoolId) as number | undefined;
    if (school === undefined) return [];
    const asking = new Set(this.askings(trustId).filter((row) => row.school.school === school).map((row) => row.policy.policy));
    const byPerson = new Map<string, StaffReading>();
    for (const row of this.statements.staffReading.all(school) as { person_id: string; joined_on: string; policy: number | null }[]) {
      const person = byPerson.get(row.person_id) ?? { personId: row.person_id, joinedOn: row.joined_on, toRead: asking.size, acknowledged: 0 };
      if (row.policy !== null && asking.has(row.policy)) person.acknowledged += 1;
      byPerson.set(row.person_id, person);
    }
    return [...byPerson.values()];
  }

  /** Whether the trust has (or had) this school: a filter naming another is a mistake in the request. */
  knowsSchool(trustId: string, schoolId: string): boolean {
    return this.statements.schoolOf.get(schoolId, trustId) !== undefined;
  }

  /** Whether the trust registered this policy (retired or not, asking or not). */
  knowsPolicy(trustId: string, policyId: string): boolean {
    return this.statements.policyOf.get(policyId, trustId) !== undefined;
  }

  /** The owner of each policy at a school (PolicyOwnerAssigned): policyId to personId. */
  ownersAt(schoolId: string): Map<string, string> {
    const school = this.statements.key.get(schoolId) as number | undefined;
    if (school === undefined) return new Map();
    return new Map((this.statements.owners.all(school) as { policy_id: string; person_id: string }[]).map((row) => [row.policy_id, row.person_id]));
  }

  /** What a person must still read across the schools where they are staff (oldest first), and what they acknowledged of the versions in force (newest first). */
  readingFor(trustId: string, personId: string): MyReading {
    const person = this.statements.key.get(personId) as number | undefined;
    if (person === undefined) return { items: [], acknowledged: [] };
    const joined = new Map((this.statements.staffOf.all(person) as { school: number; joined_on: string }[]).map((row) => [row.school, row.joined_on]));
    const acks = new Map(
      (this.statements.acksOf.all(person) as { school: number; policy: number; version: number; acknowledged_on: string }[]).map((row) => [
        `${row.school}/${row.policy}/${row.version}`,
        row.acknowledged_on,
      ]),
    );
    const items: ReadingItem[] = [];
    const acknowledged: AcknowledgedItem[] = [];
    for (const { school, policy, inForce } of this.askings(trustId)) {
      const joinedOn = joined.get(school.school);
      if (joinedOn === undefined) continue;
      const acknowledgedOn = acks.get(`${school.school}/${policy.policy}/${inForce.version}`);
      if (acknowledgedOn !== undefined) {
        acknowledged.push({ schoolId: school.school_id, policyId: policy.policy_id, title: policy.title, version: inForce.version, acknowledgedOn });
        continue;
      }
      const version = this.statements.version.get(policy.policy, inForce.version) as { summary: string | null; document_url: string | null; has_document: number } | undefined;
      items.push({
        trustId,
        schoolId: school.school_id,
        schoolName: school.name,
        policyId: policy.policy_id,
        title: policy.title,
        version: inForce.version,
        adoptedOn: inForce.adopted_on,
        askedOn: later(inForce.recorded_on, joinedOn),
        summary: version?.summary ?? null,
        documentUrl: version?.document_url ?? null,
        documentPath: version?.has_document ? `/api/trusts/${trustId}/policies/${policy.policy_id}/versions/${inForce.version}/document` : null,
      });
    }
    items.sort((a, b) => a.askedOn.localeCompare(b.askedOn) || a.adoptedOn.localeCompare(b.adoptedOn) || a.title.localeCompare(b.title) || a.schoolName.localeCompare(b.schoolName));
    acknowledged.sort((a, b) => b.acknowledgedOn.localeCompare(a.acknowledgedOn) || a.title.localeCompare(b.title));
    return { items, acknowledged };
  }

  private counts(trustId: string, schoolId?: string): (Omit<AcknowledgementProgressRow, 'outstandingPeople'> & { askedFrom: string })[] {
    const school = schoolId === undefined ? undefined : (this.statements.key.get(schoolId) as number | undefined);
    if (schoolId !== undefined && school === undefined) return [];
    const [staffRows, ackRows] =
      school === undefined
        ? [this.statements.staffCounts.all(trustId), this.statements.ackCounts.all(trustId)]
        : [this.statements.staffCountsAt.all(school), this.statements.ackCountsAt.all(school)];
    const staff = byPair(staffRows as CountRow[], false);
    const acknowledged = byPair(ackRows as CountRow[], true);
    const askings = this.askings(trustId).filter((asking) => school === undefined || asking.school.school === school);
    return askings.map(({ school, policy, inForce }) => {
      const staffCount = staff.get(`${school.school}`) ?? 0;
      const done = acknowledged.get(`${school.school}/${policy.policy}`) ?? 0;
      return {
        schoolId: school.school_id,
        schoolName: school.name,
        policyId: policy.policy_id,
        title: policy.title,
        version: inForce.version,
        adoptedOn: inForce.adopted_on,
        askedFrom: inForce.recorded_on,
        staff: staffCount,
        acknowledged: done,
        outstanding: staffCount - done,
      };
    });
  }

  private outstandingOf(row: { schoolId: string; policyId: string; version: number; askedFrom: string }): OutstandingReader[] {
    const school = this.statements.key.get(row.schoolId) as number;
    const policy = this.statements.key.get(row.policyId) as number;
    const people = this.statements.outstanding.all({ school, policy, version: row.version }) as { person_id: string; joined_on: string }[];
    return people
      .map((person) => ({ personId: person.person_id, name: this.nameOf(person.person_id), askedOn: later(row.askedFrom, person.joined_on) }))
      .sort((a, b) => (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff') || a.personId.localeCompare(b.personId));
  }

  /** Every version in force that asks a school's staff, by school name then policy title. */
  private askings(trustId: string): Asking[] {
    const schools = new Map((this.statements.schools.all(trustId) as SchoolRow[]).map((row) => [row.school, row]));
    const policies = new Map((this.statements.policies.all(trustId) as PolicyRow[]).map((row) => [row.policy, row]));
    const asking: Asking[] = [];
    for (const inForce of this.statements.inForce.all(trustId) as InForceRow[]) {
      const school = schools.get(inForce.school);
      const policy = policies.get(inForce.policy);
      if (!school || !policy) continue;
      if (!policyAppliesTo(policy.applies_to === null ? null : (JSON.parse(policy.applies_to) as string[]), school.phase)) continue;
      asking.push({ school, policy, inForce });
    }
    return asking.sort((a, b) => a.school.name.localeCompare(b.school.name) || a.school.school_id.localeCompare(b.school.school_id) || a.policy.title.localeCompare(b.policy.title) || a.policy.policy_id.localeCompare(b.policy.policy_id));
  }
}

function byPair(rows: readonly CountRow[], withPolicy: boolean): Map<string, number> {
  return new Map(rows.map((row) => [withPolicy ? `${row.school}/${row.policy}` : `${row.school}`, row.n]));
}

function later(a: string, b: string): string {
  return a > b ? a : b;
}

function totalsOf(rows: readonly Pick<AcknowledgementProgressRow, 'staff' | 'acknowledged' | 'outstanding'>[]): AcknowledgementProgress['totals'] {
  return rows.reduce((sum, row) => ({ expected: sum.expected + row.staff, acknowledged: sum.acknowledged + row.acknowledged, outstanding: sum.outstanding + row.outstanding }), {
    expected: 0,
    acknowledged: 0,
    outstanding: 0,
  });
}
