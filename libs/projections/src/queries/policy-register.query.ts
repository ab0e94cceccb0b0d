import type Database from 'better-sqlite3';
import { Approver, assessReview, ChecklistItem, eiaAssessment, PolicyReviewFacts, policyAppliesTo, tallyChecklist, TermCalendar } from '@governance/domain';
import type { SchoolPolicyFacts, TrustPolicyFacts } from '../read-models/policy-register.projection';
import { calendarKey, ReadModelMemo } from './read-model-memo';
import { PersistedAnswers, ReadModelInputs } from './persisted-answers';
import { ApproverCheck, ApproverChecks } from './approver-checks';
import { RegisterMinute, RegisterMinutes } from './register-minutes';

/** One row of a school's policy register: the answer shape shared with the web app. */
import type { EvaluationSummary, RegisterRow } from '@governance/contracts';
export type { EvaluationSummary, RegisterRow };

interface PolicyRow {
  policy_id: string;
  title: string;
  scope: 'trust' | 'school';
  review_cycle_months: number;
  /** Written only from a RegisterPolicy event, which the domain checked. */
  approver: Approver;
  statutory: number;
  eia_required: number;
  category: string | null;
  /** JSON list of the phases it applies to; NULL means every phase. */
  applies_to: string | null;
  current_version: number | null;
  trust_facts: string;
}

interface SchoolPolicyRow {
  policy_id: string;
  school_id: string;
  facts: string;
  /** The latest evaluation by date, as JSON (see LAST_EVALUATION), or null. */
  last_evaluation: string | null;
  owner_id: string | null;
}

/** The school's latest evaluation of the policy by date (then by position), as one JSON text. */
const LAST_EVALUATION = `(SELECT json_object('evaluatedOn', e.evaluated_on, 'evaluatedBy', e.evaluated_by,
    'effectivenessStatement', e.effectiveness_statement, 'checklist', json(e.checklist))
  FROM rm_policy_evaluations e WHERE e.school_policy = sp.id
  ORDER BY e.evaluated_on DESC, e.position DESC LIMIT 1) AS last_evaluation`;

const NO_SCHOOL_FACTS: SchoolPolicyFacts = { adoptions: [], reviews: [], eias: [] };

/** Reads registers: the trust's live policies crossed with each school's facts, assessed as of a date. */
export class PolicyRegisterQuery {
  private readonly statements;
  private readonly memo: ReadModelMemo;
  private readonly rows = new RowMemo();
  private readonly approvers: ApproverChecks;
  private readonly minutes: RegisterMinutes;
  private readonly inputs?: ReadModelInputs;

  /** `persisted`: a school's register kept on disk across restarts (the live server's); none for past read models. */
  constructor(
    db: Database.Database,
    private readonly persisted?: PersistedAnswers,
  ) {
    this.memo = new ReadModelMemo(db);
    // A register reads the policy register's tables only (phases, approvers and minutes are part of it).
    if (persisted) this.inputs = new ReadModelInputs(db, ['policy-register']);
    this.approvers = new ApproverChecks(db);
    this.minutes = new RegisterMinutes(db);
    this.statements = {
      policies: db.prepare(
        `SELECT policy_id, title, scope, review_cycle_months, approver, statutory, eia_required, category, applies_to, current_version, trust_facts
         FROM rm_policies WHERE trust_id = ? AND retired = 0 ORDER BY title COLLATE NOCASE, policy_id`,
      ),
      phases: db.prepare('SELECT school_id, phase FROM rm_register_school_phases WHERE trust_id = ?'),
      phase: db.prepare('SELECT phase FROM rm_register_school_phases WHERE school_id = ?').pluck(),
      schoolPolicies: db.prepare(`SELECT sp.policy_id, sp.school_id, sp.facts, sp.owner_id, ${LAST_EVALUATION} FROM rm_school_policies sp WHERE sp.trust_id = ?`),
      oneSchool: db.prepare(
        `SELECT sp.policy_id, sp.school_id, sp.facts, sp.owner_id, ${LAST_EVALUATION} FROM rm_school_policies sp WHERE sp.trust_id = ? AND sp.school_id = ?`,
      ),
    };
  }

