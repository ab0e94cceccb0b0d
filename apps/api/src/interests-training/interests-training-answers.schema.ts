import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type {
  DeclarationItem,
  DeclarationStatusRow,
  DeclaredInterest,
  InterestKind,
  PersonInterests,
  PersonTraining,
  RecordStatus,
  SafeguardingStatus,
  TrainingItem,
  TrainingStatusRow,
} from '@governance/contracts';
import { INTEREST_KINDS } from '@governance/domain';

const STATUSES: readonly RecordStatus[] = ['done', 'due', 'overdue', 'not-required'];
const STATUS_WORDS = '`done`, `due` (renewal coming up), `overdue`, or `not-required` (no governor or trustee role and nothing recorded).';

@ApiSchema({ name: 'DeclaredInterest' })
export class DeclaredInterestSchema implements DeclaredInterest {
  @ApiProperty({ enum: INTEREST_KINDS }) kind!: InterestKind;
  @ApiProperty({ type: String, nullable: true, description: 'Null if the directory no longer holds it (the text is kept there, not in the log).' }) description!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) from!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) to!: string | null;
}

@ApiSchema({ name: 'Declaration' })
class DeclarationSchema implements DeclarationItem {
  @ApiProperty({ format: 'date' }) declaredOn!: string;
  @ApiProperty({ type: [DeclaredInterestSchema], description: 'Empty: nothing to declare.' }) interests!: DeclaredInterestSchema[];
  @ApiProperty() nothingToDeclare!: boolean;
  @ApiProperty({ description: 'Who recorded it: the person themselves or the clerk.' }) declaredBy!: string;
}

@ApiSchema({ name: 'PersonInterests' })
export class PersonInterestsSchema implements PersonInterests {
  @ApiProperty() personId!: string;
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ description: 'An erased person shows no declarations.' }) erased!: boolean;
  @ApiProperty({ enum: STATUSES, description: STATUS_WORDS }) status!: RecordStatus;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) lastDeclaredOn!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date', description: 'Renewal due after this day (11 months on).' }) dueOn!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date', description: 'Overdue after this day (12 months on).' }) overdueAfter!: string | null;
  @ApiProperty({ type: [DeclarationSchema], description: 'Latest first.' }) declarations!: DeclarationSchema[];
  @ApiProperty({ type: [DeclaredInterestSchema], description: 'From the latest declaration: interests not ended as of asOf.' }) current!: DeclaredInterestSchema[];
  @ApiProperty({ type: [DeclaredInterestSchema], description: 'From the latest declaration: interests ended within the 12 months before asOf.' }) endedRecently!: DeclaredInterestSchema[];
}

@ApiSchema({ name: 'DeclarationStatusRow' })
export class DeclarationStatusRowSchema implements DeclarationStatusRow {
  @ApiProperty() personId!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ enum: STATUSES, description: STATUS_WORDS }) status!: RecordStatus;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) lastDeclaredOn!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) dueOn!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) overdueAfter!: string | null;
  @ApiProperty({ description: 'How many interests the latest declaration lists (0: nothing to declare or none made).' }) interestsDeclared!: number;
}

@ApiSchema({ name: 'SafeguardingStatus' })
class SafeguardingStatusSchema implements SafeguardingStatus {
  @ApiProperty({ enum: STATUSES, description: '`done`, `due` (in the last 3 months of the 3 years), `overdue`, or `not-required`.' }) status!: RecordStatus;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) lastCompletedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date', description: 'It stops counting on this day (3 years on).' }) expiresOn!: string | null;
}

@ApiSchema({ name: 'TrainingItem' })
class TrainingItemSchema implements TrainingItem {
  @ApiProperty({ format: 'date' }) completedOn!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null if the directory no longer holds it (the text is kept there, not in the log).' }) title!: string | null;
  @ApiProperty({ type: String, nullable: true }) provider!: string | null;
  @ApiProperty({ type: Number, nullable: true }) hours!: number | null;
  @ApiProperty({ description: 'Counts as safeguarding training: its title contains "safeguarding".' }) safeguarding!: boolean;
  @ApiProperty() recordedBy!: string;
}

@ApiSchema({ name: 'PersonTraining' })
export class PersonTrainingSchema implements PersonTraining {
  @ApiProperty() personId!: string;
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ description: 'An erased person shows no training.' }) erased!: boolean;
  @ApiProperty({ type: SafeguardingStatusSchema }) safeguarding!: SafeguardingStatusSchema;
  @ApiProperty({ type: [TrainingItemSchema], description: 'Latest first.' }) training!: TrainingItemSchema[];
}

@ApiSchema({ name: 'TrainingStatusRow' })
export class TrainingStatusRowSchema implements TrainingStatusRow {
  @ApiProperty() personId!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ type: SafeguardingStatusSchema }) safeguarding!: SafeguardingStatusSchema;
  @ApiProperty() totalHours!: number;
}
