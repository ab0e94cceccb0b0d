import { ApiProperty, ApiSchema, OmitType } from '@nestjs/swagger';
import type {
  ActionItem,
  AgendaItemKind,
  AgendaItemView,
  AttendanceLine,
  AttendanceStatus,
  DecisionKind,
  MeetingAgenda,
  MeetingBody,
  MeetingDecision,
  MeetingSummary,
  MeetingView,
  PapersSentView,
  PersonAttendance,
  ReviewOutcome,
} from '@governance/contracts';
import { ActionItemSchema } from '../actions/action-answers.schema';

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

const ITEM_KINDS: AgendaItemKind[] = ['policy-approval', 'policy-review', 'eia', 'link-governor-report', 'termly-report', 'action', 'added'];

@ApiSchema({ name: 'AgendaItem', description: 'An item of a meeting agenda.' })
export class AgendaItemSchema implements AgendaItemView {
  @ApiProperty({ example: 'review:pol-1:sch-1', description: 'Stable id: remove and reorder by it.' }) id!: string;
  @ApiProperty({ enum: ITEM_KINDS }) kind!: AgendaItemKind;
  @ApiProperty({ example: 'Review “Behaviour Policy”' }) title!: string;
  @ApiProperty({ type: String, nullable: true }) details!: string | null;
  @ApiProperty({ type: String, nullable: true }) schoolId!: string | null;
  @ApiProperty({ type: String, nullable: true }) schoolName!: string | null;
  @ApiProperty({ type: String, nullable: true }) policyId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The link governor, headteacher or action owner.' }) personId!: string | null;
  @ApiProperty({ type: String, nullable: true }) personName!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) on!: string | null;
  @ApiProperty({ description: 'A review or action past due on the meeting date.' }) overdue!: boolean;
}

@ApiSchema({ name: 'PapersSent', description: 'When the papers went out.' })
export class PapersSentSchema implements PapersSentView {
  @ApiProperty({ format: 'date' }) sentOn!: string;
  @ApiProperty({ description: 'Days between sending and the meeting, neither counted.' }) clearDays!: number;
  @ApiProperty({ description: 'At least seven clear days.' }) onTime!: boolean;
}

// The meeting's own fields are the list's (without its id, which the agenda calls meetingId).
@ApiSchema({ name: 'MeetingAgenda', description: 'A meeting agenda: what is due for the body by the meeting date (or as sent with the papers), with the clerk\'s changes.' })
export class MeetingAgendaSchema extends OmitType(MeetingSummarySchema, ['id'] as const) implements MeetingAgenda {
  @ApiProperty() meetingId!: string;
  @ApiProperty({ example: 'Libra School local governing body' }) meetingName!: string;
  @ApiProperty() trustName!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) previousMeetingOn!: string | null;
  @ApiProperty({ enum: ['due', 'as-sent'] }) basis!: 'due' | 'as-sent';
  @ApiProperty({ type: PapersSentSchema, nullable: true }) papers!: PapersSentView | null;
  @ApiProperty({ format: 'date', description: 'The last day papers can go out with seven clear days.' }) papersDueBy!: string;
  @ApiProperty({ type: [AgendaItemSchema] }) items!: AgendaItemView[];
}

@ApiSchema({ name: 'Meeting', description: 'A meeting with its attendance, quorum and decisions.' })
export class MeetingSchema extends MeetingSummarySchema implements MeetingView {
  @ApiProperty({ type: [AttendanceLineSchema] }) attendance!: AttendanceLine[];
  @ApiProperty({ description: 'Members who must be present: a third of the members, rounded up, and at least three.' }) quorum!: number;
  @ApiProperty({ description: 'Members of the body when attendance was recorded.' }) members!: number;
  @ApiProperty() present!: number;
  @ApiProperty() quorate!: boolean;
  @ApiProperty({ type: [MeetingDecisionSchema] }) decisions!: MeetingDecision[];
  @ApiProperty({ type: [AgendaItemSchema] }) agenda!: AgendaItemView[];
  @ApiProperty({ type: PapersSentSchema, nullable: true }) papers!: PapersSentView | null;
  @ApiProperty({ type: [ActionItemSchema], description: 'Actions whose source is this meeting, by due date.' }) actions!: ActionItem[];
  @ApiProperty({ type: [String], description: 'Whose attendance may be recorded: the people appointed to the body on the meeting date, or by role where it has none.' }) memberIds!: string[];
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
