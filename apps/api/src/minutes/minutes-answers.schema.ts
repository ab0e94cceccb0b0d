import { ApiProperty, ApiSchema, OmitType } from '@nestjs/swagger';
import { ComplianceFiguresSchema } from '../read-api/compliance-answers.schema';
import { approvers, Approver, MinutesBody, ReviewOutcome, reviewOutcomes, ReviewStatus, TermId } from '@governance/domain';
import type {
  AcknowledgementInputs,
  DraftResolution,
  DueReview,
  EiaAttention,
  EvaluationInputs,
  GovernorReportInputs,
  IncidentComparison,
  LinkGovernanceInputs,
  MinutesInputs,
  OverdueReview,
  PersonRef,
  PolicyAction,
  SchoolMinutesInputs,
  SchoolOverview,
  TermInfo,
  TermlyReportInputs,
  TrustLevelInputs,
  VisitInputs,
} from '@governance/projections';
import { REVIEW_STATUSES } from '../read-api/compliance-answers.schema';

// OpenAPI shapes of the clerk's termly pack (the JSON answer of GET .../minutes-inputs); each
// class implements its type in libs/projections, so a renamed field fails to compile here.

const LEVELS = ['trust', 'school'];
const DATE = { format: 'date' } as const;

@ApiSchema({ name: 'MinutesPersonRef', description: "A person, with the directory's name, \"Erased person\" or \"Platform operator\"." })
export class PersonRefSchema implements PersonRef {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
}

@ApiSchema({ name: 'MinutesTerm' })
export class TermInfoSchema implements TermInfo {
  @ApiProperty({ example: '2027-spring' }) id!: TermId;
  @ApiProperty({ example: 'Spring 2027' }) label!: string;
  @ApiProperty(DATE) startsOn!: string;
  @ApiProperty(DATE) endsOn!: string;
}

@ApiSchema({ name: 'MinutesPolicyAction', description: 'A policy approved, adopted or reviewed during the term.' })
export class PolicyActionSchema implements PolicyAction {
  @ApiProperty() policyId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: LEVELS }) level!: PolicyAction['level'];
  @ApiProperty({ enum: ['approved', 'adopted', 'reviewed'] }) action!: PolicyAction['action'];
  @ApiProperty(DATE) on!: string;
  @ApiProperty({ type: Number, nullable: true }) version!: number | null;
  @ApiProperty({ enum: approvers, nullable: true }) approvedBy!: Approver | null;
  @ApiProperty({ type: String, nullable: true }) minuteRef!: string | null;
  @ApiProperty({ enum: reviewOutcomes, nullable: true }) outcome!: ReviewOutcome | null;
  @ApiProperty({ type: String, nullable: true, description: 'A date, a term id or a month, as the review gave it.' }) nextReviewDue!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "A review's notes or an adoption's local amendments." }) notes!: string | null;
  @ApiProperty({ type: PersonRefSchema, nullable: true }) recordedBy!: PersonRef | null;
}

@ApiSchema({ name: 'MinutesDraftResolution', description: 'A drafted version waiting for a decision at a meeting.' })
export class DraftResolutionSchema implements DraftResolution {
  @ApiProperty() policyId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: LEVELS }) level!: DraftResolution['level'];
  @ApiProperty({ enum: ['approve', 'adopt'] }) action!: DraftResolution['action'];
  @ApiProperty() version!: number;
  @ApiProperty({ type: String, nullable: true }) versionSummary!: string | null;
  @ApiProperty({ enum: approvers }) approver!: Approver;
  @ApiProperty({ description: 'Whether the body meeting is the one to decide.' }) forThisBody!: boolean;
  @ApiProperty() resolution!: string;
}

@ApiSchema({ name: 'MinutesDueReview' })
export class DueReviewSchema implements DueReview {
  @ApiProperty() policyId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: REVIEW_STATUSES }) status!: ReviewStatus;
  @ApiProperty(DATE) nextReviewDue!: string;
  @ApiProperty({ type: String, nullable: true }) nextReviewDueAsGiven!: string | null;
  @ApiProperty({ type: String, nullable: true, ...DATE }) lastReviewedOn!: string | null;
  @ApiProperty({ enum: ['this-term', 'next-term'] }) dueIn!: DueReview['dueIn'];
}

@ApiSchema({ name: 'MinutesOverdueReview' })
export class OverdueReviewSchema implements OverdueReview {
  @ApiProperty() policyId!: string;
  @ApiProperty() title!: string;
  @ApiProperty(DATE) nextReviewDue!: string;
  @ApiProperty({ type: String, nullable: true, ...DATE }) lastReviewedOn!: string | null;
  @ApiProperty() daysOverdue!: number;
  @ApiProperty({ example: '3 months' }) overdueFor!: string;
}

