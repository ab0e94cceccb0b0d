import type Database from 'better-sqlite3';
import type {
  EntryWithdrawnData,
  EIACompletedData,
  PolicyAdoptedData,
  PolicyApprovedData,
  PolicyAppliesToChangedData,
  AcknowledgementRequirementChanged,
  PolicyRegisteredData,
  PolicyVersionDraftedData,
  PolicyReviewedData,
  PolicyEvaluatedData,
  PolicyOwnerAssignedData,
} from '@governance/domain';
import type { RecordedEvent } from '@governance/event-store';
import { Projection, TableNames } from '../projection';
import { dataOf, trustIdOf } from './event-fields';
import { withoutFact } from './without-fact';
import { checklistTextOf } from './checklist-text';
import { approverChecks } from './approver-checks.projection';
import { registerPhases } from './register-phases.projection';
import { registerMinutes } from './register-minutes.projection';
import { RememberedKeys } from './remembered-keys';

/** The trust's facts about a policy (approvals and trust-level reviews), as the review rules read them. */
export interface TrustPolicyFacts {
  approvals: { version: number; approvedOn: string }[];
  reviews: { reviewedOn: string; nextReviewDue: string | null }[];
}

/** A school's facts about a policy, as the review rules read them. */
export interface SchoolPolicyFacts {
  adoptions: { version: number; adoptedOn: string }[];
  reviews: { reviewedOn: string; nextReviewDue: string | null }[];
  /** `version` as recorded: null on EIAs recorded without one (the rules derive it from the adoptions). */
  eias: { completedOn: string; fullAssessmentRequired: boolean; version: number | null }[];
}

const NO_FACTS_JSON = JSON.stringify({ adoptions: [], reviews: [], eias: [] } satisfies SchoolPolicyFacts);
/** The JSON path that appends to each list of a school's facts. */
const FACT_LIST_END: Record<keyof SchoolPolicyFacts, string> = { adoptions: '$.adoptions[#]', reviews: '$.reviews[#]', eias: '$.eias[#]' };

/**
 * The facts behind every school's policy register: the catalogue and, per school and policy,
 * the dated adoptions, reviews and EIAs. Statuses depend on the day asked about, so they are
 * computed at query time from these facts (see queries/policy-register.query.ts).
 * Every evaluation is kept as a row of its own (keyed by its position in the log), for the
 * register's last evaluation, the dashboard's count and the clerk's pack.
 * A withdrawn entry (EntryWithdrawn) takes back the fact its event added; a withdrawn
 * evaluation leaves the last evaluation before it (each evaluation is kept by position).
 * Policy owner (v5): `owner_id`, the person the last PolicyOwnerAssigned named.
 * Phases (v7): `applies_to`, the JSON list of phases the policy applies to (NULL: every phase);
 * a register leaves out the policies that do not apply to the school's phase (rm_register_school_phases).
 * Minutes (v8): rm_register_minutes, the minute reference and meeting of every approval, adoption and review.
 * Acknowledgement (v9): `acknowledgement_required`, whether staff must acknowledge each adopted version.
 * v10: no `last_evaluated_on` column (the registers read the last evaluation from
 * rm_policy_evaluations): an evaluation, the most frequent event, no longer rewrites its school's
 * policy row (1.4 KB of facts), only creates it when missing.
 * v11: each school policy has an integer `id`, and an evaluation names its school policy by it
 * (`school_policy`) instead of repeating the school's and the policy's ids: the largest table
 * and its index of the latest evaluation no longer hold two UUIDs a row. Readers join
 * rm_school_policies for the ids. The integers follow the order rows are first created in the
 * log, so a rebuild gives every school policy the integer the live runner gave it.
 */
