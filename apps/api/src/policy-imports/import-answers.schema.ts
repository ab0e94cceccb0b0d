import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { approvers } from '@governance/domain';
import type { Approver, DetectedEia, DetectedPolicy, DetectionSources, ImportAnswer, SourceLine } from '@governance/contracts';

// OpenAPI shapes of the policy import answer; each implements its contract type.

const PARTIAL_DATE = 'A date as the document gives it: YYYY-MM-DD, a month YYYY-MM or a term id such as 2025-spring; null when not stated.';

@ApiSchema({ name: 'SourceLine', description: 'Where a value was read: the 1-based line of the extracted text, and that line.' })
export class SourceLineSchema implements SourceLine {
  @ApiProperty() line!: number;
  @ApiProperty() text!: string;
}

@ApiSchema({ name: 'DetectedEia' })
export class DetectedEiaSchema implements DetectedEia {
  @ApiProperty({ description: 'True when the document contains the assessment itself.' }) present!: boolean;
  @ApiProperty({ type: String, nullable: true, description: PARTIAL_DATE }) completedOn!: string | null;
  @ApiProperty({ type: Boolean, nullable: true }) fullAssessmentRequired!: boolean | null;
}

@ApiSchema({ name: 'DetectedPolicy', description: 'What the importer read from the document; unstated values are null.' })
export class DetectedPolicySchema implements DetectedPolicy {
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, nullable: true }) trustName!: string | null;
  @ApiProperty({ type: String, nullable: true }) schoolName!: string | null;
  @ApiProperty({ type: String, nullable: true, description: PARTIAL_DATE }) lastReviewedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, description: PARTIAL_DATE }) approvedOn!: string | null;
  @ApiProperty({ enum: approvers, nullable: true }) approvedBy!: Approver | null;
  @ApiProperty({ type: String, nullable: true, description: PARTIAL_DATE }) nextReviewDue!: string | null;
  @ApiProperty({ type: Number, nullable: true }) reviewCycleMonths!: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) statutory!: boolean | null;
  @ApiProperty({ type: [String] }) legislation!: string[];
  @ApiProperty({ type: [String] }) linkedPolicies!: string[];
  @ApiProperty({ type: [String], description: 'Role ids, in order of first mention.' }) roles!: string[];
  @ApiProperty({ type: DetectedEiaSchema }) eia!: DetectedEiaSchema;
}

@ApiSchema({ name: 'EiaSources' })
class EiaSourcesSchema implements Required<DetectionSources['eia']> {
  @ApiProperty({ type: SourceLineSchema, nullable: true }) present!: SourceLine | null;
  @ApiProperty({ type: SourceLineSchema, nullable: true }) completedOn!: SourceLine | null;
  @ApiProperty({ type: SourceLineSchema, nullable: true }) fullAssessmentRequired!: SourceLine | null;
}

@ApiSchema({ name: 'DetectionSources', description: 'Parallel to DetectedPolicy: one source line per value, one per list item, in the same order.' })
export class DetectionSourcesSchema implements DetectionSources {
  @ApiProperty({ type: SourceLineSchema, nullable: true }) title!: SourceLine | null;
  @ApiProperty({ type: SourceLineSchema, nullable: true }) trustName!: SourceLine | null;
  @ApiProperty({ type: SourceLineSchema, nullable: true }) schoolName!: SourceLine | null;
  @ApiProperty({ type: SourceLineSchema, nullable: true }) lastReviewedOn!: SourceLine | null;
  @ApiProperty({ type: SourceLineSchema, nullable: true }) approvedOn!: SourceLine | null;
  @ApiProperty({ type: SourceLineSchema, nullable: true }) approvedBy!: SourceLine | null;
  @ApiProperty({ type: SourceLineSchema, nullable: true }) nextReviewDue!: SourceLine | null;
  @ApiProperty({ type: SourceLineSchema, nullable: true }) reviewCycleMonths!: SourceLine | null;
  @ApiProperty({ type: SourceLineSchema, nullable: true }) statutory!: SourceLine | null;
  @ApiProperty({ type: [SourceLineSchema] }) legislation!: SourceLine[];
  @ApiProperty({ type: [SourceLineSchema] }) linkedPolicies!: SourceLine[];
  @ApiProperty({ type: [SourceLineSchema] }) roles!: SourceLine[];
  @ApiProperty({ type: EiaSourcesSchema }) eia!: EiaSourcesSchema;
}

@ApiSchema({ name: 'ImportAnswer', description: 'What the importer found; a real import (not a dry run) also has `policyId` and `position`.' })
export class ImportAnswerSchema implements ImportAnswer {
  @ApiProperty({ type: DetectedPolicySchema }) detected!: DetectedPolicySchema;
  @ApiProperty({ type: DetectionSourcesSchema }) sources!: DetectionSourcesSchema;
  @ApiProperty({ type: [String], description: 'What the importer could not read or had to guess, in plain English.' }) warnings!: string[];
  @ApiPropertyOptional({ description: 'The registered policy; absent on a dry run.' }) policyId?: string;
  @ApiPropertyOptional({ description: 'Position in the event log, a decimal string; absent on a dry run.' }) position?: string;
}
