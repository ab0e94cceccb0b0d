import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { AcknowledgementCounts, ComplianceFigures, EiaStatus, EvaluationSummary, RegisterRow, ReviewStatus, SchoolCompliance, TrustCompliance } from '@governance/contracts';
import { approvers, policyScopes } from '@governance/domain';
import { enumOf } from '../http/api-enum';

// OpenAPI shapes of the compliance and register answers; each implements its contract type.

export const REVIEW_STATUSES = enumOf<ReviewStatus>({ 'in-date': true, 'due-soon': true, overdue: true, 'not-adopted': true, 'never-reviewed': true });
export const EIA_STATUSES = enumOf<EiaStatus>({ complete: true, missing: true, 'full-assessment-required': true, 'not-required': true, 'out-of-date': true });

export class ComplianceFiguresSchema implements ComplianceFigures {
  @ApiProperty() policies!: number;
  @ApiProperty() inDate!: number;
  @ApiProperty() dueSoon!: number;
  @ApiProperty() overdue!: number;
  @ApiProperty() notAdopted!: number;
  @ApiProperty() neverReviewed!: number;
  @ApiProperty() eiaMissing!: number;
  @ApiProperty({ description: 'Policies whose EIA was for an earlier version than the one adopted (not compliant).' }) eiaOutOfDate!: number;
  @ApiProperty({ description: 'Adopted by another body than the scheme of delegation gives, without an exception (not compliant).' })
  wrongApprover!: number;
  @ApiProperty({ description: 'Adopted policies whose last evaluation is dated within the 12 months up to asOf.' })
  evaluatedInLast12Months!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'In date plus due soon, without an out-of-date EIA, over the policies that apply, in percent to one decimal; null when none apply.' })
  compliancePct!: number | null;
}

@ApiSchema({ name: 'AcknowledgementCounts' })
export class AcknowledgementCountsSchema implements AcknowledgementCounts {
  @ApiProperty({ description: 'Current staff asked to acknowledge the versions in force, one per person and policy.' }) expected!: number;
  @ApiProperty() acknowledged!: number;
  @ApiProperty() outstanding!: number;
}

const ACKNOWLEDGEMENTS_PROPERTY = {
  type: AcknowledgementCountsSchema,
  nullable: true,
  description: 'Read and acknowledge: current staff asked to acknowledge the versions in force, as the log stands now or at knownAt; null when asOf is given (not kept by day).',
};

@ApiSchema({ name: 'ComplianceTotals' })
export class ComplianceTotalsSchema extends ComplianceFiguresSchema implements Required<TrustCompliance['totals']> {
  @ApiProperty() schools!: number;
  @ApiProperty() linkGovernorReportsThisTerm!: number;
  @ApiProperty() termlyReportsSubmitted!: number;
  @ApiProperty({ description: 'Approvals, adoptions and reviews dated by asOf and recorded more than 30 days after the date they state (the school\'s; the totals add trust-wide approvals).' })
  recordedLate!: number;
  @ApiProperty({ description: 'Actions not done by asOf (overdue ones included); the totals add trust-level actions.' })
  openActions!: number;
  @ApiProperty({ description: 'Actions not done by asOf and due before it.' })
  overdueActions!: number;
  @ApiProperty(ACKNOWLEDGEMENTS_PROPERTY) acknowledgements!: AcknowledgementCountsSchema | null;
}

@ApiSchema({ name: 'SchoolCompliance' })
export class SchoolComplianceSchema extends ComplianceFiguresSchema implements SchoolCompliance {
  @ApiProperty() schoolId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() linkGovernorReportsThisTerm!: number;
  @ApiProperty() termlyReportSubmitted!: boolean;
  @ApiProperty({ description: 'Approvals, adoptions and reviews dated by asOf and recorded more than 30 days after the date they state (the school\'s; the totals add trust-wide approvals).' })
  recordedLate!: number;
  @ApiProperty({ description: 'Actions not done by asOf (overdue ones included); the totals add trust-level actions.' })
  openActions!: number;
  @ApiProperty({ description: 'Actions not done by asOf and due before it.' })
  overdueActions!: number;
  @ApiProperty(ACKNOWLEDGEMENTS_PROPERTY) acknowledgements!: AcknowledgementCountsSchema | null;
}

@ApiSchema({ name: 'TrustCompliance' })
export class TrustComplianceSchema implements TrustCompliance {
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ example: '2027-spring' }) term!: string;
  @ApiProperty({ type: ComplianceTotalsSchema }) totals!: ComplianceTotalsSchema;
  @ApiProperty({ type: [SchoolComplianceSchema] }) schools!: SchoolComplianceSchema[];
}

class EvaluationAnswersSchema {
  @ApiProperty() yes!: number;
  @ApiProperty() no!: number;
  @ApiProperty() notApplicable!: number;
}

@ApiSchema({ name: 'EvaluationSummary', description: 'A policy evaluation summed up: the statement of effectiveness and the checklist counted.' })
export class EvaluationSummarySchema implements EvaluationSummary {
  @ApiProperty({ format: 'date' }) evaluatedOn!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The person who recorded it.' }) evaluatedBy!: string | null;
  @ApiProperty({ example: 'It is effective and suitable for purpose' }) effectivenessStatement!: string;
  @ApiProperty({ type: EvaluationAnswersSchema }) answers!: EvaluationAnswersSchema;
  @ApiProperty({ type: [String], description: 'The checklist points answered No.' }) answeredNo!: string[];
}

@ApiSchema({ name: 'RegisterRow', description: "One policy of a school's register." })
export class RegisterRowSchema implements RegisterRow {
  @ApiProperty() policyId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: policyScopes }) scope!: RegisterRow['scope'];
  @ApiProperty({ enum: REVIEW_STATUSES }) status!: RegisterRow['status'];
  @ApiProperty({ type: Number, nullable: true }) adoptedVersion!: number | null;
  @ApiProperty({ type: Number, nullable: true }) currentVersion!: number | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) lastReviewedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) nextReviewDue!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'As the last review gave it: a date, a term id or a month.' })
  nextReviewDueAsGiven!: string | null;
  @ApiProperty({ enum: EIA_STATUSES }) eia!: RegisterRow['eia'];
  @ApiProperty({ type: Number, nullable: true, description: 'The version the EIA behind eia was for (the earlier version when out-of-date).' })
  eiaVersion!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'The person who leads this policy at the school and is reminded with the headteacher (a person id); null when none is named.' })
  ownerId!: string | null;
  @ApiProperty({ type: String, nullable: true }) category!: string | null;
  @ApiProperty() statutory!: boolean;
  @ApiProperty({ enum: approvers }) approver!: RegisterRow['approver'];
  @ApiProperty() reviewCycleMonths!: number;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) lastEvaluatedOn!: string | null;
  @ApiProperty({ type: EvaluationSummarySchema, nullable: true }) lastEvaluation!: EvaluationSummarySchema | null;
  // Scheme of delegation.
  @ApiProperty({ enum: approvers, nullable: true, description: 'The body the adoption of the adopted version names.' })
  approvedBy!: RegisterRow['approver'] | null;
  @ApiProperty({ enum: approvers, description: "The body the scheme of delegation gives, else the policy's approver." })
  approvedByExpected!: RegisterRow['approver'];
  @ApiProperty({ type: Boolean, nullable: true, description: 'false when another body approved; null when nothing is checked (no scheme, or no body named).' })
  approvedByOk!: boolean | null;
  @ApiProperty({ type: String, nullable: true, description: 'The reason of an exception for another body (counted, flagged).' })
  approvedByException!: string | null;
}
