/** Links a policy event to the meeting that decided it: optional in PolicyApproved, PolicyReviewed and PolicyAdopted. */
export interface MeetingDecisionRef {
  meetingId: string;
  minuteRef: string;
}

/** The fields a policy event carries when a meeting decided it; nothing when it was recorded directly (old events stay as they were). */
export function meetingRefFields(meeting: MeetingDecisionRef | null | undefined): { meetingId?: string; minuteRef?: string } {
  return meeting ? { meetingId: meeting.meetingId, minuteRef: meeting.minuteRef } : {};
}
