/** The counts of one register (a school's, or the trust's totals). */
export interface ComplianceFigures {
  policies: number;
  inDate: number;
  dueSoon: number;
  overdue: number;
  notAdopted: number;
  neverReviewed: number;
  eiaMissing: number;
  /** Policies whose EIA was for an earlier version than the one adopted: not compliant. */
  eiaOutOfDate: number;
  /** Adopted by another body than the scheme of delegation gives, without an exception: not compliant. */
  wrongApprover: number;
  /**
   * Adopted policies whose last evaluation (the checklist and statement of effectiveness) is
   * dated within the 12 months up to `asOf`: the policies say they are evaluated annually.
   */
  evaluatedInLast12Months: number;
  /** In date plus due soon (without an out-of-date EIA) over all policies that apply, in percent to one decimal; null when none apply. */
  compliancePct: number | null;
}

import type { ActionCounts } from './actions';

/**
 * Read and acknowledge: current staff asked to acknowledge the versions in force (one per person
 * and policy), how many did, how many are outstanding, as the log stands (now, or at `knownAt`).
 * Null when the request names an `asOf`: these counts are not kept by day.
 */
export interface AcknowledgementCounts {
  expected: number;
  acknowledged: number;
  outstanding: number;
}

export interface SchoolCompliance extends ComplianceFigures, ActionCounts {
  schoolId: string;
  name: string;
  linkGovernorReportsThisTerm: number;
  termlyReportSubmitted: boolean;
  /** Approvals, adoptions and reviews dated by `asOf` and recorded more than 30 days after the date they state. */
  recordedLate: number;
  acknowledgements: AcknowledgementCounts | null;
}

/** GET /api/trusts/{trustId}/compliance. */
export interface TrustCompliance {
  asOf: string;
  term: string;
  totals: ComplianceFigures & { schools: number; linkGovernorReportsThisTerm: number; termlyReportsSubmitted: number; recordedLate: number; acknowledgements: AcknowledgementCounts | null } & ActionCounts;
  schools: SchoolCompliance[];
}