@ApiSchema({ name: 'MinutesEiaAttention' })
export class EiaAttentionSchema implements EiaAttention {
  @ApiProperty() policyId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ['missing', 'out-of-date', 'full-assessment-required'] }) eia!: EiaAttention['eia'];
  @ApiProperty({ type: String, nullable: true, ...DATE }) lastEiaOn!: string | null;
  @ApiProperty() adopted!: boolean;
}

class EvaluationAnswersCountSchema {
  @ApiProperty() yes!: number;
  @ApiProperty() no!: number;
  @ApiProperty() notApplicable!: number;
}

class AnsweredNoSchema {
  @ApiProperty() point!: string;
  @ApiProperty({ type: String, nullable: true }) evidence!: string | null;
}

@ApiSchema({ name: 'MinutesEvaluation', description: 'A policy evaluation dated in the term: the statement of effectiveness and the checklist counted.' })
export class EvaluationInputsSchema implements EvaluationInputs {
  @ApiProperty() policyId!: string;
  @ApiProperty() title!: string;
  @ApiProperty(DATE) evaluatedOn!: string;
  @ApiProperty({ type: PersonRefSchema, nullable: true }) evaluatedBy!: PersonRef | null;
  @ApiProperty() effectivenessStatement!: string;
  @ApiProperty({ type: EvaluationAnswersCountSchema }) answers!: EvaluationAnswersCountSchema;
  @ApiProperty({ type: [AnsweredNoSchema], description: 'The points answered No, with their evidence.' }) answeredNo!: AnsweredNoSchema[];
}

@ApiSchema({ name: 'MinutesVisit' })
export class VisitInputsSchema implements VisitInputs {
  @ApiProperty({ type: PersonRefSchema }) governor!: PersonRef;
  @ApiProperty(DATE) visitedOn!: string;
  @ApiProperty() purpose!: string;
  @ApiProperty() findings!: string;
  @ApiProperty({ type: [String] }) policies!: string[];
  @ApiProperty({ type: [String] }) actions!: string[];
}

@ApiSchema({ name: 'MinutesGovernorReport' })
export class GovernorReportInputsSchema implements GovernorReportInputs {
  @ApiProperty({ type: PersonRefSchema }) governor!: PersonRef;
  @ApiProperty(DATE) reportedOn!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: String, nullable: true }) recommendations!: string | null;
  @ApiProperty({ type: [String] }) policies!: string[];
}

@ApiSchema({ name: 'MinutesNotReported' })
class NotReportedSchema implements Required<LinkGovernanceInputs['notReported'][number]> {
  @ApiProperty({ type: PersonRefSchema }) governor!: PersonRef;
  @ApiProperty({ type: [String] }) areas!: string[];
}

@ApiSchema({ name: 'MinutesLinkGovernance' })
export class LinkGovernanceInputsSchema implements LinkGovernanceInputs {
  @ApiProperty({ type: [VisitInputsSchema] }) visits!: VisitInputs[];
  @ApiProperty({ type: [GovernorReportInputsSchema] }) reports!: GovernorReportInputs[];
  @ApiProperty({ type: [NotReportedSchema], description: 'Current link governors without a report for the term.' }) notReported!: NotReportedSchema[];
}

@ApiSchema({ name: 'MinutesIncidentComparison' })
export class IncidentComparisonSchema implements IncidentComparison {
  @ApiProperty() category!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ type: Number, nullable: true }) thisTerm!: number | null;
  @ApiProperty({ type: Number, nullable: true }) previousTerm!: number | null;
}

@ApiSchema({ name: 'MinutesTermlyReport', description: "The headteacher's report for the term." })
export class TermlyReportInputsSchema implements TermlyReportInputs {
  @ApiProperty() submission!: number;
  @ApiProperty(DATE) submittedOn!: string;
  @ApiProperty({ type: PersonRefSchema }) submittedBy!: PersonRef;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: [IncidentComparisonSchema] }) incidents!: IncidentComparison[];
  @ApiProperty({ type: [String] }) training!: string[];
  @ApiProperty() previousTermSubmitted!: boolean;
}

@ApiSchema({ name: 'MinutesSchool' })
@ApiSchema({ name: 'MinutesAcknowledgements', description: "One policy's read-and-acknowledge counts at a school when the pack was built." })
export class AcknowledgementInputsSchema implements AcknowledgementInputs {
  @ApiProperty() policyId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ description: 'Current staff of the school.' }) staff!: number;
  @ApiProperty() acknowledged!: number;
  @ApiProperty() outstanding!: number;
}

