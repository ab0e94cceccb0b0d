import type { ComplianceFigures } from '@governance/contracts';
import type {
  Approver,
  EiaStatus,
  LocalDate,
  MinutesBody,
  ReviewOutcome,
  ReviewStatus,
  TermId,
} from '@governance/domain';

/**
 * The clerk's termly pack as facts: what the JSON answer carries and what the Markdown and
 * Word renderers lay out. Person ids are given with the name the directory knows them by.
 */
export interface MinutesInputs {
  trust: { id: string; name: string };
  body: MinutesBody;
  term: TermInfo;
  previousTerm: TermInfo;
  nextTerm: TermInfo;
  /** The day statuses are assessed on: today, or the term's last day for a past term. */
  asOf: LocalDate;
  generatedOn: LocalDate;
  /** The trust board's table across all academies; null in a school's pack. */
  overview: SchoolOverview[] | null;
  /** The trust's own approvals, reviews and decisions; null in a school's pack. */
  trustLevel: TrustLevelInputs | null;
  /** One section per school (one in a school's pack). */
  schools: SchoolMinutesInputs[];
}

export interface TermInfo {
  id: TermId;
  /** "Spring 2027". */
  label: string;
  startsOn: LocalDate;
  endsOn: LocalDate;
}

export interface PersonRef {
  id: string;
  /** The directory's name, "Erased person" or "Platform operator". */
  name: string;
}

export interface TrustLevelInputs {
  policyActions: PolicyAction[];
  decisions: DraftResolution[];
}

export interface SchoolMinutesInputs {
  school: { id: string; name: string; urn: string | null };
  policyActions: PolicyAction[];
  /** Reviews falling due after `asOf` and by the end of next term. */
  reviewsDue: DueReview[];
  overdue: OverdueReview[];
  eias: EiaAttention[];
  /** Policy evaluations dated in the term, oldest first. */
  evaluations: EvaluationInputs[];
  linkGovernance: LinkGovernanceInputs;
  /** The headteacher's report for the term; null when none was submitted. */
  termlyReport: TermlyReportInputs | null;
  decisions: DraftResolution[];
  /**
   * Read and acknowledge: per policy asking the school's staff, the version in force and the
   * counts, as the read models stood when the pack was built (counts only, no names). Absent
   * when no policy asks, and in a pack recorded before packs carried it (so it rebuilds the same).
   */
  acknowledgements?: AcknowledgementInputs[];
}

/** One policy's read-and-acknowledge counts at a school, for the clerk's pack. */
export interface AcknowledgementInputs {
  policyId: string;
  title: string;
  version: number;
  staff: number;
  acknowledged: number;
  outstanding: number;
}

/** A policy approved, adopted or reviewed during the term. */
export interface PolicyAction {
  policyId: string;
  title: string;
  /** `trust`: the trust's approval or review of a trust-wide policy; `school`: the school's. */
  level: 'trust' | 'school';
  action: 'approved' | 'adopted' | 'reviewed';
  on: LocalDate;
  version: number | null;
  /** The body that approved it (an approval's body, an adoption's approvedBy), or null. */
  approvedBy: Approver | null;
  minuteRef: string | null;
  /** The meeting that decided it (its minute reference is `minuteRef`); absent or null when recorded directly. */
  meetingId?: string | null;
  outcome: ReviewOutcome | null;
  /** A review's next review as given: a date, a term id or a month. */
  nextReviewDue: string | null;
  /** A review's notes or an adoption's local amendments. */
  notes: string | null;
  recordedBy: PersonRef | null;
}

export interface DueReview {
  policyId: string;
  title: string;
  status: ReviewStatus;
  nextReviewDue: LocalDate;
  /** As the last review gave it, e.g. "2027-summer". */
  nextReviewDueAsGiven: string | null;
  lastReviewedOn: LocalDate | null;
  /** The term the review falls due in: this term or next term. */
  dueIn: 'this-term' | 'next-term';
}

export interface OverdueReview {
  policyId: string;
  title: string;
  nextReviewDue: LocalDate;
  lastReviewedOn: LocalDate | null;
  daysOverdue: number;
  /** "3 months", "12 days". */
  overdueFor: string;
}

export interface EiaAttention {
  policyId: string;
  title: string;
  eia: Extract<EiaStatus, 'missing' | 'out-of-date' | 'full-assessment-required'>;
  /** The latest EIA's date, when there is one. */
  lastEiaOn: LocalDate | null;
  adopted: boolean;
}

/** A policy evaluation of the term: the checklist counted and the statement of effectiveness. */
export interface EvaluationInputs {
  policyId: string;
  title: string;
  evaluatedOn: LocalDate;
  evaluatedBy: PersonRef | null;
  effectivenessStatement: string;
  answers: { yes: number; no: number; notApplicable: number };
  /** The points answered No, each with its evidence when given. */
  answeredNo: { point: string; evidence: string | null }[];
}

export interface LinkGovernanceInputs {
  visits: VisitInputs[];
  reports: GovernorReportInputs[];
  /** Current link governors without a report for the term. */
  notReported: { governor: PersonRef; areas: string[] }[];
}

export interface VisitInputs {
  governor: PersonRef;
  visitedOn: LocalDate;
  purpose: string;
  findings: string;
  policies: string[];
  actions: string[];
}

export interface GovernorReportInputs {
  governor: PersonRef;
  reportedOn: LocalDate;
  summary: string;
  recommendations: string | null;
  policies: string[];
}

export interface TermlyReportInputs {
  submission: number;
  submittedOn: LocalDate;
  submittedBy: PersonRef;
  summary: string;
  incidents: IncidentComparison[];
  training: string[];
  previousTermSubmitted: boolean;
}

export interface IncidentComparison {
  category: string;
  /** The monitored category's wording, or the category as counted. */
  label: string;
  /** Null when this term's report did not count it. */
  thisTerm: number | null;
  /** Null when the previous term's report did not count it (or there was none). */
  previousTerm: number | null;
}

/** A decision for a meeting: a drafted version waiting to be approved or adopted. */
export interface DraftResolution {
  policyId: string;
  title: string;
  level: 'trust' | 'school';
  action: 'approve' | 'adopt';
  version: number;
  versionSummary: string | null;
  /** The body whose decision it is. */
  approver: Approver;
  /** Whether the body meeting is the one to decide (else it notes the decision is pending). */
  forThisBody: boolean;
  resolution: string;
}

/** A school's row in the trust board's table. */
/** The compliance counts as of the term's end (the pack counts the term's own evaluations in `evaluations`). */
export interface SchoolOverview extends Omit<ComplianceFigures, 'evaluatedInLast12Months' | 'eiaOutOfDate' | 'wrongApprover'> {
  schoolId: string;
  name: string;
  eiaFullAssessment: number;
  actionsThisTerm: number;
  evaluations: number;
  reviewsDue: number;
  visits: number;
  linkGovernorReports: number;
  linkGovernorsNotReported: number;
  termlyReportSubmitted: boolean;
  decisions: number;
}