  /** The register of one school: the trust's live policies that apply to the school's phase. */
  schoolRegister(trustId: string, schoolId: string, asOf: string, calendar: TermCalendar = TermCalendar.default): RegisterRow[] {
    const key = JSON.stringify(['register', trustId, schoolId, asOf, calendarKey(calendar)]);
    const compute = () => this.computeSchoolRegister(trustId, schoolId, asOf, calendar);
    return this.memo.answer(key, () => (this.persisted && this.inputs ? this.persisted.answer(key, this.inputs, compute) : compute()));
  }

  private computeSchoolRegister(trustId: string, schoolId: string, asOf: string, calendar: TermCalendar): RegisterRow[] {
    const phase = this.statements.phase.get(schoolId) as string | null | undefined;
    const policies = withTrustFacts(this.statements.policies.all(trustId) as PolicyRow[]).filter((policy) => policy.appliesTo(phase));
    const facts = new Map((this.statements.oneSchool.all(trustId, schoolId) as SchoolPolicyRow[]).map((row) => [row.policy_id, row]));
    const assessed = this.rows.generation(asOf, calendar);
    const checked = withMinutes(this.approvers.forTrust(trustId), this.minutes.forTrust(trustId));
    return policies.map((policy) => withCheck(assessed(policy, facts.get(policy.policy_id)), schoolId, checked));
  }

  /**
   * The registers of every school of a trust, keyed by school id (schools without facts get
   * all-not-adopted rows); each holds only the policies that apply to its school's phase.
   */
  trustRegisters(trustId: string, schoolIds: readonly string[], asOf: string, calendar: TermCalendar = TermCalendar.default): Map<string, RegisterRow[]> {
    const policies = withTrustFacts(this.statements.policies.all(trustId) as PolicyRow[]);
    const bySchool = new Map<string, Map<string, SchoolPolicyRow>>();
    for (const row of this.statements.schoolPolicies.all(trustId) as SchoolPolicyRow[]) {
      if (!bySchool.has(row.school_id)) bySchool.set(row.school_id, new Map());
      bySchool.get(row.school_id)!.set(row.policy_id, row);
    }
    const phases = new Map((this.statements.phases.all(trustId) as { school_id: string; phase: string | null }[]).map((row) => [row.school_id, row.phase]));
    const assessed = this.rows.generation(asOf, calendar);
    const checked = withMinutes(this.approvers.forTrust(trustId), this.minutes.forTrust(trustId));
    return new Map(
      schoolIds.map((schoolId) => {
        const facts = bySchool.get(schoolId);
        const phase = phases.get(schoolId);
        return [
          schoolId,
          policies.filter((policy) => policy.appliesTo(phase)).map((policy) => withCheck(assessed(policy, facts?.get(policy.policy_id)), schoolId, checked)),
        ];
      }),
    );
  }
}

type RowCheck = (schoolId: string, row: RegisterRow) => ApproverCheck & RegisterMinute;

/** The approver check and the last act's minute reference, one after the other. */
function withMinutes(approvers: (schoolId: string, row: RegisterRow) => ApproverCheck, minutes: (schoolId: string, row: RegisterRow) => RegisterMinute): RowCheck {
  return (schoolId, row) => ({ ...approvers(schoolId, row), ...minutes(schoolId, row) });
}

/** The memoised row with the scheme-of-delegation check and minute reference added (kept outside the row memo: they read other tables). */
function withCheck(row: RegisterRow, schoolId: string, check: RowCheck): RegisterRow {
  return { ...row, ...check(schoolId, row) };
}

type PolicyWithFacts = PolicyRow & { trustFacts: TrustPolicyFacts; key: string; appliesTo: (phase: string | null | undefined) => boolean };

