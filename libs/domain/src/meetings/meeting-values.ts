/** The bodies that meet: the trust board, an academy's local governing body, or a named committee. */
export const meetingBodies = ['trust-board', 'local-governing-body', 'committee'] as const;
export type MeetingBody = (typeof meetingBodies)[number];

/** The four attendance statuses clerks record. */
export const attendanceStatuses = ['present', 'apologies-accepted', 'apologies-not-accepted', 'absent'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

/** What a meeting may decide, each with its minute reference. */
export const decisionKinds = ['approve-policy', 'review-policy', 'adopt-policy', 'note'] as const;
export type DecisionKind = (typeof decisionKinds)[number];

/**
 * The usual academy quorum (the model articles for trustees, the usual terms of reference for
 * local governing bodies): at least a third of the members, rounded up, and never fewer than three.
 */
export const QUORUM_FRACTION = 1 / 3;
export const QUORUM_MINIMUM = 3;

/** How many members must be present for a body of `members` people to decide. */
export function quorumFor(members: number): number {
  return Math.max(QUORUM_MINIMUM, Math.ceil(members * QUORUM_FRACTION));
}

