import type { Approver, Role, RoleGrant } from './vocabulary';
import type { ApproverExceptionBody } from './delegation';

// The bodies and answers of the trust-admin area's set-up routes (schools, people, policies,
// link governors, term dates, reminder settings).

/** A school's phase (API.md version 2, "Set-up"). */
export type SchoolPhase = 'nursery' | 'primary' | 'secondary' | 'all-through' | 'special' | 'alternative-provision' | 'sixteen-plus';

/** POST /api/trusts/{trustId}/schools. */
export interface SchoolRequest {
  name: string;
  urn?: string;
  phase?: SchoolPhase;
}

/** PATCH /api/trusts/{trustId}/schools/{schoolId}: the fields to change. */
export interface SchoolChangeRequest {
  name?: string;
  urn?: string;
  phase?: SchoolPhase;
}

/** POST /api/trusts/{trustId}/people. */
export interface PersonRequest {
  name: string;
  email: string;
  password?: string;
  roles: RoleGrant[];
}

/** PATCH /api/trusts/{trustId}/people/{personId}: the fields to change. */
export interface PersonChangeRequest {
  name?: string;
  email?: string;
}

/** PUT /api/trusts/{trustId}/people/{personId}/password. */
export interface SetPasswordRequest {
  password: string;
}

/** POST /api/trusts/{trustId}/people/{personId}/roles (and the query of its DELETE). */
export interface RoleGrantRequest {
  role: Role;
  schoolId?: string;
}

/** One of GET /api/trusts/{trustId}/people: a person as a trust admin sees them. */
export interface Person {
  id: string;
  /** Null once erased. */
  name: string | null;
  email: string | null;
  roles: RoleGrant[];
  erased: boolean;
  erasedAt: string | null;
  mfaEnrolled: boolean;
  /** False until a password is set (by the person from an invitation, or by an admin). */
  canSignIn: boolean;
}

/** POST /api/trusts/{trustId}/policies. */
export interface PolicyRequest {
  title: string;
  scope: 'trust' | 'school';
  reviewCycleMonths: number | string;
  approver: Approver;
  statutory?: boolean;
  eiaRequired?: boolean;
  category?: string;
  legislation?: string[];
  linkedPolicies?: string[];
  /** The phases of school it applies to (at least one); every phase when absent. */
  appliesTo?: SchoolPhase[];
  /** Whether staff must read and acknowledge each adopted version; false when absent. */
  acknowledgementRequired?: boolean;
}

/** PATCH /api/trusts/{trustId}/policies/{policyId}: what to change (either or both). */
export interface PolicyChangeRequest {
  /** The phases of school it applies to (at least one): a school of another phase leaves it out of its register and figures. */
  appliesTo?: SchoolPhase[];
  /** Whether staff must read and acknowledge each adopted version. */
  acknowledgementRequired?: boolean;
}

/** One of GET /api/catalogue: a statutory policy a trust can add in one step. */
export interface CatalogueEntry {
  key: string;
  title: string;
  scope: 'trust' | 'school';
  reviewCycleMonths: number;
  approver: Approver;
  statutory: boolean;
  eiaRequired: boolean;
  /** Staff must read each adopted version and confirm it. */
  acknowledgementRequired: boolean;
  category: string;
  legislation: string[];
  note: string | null;
  /** The phases of school the DfE guidance applies it to. */
  appliesTo: SchoolPhase[];
  /** Why it does not apply to every phase; null when it does. */
  appliesToReason: string | null;
}

/** POST /api/trusts/{trustId}/policies/catalogue: the catalogue keys to add (all when absent). */
export interface CatalogueRequest {
  keys?: string[];
}

/** A catalogue entry as the trust's policy: its key, policy id and title. */
export interface CatalogueItem {
  key: string;
  id: string;
  title: string;
}

/** The answer of POST .../policies/catalogue. */
export interface CatalogueAddition {
  added: CatalogueItem[];
  /** Entries the trust already had. */
  alreadyPresent: CatalogueItem[];
  position: string;
}

/** One of GET /api/trusts/{trustId}/policies. */
export interface TrustPolicy {
  id: string;
  title: string;
  scope: 'trust' | 'school';
  currentVersion: number | null;
  /** The latest version the trust approved (trust-scope policies). */
  approvedVersion: number | null;
  reviewCycleMonths: number;
  approver: Approver;
  statutory: boolean;
  eiaRequired: boolean;
  category: string | null;
  catalogueKey: string | null;
  /** The phases of school it applies to: a school of another phase leaves it out of its register and figures. */
  appliesTo: SchoolPhase[];
  /** Whether staff must read and acknowledge each adopted version. */
  acknowledgementRequired: boolean;
  retired: boolean;
  lastReviewedOn: string | null;
  nextReviewDue: string | null;
}

/**
 * POST .../policies/{policyId}/versions, as JSON; or as multipart/form-data with these fields
 * and the document itself as the `document` file (.docx, .pdf, .odt, .doc or .txt, at most 10 MB).
 */
export interface VersionRequest {
  summary: string;
  /** A link to the document (SharePoint, Google Drive, the school website). */
  documentUrl?: string;
}

/**
 * An attached document as the log records it (`document` of a PolicyVersionDrafted entry in
 * the audit trail); its bytes are at GET .../policies/{policyId}/versions/{version}/document.
 */
export interface PolicyDocumentInfo {
  sha256: string;
  fileName: string;
  mediaType: string;
  bytes: number;
}

/** GET .../policies/{policyId}/versions: one drafted version, oldest first. */
export interface PolicyVersion {
  version: number;
  summary: string;
  documentUrl: string | null;
  /** The attached document, if any; download it from .../versions/{version}/document. */
  document: PolicyDocumentInfo | null;
  /** When it was recorded (an ISO instant). */
  draftedAt: string;
}

/** POST .../policies/{policyId}/approvals (trust-scope policies). */
export interface ApprovalRequest {
  version: number;
  approvedOn: string;
  body: Approver;
  minuteRef?: string;
  /** Required to record a body other than the scheme of delegation gives. */
  exception?: ApproverExceptionBody;
}

/** POST .../policies/{policyId}/retirement. */
export interface RetirementRequest {
  retiredOn?: string;
  reason?: string;
}

/** POST .../schools/{schoolId}/link-governors. */
export interface LinkGovernorRequest {
  personId: string;
  area: string;
  policyIds?: string[];
  assignedOn?: string;
}

/** One term's first and last day. */
export interface TermDates {
  term: string;
  startsOn: string;
  endsOn: string;
}

/** PUT /api/trusts/{trustId}/term-dates: terms not listed keep their dates. */
export interface TermDatesRequest {
  terms: TermDates[];
}

/** GET /api/trusts/{trustId}/term-dates. */
export interface TermDatesView {
  overrides: TermDates[];
  /** This academic year's and the next's six terms, as the trust's calendar has them. */
  terms: (TermDates & { overridden: boolean })[];
}

/** GET and PUT /api/trusts/{trustId}/reminder-settings (a PUT may leave fields out). */
export interface ReminderSettings {
  whenDue: boolean;
  daysBefore: number[];
  onTheDay: boolean;
  whenOverdue: boolean;
  weeklyDigest: boolean;
}

/** POST .../schools/:schoolId/policies/:policyId/owner: the staff lead reminded of the policy with the headteacher. */
export interface PolicyOwnerRequest {
  personId: string;
}