/** Each policy's trust facts and phases parsed once, not once per school, and the policy's part of a row's memo key. */
function withTrustFacts(policies: PolicyRow[]): PolicyWithFacts[] {
  return policies.map((policy) => {
    const phases = policy.applies_to === null ? null : (JSON.parse(policy.applies_to) as string[]);
    return {
      ...policy,
      trustFacts: JSON.parse(policy.trust_facts) as TrustPolicyFacts,
      key: JSON.stringify(Object.values(policy)),
      appliesTo: (phase) => policyAppliesTo(phases, phase),
    };
  });
}

/**
 * Assessed register rows by their exact inputs (the policy's columns, the school's facts and
 * last evaluation) for one `asOf` and calendar. A row is a pure function of those, so after one
 * event only the rows it touched are assessed again: the dashboard of a 100-school trust is
 * recomputed in tens of milliseconds after a write instead of seconds. Bounded: at most two
 * days (or calendars) at a time and 50,000 rows each.
 */
class RowMemo {
  private readonly generations = new Map<string, Map<string, RegisterRow>>();

  generation(asOf: string, calendar: TermCalendar): (policy: PolicyWithFacts, school: SchoolPolicyRow | undefined) => RegisterRow {
    const id = `${asOf}\u0000${calendarKey(calendar)}`;
    let rows = this.generations.get(id);
    if (!rows) {
      if (this.generations.size >= 2) this.generations.delete(this.generations.keys().next().value as string);
      rows = new Map();
      this.generations.set(id, rows);
    }
    const memo = rows;
    return (policy, school) => {
      const key = school ? `${policy.key}\u0000${school.facts}\u0000${school.last_evaluation ?? ''}\u0000${school.owner_id ?? ''}` : policy.key;
      let row = memo.get(key);
      if (!row) {
        row = Object.freeze(assessRow(policy, school, asOf, calendar));
        if (memo.size >= 50_000) memo.clear();
        memo.set(key, row);
      }
      return row;
    };
  }
}

function assessRow(policy: PolicyWithFacts, school: SchoolPolicyRow | undefined, asOf: string, calendar: TermCalendar): RegisterRow {
  const trustFacts = policy.trustFacts;
  const schoolFacts = school ? (JSON.parse(school.facts) as SchoolPolicyFacts) : NO_SCHOOL_FACTS;
  const facts = {
    scope: policy.scope,
    reviewCycleMonths: policy.review_cycle_months,
    trust: trustFacts,
    school: { adoptions: schoolFacts.adoptions, reviews: schoolFacts.reviews },
  } as PolicyReviewFacts;
  const assessment = assessReview(facts, asOf, calendar);
  const lastEvaluation = evaluationSummary(school?.last_evaluation);
  const eia = eiaAssessment({ eiaRequired: policy.eia_required === 1, adoptions: schoolFacts.adoptions, eias: schoolFacts.eias }, asOf);
  return {
    policyId: policy.policy_id,
    title: policy.title,
    scope: policy.scope,
    status: assessment.status,
    adoptedVersion: assessment.adoptedVersion,
    currentVersion: policy.current_version,
    lastReviewedOn: assessment.lastReviewedOn,
    nextReviewDue: assessment.nextReviewDue,
    nextReviewDueAsGiven: assessment.nextReviewDueAsGiven,
    eia: eia.status,
    eiaVersion: eia.version,
    category: policy.category,
    statutory: policy.statutory === 1,
    approver: policy.approver,
    reviewCycleMonths: policy.review_cycle_months,
    lastEvaluatedOn: lastEvaluation?.evaluatedOn ?? null,
    lastEvaluation,
    ownerId: school?.owner_id ?? null,
  };
}

function evaluationSummary(json: string | null | undefined): EvaluationSummary | null {
  if (!json) return null;
  const stored = JSON.parse(json) as { evaluatedOn: string; evaluatedBy: string | null; effectivenessStatement: string; checklist: ChecklistItem[] };
  return {
    evaluatedOn: stored.evaluatedOn,
    evaluatedBy: stored.evaluatedBy,
    effectivenessStatement: stored.effectivenessStatement,
    ...tallyChecklist(stored.checklist),
  };
}