export const policyRegisterProjection: Projection = {
  name: 'policy-register',
  // 5: the policy owner; 6: the scheme of delegation's tables (approver-checks.projection.ts);
  // 7: the phases each policy applies to (applies_to) and each school's phase (register-phases.projection.ts);
  // 8: the minute reference and meeting of each approval, adoption and review (register-minutes.projection.ts);
  // 9: whether staff must acknowledge the policy (acknowledgement_required);
  // 10: rm_school_policies without last_evaluated_on, which no query read;
  // 11: evaluations name their school policy by its integer id.
  version: 11,
  tables: ['rm_policies', 'rm_school_policies', 'rm_policy_evaluations', ...approverChecks.tables, ...registerPhases.tables, ...registerMinutes.tables],
  schema: (t: TableNames) => `
    CREATE TABLE IF NOT EXISTS "${t.table('rm_policies')}" (
      policy_id           TEXT PRIMARY KEY,
      trust_id            TEXT NOT NULL,
      title               TEXT NOT NULL,
      scope               TEXT NOT NULL,
      review_cycle_months INTEGER NOT NULL,
      approver            TEXT NOT NULL,
      statutory           INTEGER NOT NULL,
      eia_required        INTEGER NOT NULL,
      category            TEXT,
      catalogue_key       TEXT,
      applies_to          TEXT,
      acknowledgement_required INTEGER NOT NULL DEFAULT 0,
      current_version     INTEGER,
      retired             INTEGER NOT NULL DEFAULT 0,
      trust_facts         TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS "${t.index('rm_policies_by_trust')}" ON "${t.table('rm_policies')}" (trust_id, title);
    CREATE TABLE IF NOT EXISTS "${t.table('rm_school_policies')}" (
      id        INTEGER PRIMARY KEY,
      school_id TEXT NOT NULL,
      policy_id TEXT NOT NULL,
      trust_id  TEXT NOT NULL,
      facts     TEXT NOT NULL,
      owner_id  TEXT,
      UNIQUE (school_id, policy_id)
    );
    CREATE TABLE IF NOT EXISTS "${t.table('rm_policy_evaluations')}" (
      position      INTEGER PRIMARY KEY,
      trust_id      TEXT NOT NULL,
      school_policy INTEGER NOT NULL,
      evaluated_on  TEXT NOT NULL,
      evaluated_by TEXT,
      checklist    TEXT NOT NULL,
      effectiveness_statement TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS "${t.index('rm_policy_evaluations_latest')}"
      ON "${t.table('rm_policy_evaluations')}" (school_policy, evaluated_on, position);
    CREATE INDEX IF NOT EXISTS "${t.index('rm_policy_evaluations_by_day')}"
      ON "${t.table('rm_policy_evaluations')}" (trust_id, evaluated_on);
    ${approverChecks.schema(t)}
    ${registerPhases.schema(t)}
    ${registerMinutes.schema(t)}`,
  applier(db: Database.Database, t: TableNames) {
    const policies = `"${t.table('rm_policies')}"`;
    const schoolPolicies = `"${t.table('rm_school_policies')}"`;
    const statements = {
      register: db.prepare(
        `INSERT OR REPLACE INTO ${policies} (policy_id, trust_id, title, scope, review_cycle_months, approver, statutory,
           eia_required, category, catalogue_key, applies_to, acknowledgement_required, current_version, retired, trust_facts)
         VALUES (@policyId, @trustId, @title, @scope, @reviewCycleMonths, @approver, @statutory, @eiaRequired, @category,
           @catalogueKey, @appliesTo, @acknowledgementRequired, NULL, 0, @trustFacts)`,
      ),
      appliesTo: db.prepare(`UPDATE ${policies} SET applies_to = ? WHERE policy_id = ?`),
      acknowledgementRequired: db.prepare(`UPDATE ${policies} SET acknowledgement_required = ? WHERE policy_id = ?`),
      version: db.prepare(`UPDATE ${policies} SET current_version = MAX(COALESCE(current_version, 0), ?) WHERE policy_id = ?`),
      retire: db.prepare(`UPDATE ${policies} SET retired = 1 WHERE policy_id = ?`),
      // SQLite appends to the facts' JSON in place: no read, parse and rewrite of the row in
      // JavaScript for each approval, adoption, review and EIA. A policy not registered has no
      // row, so its trust facts are not kept (as before).
      addTrustFact: db.prepare(`UPDATE ${policies} SET trust_facts = json_insert(trust_facts, @list, json(@fact)) WHERE policy_id = @policyId`),
      // Positional parameters: cheaper to bind than named ones on the hottest statements
      // (the list's path and the fact are given twice).
      addSchoolFact: db.prepare(
        `INSERT INTO ${schoolPolicies} (school_id, policy_id, trust_id, facts)
         VALUES (?, ?, ?, json_insert(?, ?, json(?)))
         ON CONFLICT (school_id, policy_id) DO UPDATE SET facts = json_insert(facts, ?, json(?))`,
      ),
      evaluation: db.prepare(
        `INSERT OR REPLACE INTO "${t.table('rm_policy_evaluations')}"
         (position, trust_id, school_policy, evaluated_on, evaluated_by, checklist, effectiveness_statement)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      // Policy owner: creates the row when the school has no facts yet.
      owner: db.prepare(
        `INSERT INTO ${schoolPolicies} (school_id, policy_id, trust_id, facts, owner_id) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (school_id, policy_id) DO UPDATE SET owner_id = excluded.owner_id`,
      ),
      trustFacts: db.prepare(`SELECT trust_facts AS facts FROM ${policies} WHERE policy_id = ?`),
      setTrustFacts: db.prepare(`UPDATE ${policies} SET trust_facts = ? WHERE policy_id = ?`),
      schoolFacts: db.prepare(`SELECT facts FROM ${schoolPolicies} WHERE school_id = ? AND policy_id = ?`),
      setSchoolFacts: db.prepare(`UPDATE ${schoolPolicies} SET facts = ? WHERE school_id = ? AND policy_id = ?`),
      // The latest evaluation equal to the withdrawn one (equal evaluations are interchangeable).
      forgetEvaluation: db.prepare(
        `DELETE FROM "${t.table('rm_policy_evaluations')}" WHERE position = (
           SELECT position FROM "${t.table('rm_policy_evaluations')}"
           WHERE school_policy = (SELECT id FROM ${schoolPolicies} WHERE school_id = ? AND policy_id = ?)
             AND evaluated_on = ? ORDER BY position DESC LIMIT 1)`,
      ),
    };

    /** Takes back the fact a withdrawn entry's event added (read, filter, write: withdrawals are rare). */
    const withdraw = ({ entryType, entry }: EntryWithdrawnData) => {
      const policyId = String(entry.policyId);
      const schoolId = typeof entry.schoolId === 'string' ? entry.schoolId : null;
      if (entryType === 'PolicyEvaluated' && schoolId !== null) {
        statements.forgetEvaluation.run(schoolId, policyId, String(entry.evaluatedOn));
        return;
      }
      const trustLevel = entryType === 'PolicyApproved' || (entryType === 'PolicyReviewed' && entry.level === 'trust');
      if (trustLevel) {
        const row = statements.trustFacts.get(policyId) as { facts: string } | undefined;
        if (row) statements.setTrustFacts.run(JSON.stringify(withoutFact(JSON.parse(row.facts), entryType, entry)), policyId);
      } else if (schoolId !== null) {
        const row = statements.schoolFacts.get(schoolId, policyId) as { facts: string } | undefined;
        if (row) statements.setSchoolFacts.run(JSON.stringify(withoutFact(JSON.parse(row.facts), entryType, entry)), schoolId, policyId);
      }
    };

    const addTrustFact = <List extends keyof TrustPolicyFacts>(policyId: string, list: List, fact: TrustPolicyFacts[List][number]) => {
      statements.addTrustFact.run({ policyId, list: `$.${list}[#]`, fact: JSON.stringify(fact) });
    };
    const addSchoolFact = <List extends keyof SchoolPolicyFacts>(
      event: RecordedEvent,
      schoolId: string,
      policyId: string,
      list: List,
      fact: SchoolPolicyFacts[List][number],
    ) => {
      const [path, factJson] = [FACT_LIST_END[list], JSON.stringify(fact)];
      statements.addSchoolFact.run(schoolId, policyId, trustIdOf(event) ?? '', NO_FACTS_JSON, path, factJson, path, factJson);
    };

    const schoolPolicyId = schoolPolicyIds(db, schoolPolicies);
    const checkApprovers = approverChecks.applier(db, t);
    const notePhases = registerPhases.applier(db, t);
    const noteMinutes = registerMinutes.applier(db, t);
    return (event: RecordedEvent) => {
      if (CREATES_SCHOOL_POLICY.has(event.type)) schoolPolicyId.check();
      checkApprovers(event);
      notePhases(event);
      noteMinutes(event);
      switch (event.type) {
        case 'PolicyRegistered': {
          const data = dataOf<PolicyRegisteredData>(event);
          statements.register.run({
            ...data,
            statutory: data.statutory ? 1 : 0,
            eiaRequired: data.eiaRequired ? 1 : 0,
            category: data.category ?? null,
            catalogueKey: data.catalogueKey ?? null,
            appliesTo: data.appliesTo ? JSON.stringify(data.appliesTo) : null,
            acknowledgementRequired: data.acknowledgementRequired ? 1 : 0,
            trustFacts: JSON.stringify({ approvals: [], reviews: [] } satisfies TrustPolicyFacts),
          });
          break;
        }
        case 'PolicyAppliesToChanged': {
          const { policyId, appliesTo } = dataOf<PolicyAppliesToChangedData>(event);
          statements.appliesTo.run(JSON.stringify(appliesTo), policyId);
          break;
        }
        case 'AcknowledgementRequirementChanged': {
          const { policyId, acknowledgementRequired } = dataOf<AcknowledgementRequirementChanged['data']>(event);
          statements.acknowledgementRequired.run(acknowledgementRequired ? 1 : 0, policyId);
          break;
        }
        case 'PolicyVersionDrafted': {
          const { version, policyId } = dataOf<PolicyVersionDraftedData>(event);
          statements.version.run(version, policyId);
          break;
        }
        case 'PolicyApproved': {
          const { policyId, version, approvedOn } = dataOf<PolicyApprovedData>(event);
          addTrustFact(policyId, 'approvals', { version, approvedOn });
          break;
        }
        case 'PolicyReviewed': {
          const data = dataOf<PolicyReviewedData>(event);
          const review = { reviewedOn: data.reviewedOn, nextReviewDue: data.nextReviewDue ?? null };
          if (data.level === 'school') {
            addSchoolFact(event, data.schoolId, data.policyId, 'reviews', review);
          } else {
            addTrustFact(data.policyId, 'reviews', review);
          }
          break;
        }
        case 'PolicyRetired':
          statements.retire.run(dataOf<{ policyId: string }>(event).policyId);
          break;
        case 'PolicyAdopted': {
          const { schoolId, policyId, version, adoptedOn } = dataOf<PolicyAdoptedData>(event);
          addSchoolFact(event, schoolId, policyId, 'adoptions', { version, adoptedOn });
          break;
        }
        case 'EIACompleted': {
          const { schoolId, policyId, completedOn, fullAssessmentRequired, version } = dataOf<EIACompletedData>(event);
          addSchoolFact(event, schoolId, policyId, 'eias', { completedOn, fullAssessmentRequired, version: version ?? null });
          break;
        }
        case 'PolicyEvaluated': {
          const data = dataOf<PolicyEvaluatedData>(event);
          const { schoolId, policyId, evaluatedOn, effectivenessStatement } = data;
          const trustId = trustIdOf(event) ?? '';
          const evaluatedBy = typeof event.metadata.actorId === 'string' ? event.metadata.actorId : null;
          statements.evaluation.run(
            event.position,
            trustId,
            schoolPolicyId(schoolId, policyId, trustId),
            evaluatedOn,
            evaluatedBy,
            checklistTextOf(data),
            effectivenessStatement ?? '',
          );
          break;
        }
        case 'PolicyOwnerAssigned': {
          const { schoolId, policyId, personId } = dataOf<PolicyOwnerAssignedData>(event);
          statements.owner.run(schoolId, policyId, trustIdOf(event) ?? '', NO_FACTS_JSON, personId);
          break;
        }
        case 'EntryWithdrawn':
          withdraw(dataOf<EntryWithdrawnData>(event));
          break;
      }
    };
  },
};

/** The events whose appliers may create a school policy's row (the memo below is checked before each). */
const CREATES_SCHOOL_POLICY = new Set(['PolicyEvaluated', 'PolicyReviewed', 'PolicyAdopted', 'EIACompleted', 'PolicyOwnerAssigned']);

/** At most this many school policies are remembered (a large trust has about 20,000); then they are looked up again. */
const REMEMBERED_SCHOOL_POLICIES = 100_000;

/**
 * The integer id of a school's policy, its row created (with no facts) when missing: registers
 * list the rows, so an evaluation of a policy the school has no facts for still shows. Ids are
 * remembered, so the most frequent event neither probes nor writes rm_school_policies, and
 * forgotten as soon as the table lost a row (`check`, before every event that may create one):
 * a rolled-back savepoint or transaction takes the rows it created with it.
 */
function schoolPolicyIds(db: Database.Database, schoolPolicies: string) {
  const lookup = db.prepare(`SELECT id FROM ${schoolPolicies} WHERE school_id = ? AND policy_id = ?`).pluck();
  const add = db.prepare(`INSERT INTO ${schoolPolicies} (school_id, policy_id, trust_id, facts) VALUES (?, ?, ?, ?)`);
  const remembered = new RememberedKeys(db, schoolPolicies, REMEMBERED_SCHOOL_POLICIES);
  const idOf = (schoolId: string, policyId: string, trustId: string): number => {
    const key = `${schoolId}\n${policyId}`;
    return (
      remembered.get(key) ??
      remembered.remember(key, (lookup.get(schoolId, policyId) as number | undefined) ?? Number(add.run(schoolId, policyId, trustId, NO_FACTS_JSON).lastInsertRowid))
    );
  };
  idOf.check = () => remembered.forgetIfRolledBack();
  return idOf;
}
