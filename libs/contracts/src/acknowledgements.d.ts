// Read and acknowledge (issue #23): staff lists, what each member of staff must read, progress.

/** One problem line of a staff CSV: the file's line number (the header is line 1) and what is wrong. */
export interface StaffImportProblem {
  line: number;
  /** The column at fault, when one is. */
  column: 'name' | 'email' | 'role' | null;
  message: string;
}

/** One member of staff as an import reads them. */
export interface StaffImportPerson {
  /** The existing person, for a changed or leaving member of staff; null for someone new. */
  personId: string | null;
  name: string;
  email: string;
  /** The job title from the MIS ("Class teacher"), or null. It is not a permission. */
  role: string | null;
  /** For a changed member of staff: what changed. */
  changed?: ('name' | 'email' | 'role')[];
}

/**
 * POST /api/trusts/{trustId}/schools/{schoolId}/staff-imports (multipart `file`; fields
 * `apply=true` to apply, `applyCleanLines=true` to apply the clean lines of a file with problems).
 * 200 a dry run, 201 applied; a file with problems is refused when applied (422, the same report in
 * `problems`) unless `applyCleanLines` is given.
 */
export interface StaffImportReport {
  schoolId: string;
  applied: boolean;
  /** Data rows read (lines after the header that are not blank). */
  rows: number;
  added: StaffImportPerson[];
  changed: StaffImportPerson[];
  /** Current staff of the school not in the file: applying ends their staff role there. */
  leaving: StaffImportPerson[];
  unchanged: number;
  problems: StaffImportProblem[];
  /** The log position of the last event an applied import recorded (read at it to see the import); null for a dry run or when nothing changed. */
  position: string | null;
}

/** One adopted version a member of staff must read and acknowledge (GET /api/me/reading). */
export interface ReadingItem {
  trustId: string;
  schoolId: string;
  schoolName: string;
  policyId: string;
  title: string;
  version: number;
  adoptedOn: string;
  /** The day this person was first asked: the later of the adoption's recording and their joining the school's staff. */
  askedOn: string;
  /** The version's summary as drafted. */
  summary: string | null;
  /** The link given with the version, when one was. */
  documentUrl: string | null;
  /** The API path that downloads the attached document, when one was attached. */
  documentPath: string | null;
}

/** A version this person has acknowledged. */
export interface AcknowledgedItem {
  schoolId: string;
  policyId: string;
  title: string;
  version: number;
  acknowledgedOn: string;
}

/** GET /api/me/reading: oldest first; the acknowledged ones of the versions in force, newest first. */
export interface MyReading {
  items: ReadingItem[];
  acknowledged: AcknowledgedItem[];
}

/** POST /api/trusts/{trustId}/schools/{schoolId}/policies/{policyId}/acknowledgements. */
export interface AcknowledgePolicyRequest {
  version: number;
}

/** 201 recorded; 200 when this version was acknowledged before (nothing appended; `acknowledgedOn` is the first day). */
export interface PolicyAcknowledgement {
  schoolId: string;
  policyId: string;
  version: number;
  acknowledgedOn: string;
  /** Position in the event log (send it back as X-Min-Position to read your own write). */
  position: string;
}

/** A member of staff who has not yet acknowledged the version in force. */
export interface OutstandingReader {
  personId: string;
  /** Null when the person's details were erased. */
  name: string | null;
  askedOn: string;
}

/** Progress of one school's staff on the version in force of one policy. */
export interface AcknowledgementProgressRow {
  schoolId: string;
  schoolName: string;
  policyId: string;
  title: string;
  version: number;
  adoptedOn: string;
  /** Current staff of the school (leavers are not counted). */
  staff: number;
  acknowledged: number;
  outstanding: number;
  /**
   * Who has not acknowledged: given when the request names a school and the caller may see names
   * (a trust admin, the school's headteacher, the policy's owner at the school); otherwise null.
   */
  outstandingPeople: OutstandingReader[] | null;
}

/** GET /api/trusts/{trustId}/acknowledgements?schoolId=&policyId=. */
export interface AcknowledgementProgress {
  rows: AcknowledgementProgressRow[];
  totals: { expected: number; acknowledged: number; outstanding: number };
}

/** One current member of a school's staff and how far they have got with their reading. */
export interface SchoolStaffMember {
  personId: string;
  /** Null when the person's details were erased. */
  name: string | null;
  /** Null when the person's details were erased. */
  email: string | null;
  /** From the school's staff list (the MIS import); null when none was given. */
  jobTitle: string | null;
  /** The day (in London) they joined the school's staff. */
  joinedOn: string;
  /** The versions in force at the school that ask its staff to acknowledge them. */
  toRead: number;
  /** How many of those they acknowledged. */
  acknowledged: number;
}

/** GET /api/trusts/{trustId}/schools/{schoolId}/staff: the school's current staff, by name. */
export interface SchoolStaff {
  schoolId: string;
  staff: SchoolStaffMember[];
}
