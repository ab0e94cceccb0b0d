import type { Approver, EiaStatus, RegisterRow, ReviewStatus, SchoolCompliance } from '@governance/contracts';
import { approverInWords, categoryInWords } from '@governance/domain';
import type { CsvValue } from './csv';

/** One column of a CSV export: the heading a clerk reads, and the cell for a row. */
export interface CsvColumn<Row> {
  heading: string;
  cell: (row: Row) => CsvValue;
}

export function csvTable<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): { header: string[]; rows: CsvValue[][] } {
  return { header: columns.map((c) => c.heading), rows: rows.map((row) => columns.map((c) => c.cell(row))) };
}

const STATUS: Record<ReviewStatus, string> = {
  'in-date': 'In date',
  'due-soon': 'Due soon',
  overdue: 'Overdue',
  'not-adopted': 'Not adopted',
  'never-reviewed': 'Never reviewed',
};

const EIA: Record<EiaStatus, string> = {
  complete: 'Complete',
  missing: 'Missing',
  'full-assessment-required': 'Full assessment required',
  'not-required': 'Not required',
  'out-of-date': 'Out of date',
};

/** A catalogue category in words; a trust's own category as it wrote it. */
function category(value: string | null): string | null {
  return value === null ? null : categoryInWords(value);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A next review as the last review set it: a date stays a date (YYYY-MM-DD, which Excel reads
 * as a date in any locale), a term id "2027-summer" becomes "Summer 2027", a month "2027-03"
 * becomes "March 2027".
 */
export function dueAsSet(value: string | null): string | null {
  if (value === null) return null;
  const term = /^(\d{4})-(autumn|spring|summer)$/.exec(value);
  if (term) return `${term[2][0].toUpperCase()}${term[2].slice(1)} ${term[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
  return value;
}

function approverWords(value: Approver | null | undefined): string | null {
  return value ? approverInWords(value) : null;
}

/** Counted against compliance: another body than expected, with no exception recorded. */
function wrongApprover(row: RegisterRow): boolean {
  return row.approvedByOk === false && (row.approvedByException ?? null) === null;
}

/** A school's policy register, one policy a row; the school's name on every row so files can be combined. */
export function registerColumns(schoolName: string): CsvColumn<RegisterRow>[] {
  return [
    { heading: 'Policy', cell: (r) => r.title },
    { heading: 'School', cell: () => schoolName },
    { heading: 'Status', cell: (r) => STATUS[r.status] ?? r.status },
    { heading: 'Set by', cell: (r) => (r.scope === 'trust' ? 'Trust' : 'School') },
    { heading: 'Adopted version', cell: (r) => r.adoptedVersion },
    { heading: 'Current version', cell: (r) => r.currentVersion },
    { heading: 'Last reviewed', cell: (r) => r.lastReviewedOn },
    { heading: 'Next review due', cell: (r) => r.nextReviewDue },
    { heading: 'Next review as set', cell: (r) => dueAsSet(r.nextReviewDueAsGiven) },
    { heading: 'Equality impact assessment', cell: (r) => EIA[r.eia] ?? r.eia },
    { heading: 'EIA for version', cell: (r) => r.eiaVersion },
    { heading: 'Category', cell: (r) => category(r.category) },
    { heading: 'Statutory', cell: (r) => r.statutory },
    { heading: 'Approved by', cell: (r) => approverInWords(r.approver) },
    // The scheme of delegation's check of the adopted version (issue #20).
    { heading: 'Adoption approved by', cell: (r) => approverWords(r.approvedBy) },
    { heading: 'Expected approver', cell: (r) => approverWords(r.approvedByExpected) },
    { heading: 'Approver as expected', cell: (r) => r.approvedByOk ?? null },
    { heading: 'Wrong approver', cell: (r) => wrongApprover(r) },
    { heading: 'Approver exception reason', cell: (r) => r.approvedByException ?? null },
    { heading: 'Review cycle (months)', cell: (r) => r.reviewCycleMonths },
    { heading: 'Last evaluated', cell: (r) => r.lastEvaluatedOn },
    { heading: 'Effectiveness (last evaluation)', cell: (r) => r.lastEvaluation?.effectivenessStatement ?? null },
    { heading: 'Policy id', cell: (r) => r.policyId },
  ];
}

/** The compliance dashboard, one school a row. */
export const COMPLIANCE_COLUMNS: readonly CsvColumn<SchoolCompliance>[] = [
  { heading: 'School', cell: (r) => r.name },
  { heading: 'Policies', cell: (r) => r.policies },
  { heading: 'In date', cell: (r) => r.inDate },
  { heading: 'Due soon', cell: (r) => r.dueSoon },
  { heading: 'Overdue', cell: (r) => r.overdue },
  { heading: 'Not adopted', cell: (r) => r.notAdopted },
  { heading: 'Never reviewed', cell: (r) => r.neverReviewed },
  { heading: 'Equality impact assessments missing', cell: (r) => r.eiaMissing },
  { heading: 'EIA out of date', cell: (r) => r.eiaOutOfDate },
  { heading: 'Wrong approver', cell: (r) => r.wrongApprover },
  { heading: 'Compliance (%)', cell: (r) => r.compliancePct },
  { heading: 'Policies evaluated in the last 12 months', cell: (r) => r.evaluatedInLast12Months },
  { heading: 'Link governor reports this term', cell: (r) => r.linkGovernorReportsThisTerm },
  { heading: 'Termly report submitted', cell: (r) => r.termlyReportSubmitted },
  { heading: 'School id', cell: (r) => r.schoolId },
];
