// The words the API uses for roles and statuses. The domain keeps its own lists of these values
// (libs/domain); the server's answers are checked against these types where they are built, so
// a value the domain adds without adding it here fails to compile.

export type Role = 'trust-admin' | 'trustee' | 'clerk' | 'headteacher' | 'governor' | 'staff';

export interface RoleGrant {
  role: Role;
  /** Absent for a trust-wide grant. */
  schoolId?: string;
}

export type ReviewStatus = 'in-date' | 'due-soon' | 'overdue' | 'not-adopted' | 'never-reviewed';
export type EiaStatus = 'complete' | 'missing' | 'full-assessment-required' | 'not-required' | 'out-of-date';
export type Approver = 'trust-board' | 'local-governing-body' | 'headteacher' | 'committee';
export type ReviewOutcome = 'no-change' | 'amended';
