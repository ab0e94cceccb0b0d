/** The kinds of interest a register records (Academy Trust Handbook). */
export type InterestKind =
  | 'directorship'
  | 'employment'
  | 'shareholding'
  | 'trusteeship-or-governorship-elsewhere'
  | 'relationship-with-staff-or-member'
  | 'contract-or-supplier'
  | 'other';

export interface DeclaredInterestRequest {
  kind: InterestKind;
  description: string;
  from?: string;
  to?: string;
}

/** POST /api/trusts/{trustId}/people/{personId}/interests: an empty list means nothing to declare. */
export interface DeclareInterestsRequest {
  declaredOn: string;
  interests: DeclaredInterestRequest[];
}

/** POST /api/trusts/{trustId}/people/{personId}/training. */
export interface RecordTrainingRequest {
  completedOn: string;
  title: string;
  provider?: string;
  hours?: number;
}

/** `not-required`: never declared (or trained) and holds no governor or trustee role. */
export type RecordStatus = 'done' | 'due' | 'overdue' | 'not-required';

export interface DeclaredInterest {
  kind: InterestKind;
  /** Kept in the people directory, not the log: null if it no longer holds it. */
  description: string | null;
  from: string | null;
  to: string | null;
}

export interface DeclarationItem {
  declaredOn: string;
  /** Empty: nothing to declare. */
  interests: DeclaredInterest[];
  nothingToDeclare: boolean;
  /** The person id of whoever recorded it (the person themselves or the clerk). */
  declaredBy: string;
}

/** The yearly renewal of a person's declaration as of a day. */
export interface DeclarationRenewalStatus {
  status: RecordStatus;
  lastDeclaredOn: string | null;
  /** The renewal falls due after this day (11 months on); null when never declared. */
  dueOn: string | null;
  /** Overdue after this day (12 months on); null when never declared. */
  overdueAfter: string | null;
}

/** GET /api/trusts/{trustId}/people/{personId}/interests. An erased person's list is empty. */
export interface PersonInterests extends DeclarationRenewalStatus {
  personId: string;
  asOf: string;
  erased: boolean;
  /** Latest first; never overwritten, only followed by a newer one. */
  declarations: DeclarationItem[];
  /** From the latest declaration: interests not ended, and those ended within the last 12 months (what a register shows). */
  current: DeclaredInterest[];
  endedRecently: DeclaredInterest[];
}

/** GET /api/trusts/{trustId}/declarations: one row per governor and trustee (and anyone who declared). */
export interface DeclarationStatusRow extends DeclarationRenewalStatus {
  personId: string;
  name: string | null;
  interestsDeclared: number;
}

export interface TrainingItem {
  completedOn: string;
  /** Kept in the people directory, not the log: null if it no longer holds it. */
  title: string | null;
  provider: string | null;
  hours: number | null;
  /** Counts as safeguarding training (its title contains "safeguarding"). */
  safeguarding: boolean;
  recordedBy: string;
}

export interface SafeguardingStatus {
  status: RecordStatus;
  lastCompletedOn: string | null;
  /** It stops counting on this day (3 years on); null when none. */
  expiresOn: string | null;
}

/** GET /api/trusts/{trustId}/people/{personId}/training. An erased person's list is empty. */
export interface PersonTraining {
  personId: string;
  asOf: string;
  erased: boolean;
  safeguarding: SafeguardingStatus;
  /** Latest first. */
  training: TrainingItem[];
}

/** GET /api/trusts/{trustId}/training: each governor's and trustee's safeguarding status. */
export interface TrainingStatusRow {
  personId: string;
  name: string | null;
  safeguarding: SafeguardingStatus;
  totalHours: number;
}
