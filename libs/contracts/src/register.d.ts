import type { Approver, EiaStatus, ReviewStatus } from './vocabulary';

/** One row of a school's (or the trust's) policy register. */
export interface RegisterRow {
  policyId: string;
  title: string;
  scope: 'trust' | 'school';
  status: ReviewStatus;
  adoptedVersion: number | null;
  currentVersion: number | null;
  lastReviewedOn: string | null;
  nextReviewDue: string | null;
  /** The next review as the last review gave it: a date, a term id or a month. */
  nextReviewDueAsGiven: string | null;
  eia: EiaStatus;
  /** The version the EIA behind `eia` was for (for `out-of-date`, the earlier version); null without one. */
  eiaVersion: number | null;
  category: string | null;
  statutory: boolean;
  approver: Approver;
  reviewCycleMonths: number;
  /** The date of the last evaluation, as `lastEvaluation.evaluatedOn`. */
  lastEvaluatedOn: string | null;
  /** The latest evaluation by date (the Libra checklist and statement of effectiveness); null when never evaluated. */
  lastEvaluation: EvaluationSummary | null;
  /** The person who leads this policy at the school and is reminded with the headteacher; null when none is named. */
  ownerId: string | null;
  // Scheme of delegation (issue #20): who approved the adopted version against who should have.
  /** The body the adoption of the adopted version names; null when none is adopted or none was named. */
  approvedBy?: Approver | null;
  /** The body the scheme of delegation gives (as recorded with the adoption), else the policy's approver. */
  approvedByExpected?: Approver;
  /** false when another body approved; null when there is nothing to check (no scheme, or no body named). */
  approvedByOk?: boolean | null;
  /** The reason of an exception recorded for another body: it counts, flagged. */
  approvedByException?: string | null;
  // Meetings (issue #21): the minute of the last approval, adoption or review (the school's or the trust's, whichever is later).
  /** Its minute reference; null when it was recorded without one. */
  minuteRef?: string | null;
  /** The meeting that decided it; null when it was recorded directly. */
  meetingId?: string | null;
}

/** A policy evaluation summed up: when, by whom, the statement of effectiveness and the checklist's count. */
export interface EvaluationSummary {
  evaluatedOn: string;
  /** The person who recorded it (a person id), when known. */
  evaluatedBy: string | null;
  /** The school's own words, for example “It is effective and suitable for purpose”. */
  effectivenessStatement: string;
  /** How many points of the checklist were answered Yes, No and N/A. */
  answers: { yes: number; no: number; notApplicable: number };
  /** The points answered No: where the policy is not yet working in practice. */
  answeredNo: string[];
}