class MinutesSchoolSchema implements Required<SchoolMinutesInputs['school']> {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) urn!: string | null;
}

@ApiSchema({ name: 'MinutesSchoolSection', description: "One school's section of the pack." })
export class SchoolMinutesInputsSchema implements SchoolMinutesInputs {
  @ApiProperty({ type: MinutesSchoolSchema }) school!: MinutesSchoolSchema;
  @ApiProperty({ type: [PolicyActionSchema] }) policyActions!: PolicyAction[];
  @ApiProperty({ type: [DueReviewSchema], description: 'Reviews falling due after `asOf` and by the end of next term.' }) reviewsDue!: DueReview[];
  @ApiProperty({ type: [OverdueReviewSchema] }) overdue!: OverdueReview[];
  @ApiProperty({ type: [EiaAttentionSchema] }) eias!: EiaAttention[];
  @ApiProperty({ type: [EvaluationInputsSchema], description: 'Policy evaluations dated in the term, oldest first.' }) evaluations!: EvaluationInputs[];
  @ApiProperty({ type: LinkGovernanceInputsSchema }) linkGovernance!: LinkGovernanceInputs;
  @ApiProperty({ type: TermlyReportInputsSchema, nullable: true, description: 'Null when none was submitted.' }) termlyReport!: TermlyReportInputs | null;
  @ApiProperty({ type: [DraftResolutionSchema] }) decisions!: DraftResolution[];
  @ApiProperty({ type: [AcknowledgementInputsSchema], required: false, description: 'Read and acknowledge, counts only: absent when no policy asks the school\'s staff, and in packs recorded before packs carried it.' })
  acknowledgements?: AcknowledgementInputs[];
}

// The policy counts are the compliance figures' (less three the pack does not show): one schema for both.
@ApiSchema({ name: 'MinutesSchoolOverview', description: "A school's row in the trust board's table." })
export class SchoolOverviewSchema
  extends OmitType(ComplianceFiguresSchema, ['evaluatedInLast12Months', 'eiaOutOfDate', 'wrongApprover'] as const)
  implements SchoolOverview
{
  @ApiProperty() schoolId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() eiaFullAssessment!: number;
  @ApiProperty() actionsThisTerm!: number;
  @ApiProperty({ description: 'Policy evaluations dated in the term.' }) evaluations!: number;
  @ApiProperty() reviewsDue!: number;
  @ApiProperty() visits!: number;
  @ApiProperty() linkGovernorReports!: number;
  @ApiProperty() linkGovernorsNotReported!: number;
  @ApiProperty() termlyReportSubmitted!: boolean;
  @ApiProperty() decisions!: number;
}

@ApiSchema({ name: 'MinutesTrustLevel', description: "The trust's own approvals, reviews and decisions." })
export class TrustLevelInputsSchema implements TrustLevelInputs {
  @ApiProperty({ type: [PolicyActionSchema] }) policyActions!: PolicyAction[];
  @ApiProperty({ type: [DraftResolutionSchema] }) decisions!: DraftResolution[];
}

@ApiSchema({ name: 'MinutesTrust' })
class MinutesTrustSchema implements Required<MinutesInputs['trust']> {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
}

@ApiSchema({ name: 'MinutesInputs', description: "The clerk's termly pack as facts: the JSON the Markdown and Word answers lay out." })
export class MinutesInputsSchema implements MinutesInputs {
  @ApiProperty({ type: MinutesTrustSchema }) trust!: MinutesTrustSchema;
  @ApiProperty({ enum: ['trust-board', 'local-governing-body'] }) body!: MinutesBody;
  @ApiProperty({ type: TermInfoSchema }) term!: TermInfo;
  @ApiProperty({ type: TermInfoSchema }) previousTerm!: TermInfo;
  @ApiProperty({ type: TermInfoSchema }) nextTerm!: TermInfo;
  @ApiProperty({ ...DATE, description: "The day statuses are assessed on: today, or the term's last day for a past term." }) asOf!: string;
  @ApiProperty(DATE) generatedOn!: string;
  @ApiProperty({ type: [SchoolOverviewSchema], nullable: true, description: "The trust board's table; null in a school's pack." })
  overview!: SchoolOverview[] | null;
  @ApiProperty({ type: TrustLevelInputsSchema, nullable: true, description: "Null in a school's pack." }) trustLevel!: TrustLevelInputs | null;
  @ApiProperty({ type: [SchoolMinutesInputsSchema], description: "One section per school (one in a school's pack)." }) schools!: SchoolMinutesInputs[];
}
