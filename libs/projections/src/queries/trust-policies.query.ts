import type Database from 'better-sqlite3';
import { ALL_PHASES, nextReview, lastReviewedOn, PolicyReviewFacts, TermCalendar } from '@governance/domain';
import type { TrustPolicyFacts } from '../read-models/policy-register.projection';
import type { TrustPolicy } from '@governance/contracts';

/** One entry of a trust's policy catalogue (GET /api/trusts/:trustId/policies): the `TrustPolicy` contract. */
export type TrustPolicyRow = TrustPolicy;

interface Row {
  policy_id: string;
  title: string;
  scope: 'trust' | 'school';
  review_cycle_months: number;
  /** Written from a decided PolicyRegistered event, so one of the approver values. */
  approver: TrustPolicy['approver'];
  statutory: number;
  eia_required: number;
  category: string | null;
  catalogue_key: string | null;
  /** JSON list of phases; NULL (a policy registered before phases) means every phase. */
  applies_to: string | null;
  acknowledgement_required: number;
  current_version: number | null;
  retired: number;
  trust_facts: string;
}

/** The trust's catalogue of policies, retired ones included (flagged), ordered by title. */
export class TrustPoliciesQuery {
  private readonly statements;

  constructor(db: Database.Database) {
    const columns = `policy_id, title, scope, review_cycle_months, approver, statutory, eia_required, category,
      catalogue_key, applies_to, acknowledgement_required, current_version, retired, trust_facts`;
    this.statements = {
      all: db.prepare(`SELECT ${columns} FROM rm_policies WHERE trust_id = ? ORDER BY title COLLATE NOCASE, policy_id`),
      one: db.prepare(`SELECT ${columns} FROM rm_policies WHERE trust_id = ? AND policy_id = ?`),
    };
  }

  list(trustId: string, asOf: string, calendar: TermCalendar = TermCalendar.default): TrustPolicyRow[] {
    return (this.statements.all.all(trustId) as Row[]).map((row) => toView(row, asOf, calendar));
  }

  get(trustId: string, policyId: string, asOf: string, calendar: TermCalendar = TermCalendar.default): TrustPolicyRow | undefined {
    const row = this.statements.one.get(trustId, policyId) as Row | undefined;
    return row ? toView(row, asOf, calendar) : undefined;
  }
}

function toView(row: Row, asOf: string, calendar: TermCalendar): TrustPolicyRow {
  const trust = JSON.parse(row.trust_facts) as TrustPolicyFacts;
  const facts = {
    scope: row.scope,
    reviewCycleMonths: row.review_cycle_months,
    trust,
    school: { adoptions: [], reviews: [] },
  } as PolicyReviewFacts;
  const trustLevel = row.scope === 'trust';
  const approved = trust.approvals.map((approval) => approval.version);
  return {
    id: row.policy_id,
    title: row.title,
    scope: row.scope,
    currentVersion: row.current_version,
    approvedVersion: approved.length === 0 ? null : Math.max(...approved),
    reviewCycleMonths: row.review_cycle_months,
    approver: row.approver,
    statutory: row.statutory === 1,
    eiaRequired: row.eia_required === 1,
    category: row.category,
    catalogueKey: row.catalogue_key,
    appliesTo: row.applies_to ? (JSON.parse(row.applies_to) as TrustPolicy['appliesTo']) : [...ALL_PHASES],
    acknowledgementRequired: row.acknowledgement_required === 1,
    retired: row.retired === 1,
    lastReviewedOn: trustLevel ? lastReviewedOn(facts, asOf) : null,
    nextReviewDue: trustLevel ? (nextReview(facts, calendar, asOf)?.dueOn ?? null) : null,
  };
}
