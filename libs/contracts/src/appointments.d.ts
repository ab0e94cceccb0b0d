// Appointments and terms of office: who sits on the members, the trust board, a local governing
// body or a committee, in what role, appointed by whom, from when to when.

export type AppointmentBody = 'members' | 'trust-board' | 'local-governing-body' | 'committee';
export type AppointmentRole =
  | 'chair'
  | 'vice-chair'
  | 'trustee'
  | 'member'
  | 'parent-governor'
  | 'staff-governor'
  | 'co-opted'
  | 'foundation'
  | 'local-authority'
  | 'headteacher';

/** POST /api/trusts/{trustId}/people/{personId}/appointments. */
export interface AppointmentRequest {
  body: AppointmentBody;
  /** Required for a local governing body (one of the trust's academies), refused otherwise. */
  schoolId?: string;
  /** The committee's name: required for a committee, refused otherwise. */
  committee?: string;
  role: AppointmentRole;
  /** Who appointed them, e.g. "Members", "Trust board", "Parents (election)", "Diocese". */
  appointedBy: string;
  /** YYYY-MM-DD, the first day of the term. */
  startsOn: string;
  /** YYYY-MM-DD, the last day of the term: after startsOn, at most four years on. */
  endsOn: string;
}

/** POST .../appointments/{appointmentId}/end: the last day held, before the term's end. */
export interface EndAppointmentRequest {
  endedOn: string;
  reason?: string;
}

/** Whether the appointment holds today, has not started yet, or is over. */
export type AppointmentStatus = 'current' | 'future' | 'ended';

/** One appointment as the reads answer it. */
export interface AppointmentItem {
  appointmentId: string;
  personId: string;
  /** null once the person is erased (the record stays, nameless). */
  name: string | null;
  body: AppointmentBody;
  schoolId: string | null;
  /** The academy's name for a local governing body. */
  schoolName: string | null;
  committee: string | null;
  role: AppointmentRole;
  appointedBy: string;
  startsOn: string;
  endsOn: string;
  /** The last day held when ended early, else null. */
  endedOn: string | null;
  endReason: string | null;
  status: AppointmentStatus;
}
