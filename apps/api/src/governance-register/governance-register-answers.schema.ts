import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { appointmentBodies, appointmentRoles } from '@governance/domain';
import type { AppointmentBody, AppointmentRole, GovernanceRegister, GovernanceRegisterBody, GovernanceRegisterEntry, GovernanceRegisterInterests } from '@governance/contracts';
import { DeclaredInterestSchema } from '../interests-training/interests-training-answers.schema';

// OpenAPI shape of the governance register (JSON); it implements the answer type.

@ApiSchema({ name: 'GovernanceRegisterInterests' })
class GovernanceRegisterInterestsSchema implements GovernanceRegisterInterests {
  @ApiProperty({ type: String, nullable: true, format: 'date', description: 'The latest declaration on or before asOf; null when not declared.' }) declaredOn!: string | null;
  @ApiProperty() nothingToDeclare!: boolean;
  @ApiProperty({ type: [DeclaredInterestSchema] }) current!: DeclaredInterestSchema[];
  @ApiProperty({ type: [DeclaredInterestSchema], description: 'Ended within the 12 months before asOf.' }) endedRecently!: DeclaredInterestSchema[];
}

class AttendanceCountSchema {
  @ApiProperty({ description: 'Recorded meetings of the body they were a member for.' }) expected!: number;
  @ApiProperty({ description: 'Of those, the meetings they were present at.' }) attended!: number;
}

@ApiSchema({ name: 'GovernanceRegisterEntry', description: "One person's appointment to the body, as published." })
class GovernanceRegisterEntrySchema implements GovernanceRegisterEntry {
  @ApiProperty() personId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: appointmentRoles }) role!: AppointmentRole;
  @ApiProperty({ example: 'parent governor' }) roleInWords!: string;
  @ApiProperty({ example: 'Parents (election)' }) appointedBy!: string;
  @ApiProperty({ format: 'date' }) termStartsOn!: string;
  @ApiProperty({ format: 'date' }) termEndsOn!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date', description: 'The last day held, for someone who left within the 12 months before asOf.' }) leftOn!: string | null;
  @ApiProperty() former!: boolean;
  @ApiProperty({ type: GovernanceRegisterInterestsSchema }) interests!: GovernanceRegisterInterestsSchema;
  @ApiProperty({ type: AttendanceCountSchema, nullable: true, description: 'Null for the members (no recorded meetings).' }) attendance!: AttendanceCountSchema | null;
}

@ApiSchema({ name: 'GovernanceRegisterBody' })
class GovernanceRegisterBodySchema implements GovernanceRegisterBody {
  @ApiProperty({ enum: appointmentBodies }) body!: AppointmentBody;
  @ApiProperty({ type: String, nullable: true }) schoolId!: string | null;
  @ApiProperty({ type: String, nullable: true }) schoolName!: string | null;
  @ApiProperty({ type: String, nullable: true }) committee!: string | null;
  @ApiProperty({ example: 'Trust board' }) title!: string;
  @ApiProperty({ type: [GovernanceRegisterEntrySchema] }) people!: GovernanceRegisterEntrySchema[];
}

class AcademicYearSchema {
  @ApiProperty({ example: '2025-26' }) label!: string;
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
}

@ApiSchema({ name: 'GovernanceRegister', description: 'What a trust publishes about its governance, as of a day, per body.' })
export class GovernanceRegisterSchema implements GovernanceRegister {
  @ApiProperty() trustId!: string;
  @ApiProperty() trustName!: string;
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ type: String, nullable: true }) schoolId!: string | null;
  @ApiProperty({ type: AcademicYearSchema }) attendanceYear!: AcademicYearSchema;
  @ApiProperty({ type: [GovernanceRegisterBodySchema] }) bodies!: GovernanceRegisterBodySchema[];
}
