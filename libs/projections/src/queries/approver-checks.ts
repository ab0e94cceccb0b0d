import type Database from 'better-sqlite3';
import { Approver, DelegationRule, expectedApprover } from '@governance/domain';
import type { RegisterRow } from '@governance/contracts';

/** The part of a register row that compares the body recorded with the body expected. */
export type ApproverCheck = Pick<RegisterRow, 'approvedBy' | 'approvedByExpected' | 'approvedByOk' | 'approvedByException'>;

interface AdoptionApproverRow {
  approved_by: Approver | null;
  expected: Approver | null;
  exception_reason: string | null;
}

/**
 * Who approved each school's adopted version and who should have:
 * - recorded under a scheme (the adoption event names the expected body): judged by that;
 * - recorded before the trust set a scheme: judged by today's scheme, so the board sees it
 *   flagged (never refused after the fact);
 * - no scheme at all, or no body named: `approvedByOk` is null (nothing to check against).
 * An exception recorded with a reason keeps `approvedByOk` false but counts (flagged).
 */
export class ApproverChecks {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      scheme: db.prepare('SELECT rules FROM rm_delegation_schemes WHERE trust_id = ?'),
      // The latest adoption of the version a row shows, by the (trust, school, policy, version,
      // position) index: a probe per row instead of reading every adoption of the trust's history.
      adoption: db.prepare(
        `SELECT approved_by, expected, exception_reason FROM rm_adoption_approvers
         WHERE trust_id = ? AND school_id = ? AND policy_id = ? AND version = ? ORDER BY position DESC LIMIT 1`,
      ),
    };
  }

  /** A function giving the check of one row of one school, for the trust as recorded now. */
  forTrust(trustId: string): (schoolId: string, row: RegisterRow) => ApproverCheck {
    const stored = this.statements.scheme.get(trustId) as { rules: string } | undefined;
    const rules = stored ? (JSON.parse(stored.rules) as DelegationRule[]) : [];
    return (schoolId, row) => {
      const adoption =
        row.adoptedVersion === null
          ? undefined
          : (this.statements.adoption.get(trustId, schoolId, row.policyId, row.adoptedVersion) as AdoptionApproverRow | undefined);
      const fromScheme =
        rules.length === 0
          ? null
          : expectedApprover(rules, { policyId: row.policyId, category: row.category, schoolId, policyApprover: row.approver });
      const expected = adoption?.expected ?? fromScheme;
      const approvedBy = adoption?.approved_by ?? null;
      return {
        approvedBy,
        approvedByExpected: expected ?? row.approver,
        approvedByOk: approvedBy === null || expected === null ? null : approvedBy === expected,
        approvedByException: adoption?.exception_reason ?? null,
      };
    };
  }
}

/** Counted as wrong: another body than expected, with no exception recorded. */
export const wrongApprover = (row: Pick<RegisterRow, 'approvedByOk' | 'approvedByException'>): boolean =>
  row.approvedByOk === false && (row.approvedByException ?? null) === null;
