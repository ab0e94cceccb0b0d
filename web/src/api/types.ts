/** The shapes of the API answers the web app reads (see ../../shared/API.md). */

export type Role = 'trust-admin' | 'trustee' | 'clerk' | 'headteacher' | 'governor' | 'staff';

export interface RoleGrant {
  role: Role;
  schoolId?: string;
}

export interface Me {
  id: string;
  kind: 'person' | 'operator';
  trustId: string | null;
  name: string | null;
  email: string | null;
  roles: RoleGrant[];
  mfaEnrolled: boolean;
  mfaEnrolmentRequired: boolean;
}

export interface SignedIn {
  accessToken: string;
  expiresAt: string;
  mfaEnrolmentRequired?: boolean;
}

export interface Trust {
  id: string;
  name: string;
  schools: number;
}

export interface School {
  id: string;
  name: string;
  urn: string | null;
  phase?: string | null;
}

export type ReviewStatus = 'in-date' | 'due-soon' | 'overdue' | 'not-adopted' | 'never-reviewed';
export type EiaStatus = 'complete' | 'missing' | 'full-assessment-required' | 'not-required';
export type Approver = 'trust-board' | 'local-governing-body' | 'headteacher' | 'committee';

export interface RegisterRow {
  policyId: string;
  title: string;
  scope: 'trust' | 'school';
  status: ReviewStatus;
  adoptedVersion: number | null;
  currentVersion: number | null;
  lastReviewedOn: string | null;
  nextReviewDue: string | null;
  nextReviewDueAsGiven?: string | null;
  eia: EiaStatus;
  category?: string | null;
  statutory?: boolean;
  approver?: Approver;
  reviewCycleMonths?: number;
}

export interface ComplianceFigures {
  policies: number;
  inDate: number;
  dueSoon: number;
  overdue: number;
  notAdopted: number;
  neverReviewed?: number;
  eiaMissing: number;
  compliancePct: number | null;
}

export interface SchoolCompliance extends ComplianceFigures {
  schoolId: string;
  name: string;
  linkGovernorReportsThisTerm: number;
  termlyReportSubmitted: boolean;
}

export interface TrustCompliance {
  asOf: string;
  term?: string;
  totals: ComplianceFigures & {
    schools?: number;
    linkGovernorReportsThisTerm?: number;
    termlyReportsSubmitted?: number;
  };
  schools: SchoolCompliance[];
}

export interface AuditItem {
  position: string;
  type: string;
  occurredAt: string;
  actorId: string | null;
  actorRole?: string | null;
  streamId: string;
  schoolId?: string | null;
  policyId?: string | null;
  data: Record<string, unknown>;
}

export interface AuditPage {
  items: AuditItem[];
  nextCursor: string | null;
}

export interface Person {
  id: string;
  name: string | null;
}

export interface WriteAnswer {
  id?: string;
  position: string;
  [field: string]: unknown;
}

export interface DetectedPolicy {
  title: string | null;
  trustName: string | null;
  schoolName: string | null;
  lastReviewedOn: string | null;
  approvedOn: string | null;
  approvedBy: Approver | null;
  nextReviewDue: string | null;
  reviewCycleMonths: number | null;
  statutory: boolean | null;
  legislation: string[];
  linkedPolicies: string[];
  roles: string[];
  eia: { present: boolean; completedOn: string | null; fullAssessmentRequired: boolean | null } | null;
}

export interface DetectionSource {
  line?: number;
  text?: string;
}

export interface ImportAnswer {
  detected: DetectedPolicy;
  sources?: Record<string, DetectionSource | DetectionSource[] | null | undefined>;
  warnings: string[];
  policyId?: string;
  position?: string;
}
