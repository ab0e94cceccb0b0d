import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { approvers, CatalogueEntry, policyCategories, PolicyCategory, policyScopes, SCHOOL_PHASES, SchoolPhase } from '@governance/domain';
import type { TrustPolicyRow } from '@governance/projections';
import type { EvaluationForm, PolicyDocumentInfo, PolicyVersion, WriteAnswer } from '@governance/contracts';
import type { CatalogueOutcome } from './commands/add-from-catalogue';

// OpenAPI shapes of the policy answers; each implements its answer type.

@ApiSchema({ name: 'Policy', description: "One of the trust's policies, with its trust-level review facts." })
export class PolicySchema implements TrustPolicyRow {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: policyScopes }) scope!: TrustPolicyRow['scope'];
  @ApiProperty({ type: Number, nullable: true }) currentVersion!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The latest version the trust approved (trust-scope policies), or null.' })
  approvedVersion!: number | null;
  @ApiProperty() reviewCycleMonths!: number;
  @ApiProperty({ enum: approvers }) approver!: TrustPolicyRow['approver'];
  @ApiProperty() statutory!: boolean;
  @ApiProperty() eiaRequired!: boolean;
  @ApiProperty({ type: String, nullable: true }) category!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The starter catalogue entry it was added from.' }) catalogueKey!: string | null;
  @ApiProperty({ enum: SCHOOL_PHASES, isArray: true, description: 'The phases of school it applies to: a school of another phase leaves it out of its register and figures.' })
  appliesTo!: SchoolPhase[];
  @ApiProperty({ description: 'Whether staff must read and acknowledge each adopted version.' })
  acknowledgementRequired!: boolean;
  @ApiProperty() retired!: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date', description: "Trust-level; each school's register has its own for school-scope policies." })
  lastReviewedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) nextReviewDue!: string | null;
}

@ApiSchema({ name: 'EvaluationForm', description: 'The standard points of the policy evaluation form.' })
export class EvaluationFormSchema implements EvaluationForm {
  @ApiProperty({ type: [String], example: ['Policy annually reviewed', 'Funding in place'] }) points!: string[];
}

@ApiSchema({ name: 'CatalogueEntry', description: 'One policy of the starter catalogue.' })
export class CatalogueEntrySchema implements CatalogueEntry {
  @ApiProperty({ description: 'Stable key, kept on the registered policy as `catalogueKey`.' }) key!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: policyScopes }) scope!: CatalogueEntry['scope'];
  @ApiProperty() reviewCycleMonths!: number;
  @ApiProperty({ enum: approvers }) approver!: CatalogueEntry['approver'];
  @ApiProperty() statutory!: boolean;
  @ApiProperty() eiaRequired!: boolean;
  @ApiProperty({ description: 'Staff must read each adopted version and confirm it (read and acknowledge).' })
  acknowledgementRequired!: boolean;
  @ApiProperty({ enum: policyCategories }) category!: PolicyCategory;
  @ApiProperty({ type: [String] }) legislation!: string[];
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ enum: SCHOOL_PHASES, isArray: true, description: 'The phases of school the DfE guidance applies it to.' })
  appliesTo!: SchoolPhase[];
  @ApiProperty({ type: String, nullable: true, description: 'Why it does not apply to every phase; null when it does.' })
  appliesToReason!: string | null;
}

type CatalogueItem = CatalogueOutcome['added'][number];

@ApiSchema({ name: 'CatalogueItem' })
class CatalogueItemSchema implements CatalogueItem {
  @ApiProperty() key!: string;
  @ApiProperty({ description: 'The policy id.' }) id!: string;
  @ApiProperty() title!: string;
}

/** What POST .../policies/catalogue answers. */
export type CatalogueAnswer = Pick<CatalogueOutcome, 'added' | 'alreadyPresent'> & { position: string };

@ApiSchema({ name: 'CatalogueAnswer' })
export class CatalogueAnswerSchema implements CatalogueAnswer {
  @ApiProperty({ type: [CatalogueItemSchema] }) added!: CatalogueItemSchema[];
  @ApiProperty({ type: [CatalogueItemSchema], description: 'Entries the trust already had.' }) alreadyPresent!: CatalogueItemSchema[];
  @ApiProperty({ description: 'Position in the event log, a decimal string.' }) position!: string;
}

@ApiSchema({ name: 'VersionWriteAnswer', description: 'A drafted version: the write answer and the version number.' })
export class VersionWriteAnswerSchema implements WriteAnswer {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'Position in the event log, a decimal string.' }) position!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'The new version number; null when nothing was drafted.' }) version!: number | null;
}

@ApiSchema({ name: 'DraftVersionBody', description: 'A new version: JSON, or multipart/form-data when the document itself is attached.' })
export class DraftVersionBodySchema {
  @ApiProperty({ maxLength: 5000, example: 'Updated for KCSIE 2026: new section on filtering and monitoring' }) summary!: string;
  @ApiProperty({ required: false, maxLength: 2000, description: 'A link to the document (https:// or http://).' }) documentUrl?: string;
  @ApiProperty({ required: false, type: 'string', format: 'binary', description: 'multipart/form-data only: the document itself (.docx, .pdf, .odt, .doc or .txt, at most 10 MB).' }) document?: unknown;
}

@ApiSchema({ name: 'PolicyDocumentInfo', description: 'An attached document as the log records it; its bytes are at .../versions/{version}/document.' })
export class PolicyDocumentInfoSchema implements PolicyDocumentInfo {
  @ApiProperty({ description: 'Lower-case hex SHA-256 of the bytes.' }) sha256!: string;
  @ApiProperty({ description: 'The name it was uploaded with.' }) fileName!: string;
  @ApiProperty({ example: 'application/pdf' }) mediaType!: string;
  @ApiProperty({ description: 'Its size in bytes.' }) bytes!: number;
}

@ApiSchema({ name: 'PolicyVersion', description: 'One drafted version of a policy.' })
export class PolicyVersionSchema implements PolicyVersion {
  @ApiProperty() version!: number;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: String, nullable: true }) documentUrl!: string | null;
  @ApiProperty({ type: PolicyDocumentInfoSchema, nullable: true }) document!: PolicyDocumentInfo | null;
  @ApiProperty({ description: 'When it was recorded (an ISO instant).' }) draftedAt!: string;
}
