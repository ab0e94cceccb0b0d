import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { AttendanceLine, AttendanceStatus, DecisionKind, MeetingBody, MeetingDecision, MeetingSummary, MeetingView, PersonAttendance, ReviewOutcome } from '@governance/contracts';

// OpenAPI shapes of the meeting answers; each implements its answer type.

const BODIES = ['trust-board', 'local-governing-body', 'committee'];
const STATUSES = ['present', 'apologies-accepted', 'apologies-not-accepted', 'absent'];

@ApiSchema({ name: 'AttendanceLine', description: "One member's attendance." })
export class AttendanceLineSchema implements AttendanceLine {
  @ApiProperty() personId!: string;
  @ApiProperty({ enum: STATUSES }) status!: AttendanceStatus;
}

@ApiSchema({ name: 'MeetingDecision', description: 'A decision of the meeting with its minute reference, in the order taken.' })
export class MeetingDecisionSchema implements MeetingDecision {
  @ApiProperty({ enum: ['approve-policy', 'review-policy', 'adopt-policy', 'note'] }) kind!: DecisionKind;
  @ApiProperty({ example: 'TB/2026/14' }) minuteRef!: string;
  @ApiProperty({ format: 'date' }) decidedOn!: string;
  @ApiProperty({ type: String, nullable: true }) policyId!: string | null;
  @ApiProperty({ type: String, nullable: true }) policyTitle!: string | null;
  @ApiProperty({ type: String, nullable: true }) schoolId!: string | null;
  @ApiProperty({ type: Number, nullable: true }) version!: number | null;
  @ApiProperty({ type: String, nullable: true, enum: ['no-change', 'amended'] }) outcome!: ReviewOutcome | null;
  @ApiProperty({ type: String, nullable: true, description: 'The resolution (a note) or the review notes.' }) text!: string | null;
  @ApiProperty({ description: 'Log position of the event recording it.' }) position!: string;
}

@ApiSchema({ name: 'MeetingSummary', description: 'A meeting in the list.' })
export class MeetingSummarySchema implements MeetingSummary {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: BODIES }) body!: MeetingBody;
  @ApiProperty({ type: String, nullable: true }) schoolId!: string | null;
  @ApiProperty({ type: String, nullable: true }) committee!: string | null;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty() cancelled!: boolean;
}

@ApiSchema({ name: 'Meeting', description: 'A meeting with its attendance, quorum and decisions.' })
export class MeetingSchema extends MeetingSummarySchema implements MeetingView {
  @ApiProperty({ type: [AttendanceLineSchema] }) attendance!: AttendanceLine[];
  @ApiProperty({ description: 'Members who must be present: a third of the members, rounded up, and at least three.' }) quorum!: number;
  @ApiProperty({ description: 'Members of the body when attendance was recorded.' }) members!: number;
  @ApiProperty() present!: number;
  @ApiProperty() quorate!: boolean;
  @ApiProperty({ type: [MeetingDecisionSchema] }) decisions!: MeetingDecision[];
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'Actions raised in the meeting.' }) actions!: unknown[];
  @ApiProperty({ type: [String], description: 'Whose attendance may be recorded: the body\'s members now.' }) memberIds!: string[];
}

@ApiSchema({ name: 'PersonAttendanceMeeting' })
class PersonAttendanceMeetingSchema {
  @ApiProperty() meetingId!: string;
  @ApiProperty({ enum: BODIES }) body!: MeetingBody;
  @ApiProperty({ type: String, nullable: true }) schoolId!: string | null;
  @ApiProperty({ type: String, nullable: true }) committee!: string | null;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ type: String, nullable: true, enum: STATUSES }) status!: AttendanceStatus | null;
}

@ApiSchema({ name: 'PersonAttendance', description: "A person's attendance at meetings over an academic year." })
export class PersonAttendanceSchema implements PersonAttendance {
  @ApiProperty() personId!: string;
  @ApiProperty({ example: '2026-27' }) year!: string;
  @ApiProperty({ type: [PersonAttendanceMeetingSchema] }) meetings!: PersonAttendance['meetings'];
  @ApiProperty({ description: 'Meetings they were a member for.' }) expected!: number;
  @ApiProperty({ description: 'Meetings they were present at.' }) attended!: number;
}
