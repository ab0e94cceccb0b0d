import type { Approver } from './vocabulary';

/**
 * A date as the document gives it: `YYYY-MM-DD`, a month `YYYY-MM` ("November 2018") or a
 * term id `YYYY-autumn|spring|summer` ("Spring 2025"). Never more precise than the text.
 */
export type PartialDate = string;

/** What the importer read from a policy document. Unstated scalars are null. */
export interface DetectedPolicy {
  title: string | null;
  trustName: string | null;
  schoolName: string | null;
  lastReviewedOn: PartialDate | null;
  approvedOn: PartialDate | null;
  approvedBy: Approver | null;
  nextReviewDue: PartialDate | null;
  reviewCycleMonths: number | null;
  statutory: boolean | null;
  legislation: string[];
  linkedPolicies: string[];
  /** Role ids, in order of first mention. */
  roles: string[];
  eia: DetectedEia;
}

export interface DetectedEia {
  /** True when the document contains the assessment itself (a form or its conclusion). */
  present: boolean;
  completedOn: PartialDate | null;
  fullAssessmentRequired: boolean | null;
}

/** Where a value was read: the 1-based line number in the extracted text and that line. */
export interface SourceLine {
  line: number;
  text: string;
}

/** Parallel to DetectedPolicy: one source per scalar, one per list item, in the same order. */
export interface DetectionSources {
  title: SourceLine | null;
  trustName: SourceLine | null;
  schoolName: SourceLine | null;
  lastReviewedOn: SourceLine | null;
  approvedOn: SourceLine | null;
  approvedBy: SourceLine | null;
  nextReviewDue: SourceLine | null;
  reviewCycleMonths: SourceLine | null;
  statutory: SourceLine | null;
  legislation: SourceLine[];
  linkedPolicies: SourceLine[];
  roles: SourceLine[];
  eia: {
    present: SourceLine | null;
    completedOn: SourceLine | null;
    fullAssessmentRequired: SourceLine | null;
  };
}

/** The answer to POST /api/trusts/{trustId}/policy-imports (a dry run has no policyId). */
export interface ImportAnswer {
  detected: DetectedPolicy;
  sources: DetectionSources;
  warnings: string[];
  policyId?: string;
  position?: string;
}
