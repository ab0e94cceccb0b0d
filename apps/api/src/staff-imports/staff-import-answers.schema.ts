import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import type { StaffImportPerson, StaffImportProblem, StaffImportReport } from '@governance/contracts';

// OpenAPI shapes of the staff import report; each implements its contract type.

@ApiSchema({ name: 'StaffImportProblem', description: 'One problem line: the line of the file (the header is line 1), the column at fault and what is wrong.' })
export class StaffImportProblemSchema implements StaffImportProblem {
  @ApiProperty() line!: number;
  @ApiProperty({ enum: ['name', 'email', 'role'], nullable: true }) column!: 'name' | 'email' | 'role' | null;
  @ApiProperty() message!: string;
}

@ApiSchema({ name: 'StaffImportPerson', description: 'A member of staff as the import reads them.' })
export class StaffImportPersonSchema implements StaffImportPerson {
  @ApiProperty({ type: String, nullable: true, description: 'The existing person; null for someone new.' }) personId!: string | null;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The job title from the MIS; it grants nothing.' }) role!: string | null;
  @ApiPropertyOptional({ enum: ['name', 'email', 'role'], isArray: true, description: 'For a changed member of staff: what changed.' })
  changed?: ('name' | 'email' | 'role')[];
}

@ApiSchema({ name: 'StaffImportReport', description: 'What the staff list adds, changes and ends at the school; `applied` says whether it was applied.' })
export class StaffImportReportSchema implements StaffImportReport {
  @ApiProperty() schoolId!: string;
  @ApiProperty() applied!: boolean;
  @ApiProperty({ description: 'Data rows read (lines after the header that are not blank).' }) rows!: number;
  @ApiProperty({ type: [StaffImportPersonSchema] }) added!: StaffImportPersonSchema[];
  @ApiProperty({ type: [StaffImportPersonSchema] }) changed!: StaffImportPersonSchema[];
  @ApiProperty({ type: [StaffImportPersonSchema], description: 'Current staff not in the file: applying ends their staff role at this school.' }) leaving!: StaffImportPersonSchema[];
  @ApiProperty() unchanged!: number;
  @ApiProperty({ type: [StaffImportProblemSchema], description: 'Problem lines; when the clean lines were applied, the lines left out.' }) problems!: StaffImportProblemSchema[];
  @ApiProperty({ type: String, nullable: true, description: 'The log position of the last event an applied import recorded; null for a dry run or when nothing changed.' })
  position!: string | null;
}
