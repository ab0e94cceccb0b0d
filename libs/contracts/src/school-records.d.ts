import type { Approver, ReviewOutcome } from './vocabulary';
import type { ApproverExceptionBody } from './delegation';

// The bodies the web app's forms send. Each server DTO `implements` its request, so a field
// renamed here fails to compile in the DTO and in the form that sends it.

/** POST .../schools/{schoolId}/visits. */
export interface VisitRequest {
  visitedOn: string;
  purpose: string;
  findings: string;
  policyIds?: string[];
  actions?: string[];
  /** The link governor who visited, when someone else logs it. */
  governorId?: string;
}

/** POST .../schools/{schoolId}/link-governor-reports. */
export interface LinkGovernorReportRequest {
  term: string;
  summary: string;
  policyIds?: string[];
  recommendations?: string;
  governorId?: string;
}

/** POST .../schools/{schoolId}/termly-reports. */
export interface TermlyReportRequest {
  term: string;
  summary: string;
  /** Incident category to count. */
  incidents?: Record<string, number>;
  training?: string[] | string;
}

/** POST .../policies/{policyId}/adoptions. */
export interface AdoptionRequest {
  version: number;
  adoptedOn: string;
  approvedBy?: Approver;
  localAmendments?: string;
  /** Required to record a body other than the scheme of delegation gives. */
  exception?: ApproverExceptionBody;
}

/** POST .../policies/{policyId}/reviews (school or trust). */
export interface ReviewRequest {
  reviewedOn: string;
  outcome: ReviewOutcome;
  notes?: string;
  /** A date, or a term id such as `2026-spring`. */
  nextReviewDue?: string;
}

/** One characteristic's answers: question key to answer. */
export type EiaImpactAnswers = Record<string, string>;

/** POST .../schools/{schoolId}/policies/{policyId}/eia. */
/** POST .../policies/{policyId}/evaluations: the policy evaluation form (Yes / No / N/A with evidence). */
export interface EvaluationRequest {
  evaluatedOn: string;
  checklist: { point: string; answer: 'yes' | 'no' | 'n/a'; evidence?: string }[];
  /** “A statement outlining the overall effectiveness of this policy”. */
  effectivenessStatement: string;
}

export interface EiaRequest {
  completedOn: string;
  /** Protected characteristic to its answers. */
  impacts: Record<string, EiaImpactAnswers>;
  fullAssessmentRequired: boolean;
  conclusion: string;
  approvedBy?: string;
  approvedOn?: string;
  version?: number;
  affects?: string[];
}

/** GET /api/evaluation-form: the standard points of the policy evaluation form, in order. */
export interface EvaluationForm {
  points: string[];
}
