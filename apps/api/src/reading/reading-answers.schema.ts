import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type {
  AcknowledgedItem,
  AcknowledgementProgress,
  AcknowledgementProgressRow,
  MyReading,
  OutstandingReader,
  ReadingItem,
} from '@governance/contracts';

@ApiSchema({ name: 'OutstandingReader' })
class OutstandingReaderSchema implements OutstandingReader {
  @ApiProperty() personId!: string;
  @ApiProperty({ type: String, nullable: true, description: "Null when the person's details were erased." }) name!: string | null;
  @ApiProperty({ format: 'date', description: 'The later of the day the adoption was recorded and the day they joined the staff.' }) askedOn!: string;
}

@ApiSchema({ name: 'AcknowledgementProgressRow' })
class AcknowledgementProgressRowSchema implements AcknowledgementProgressRow {
  @ApiProperty() schoolId!: string;
  @ApiProperty() schoolName!: string;
  @ApiProperty() policyId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'The version in force: the latest adoption.' }) version!: number;
  @ApiProperty({ format: 'date' }) adoptedOn!: string;
  @ApiProperty({ description: 'Current staff of the school (leavers are not counted).' }) staff!: number;
  @ApiProperty() acknowledged!: number;
  @ApiProperty() outstanding!: number;
  @ApiProperty({
    type: [OutstandingReaderSchema],
    nullable: true,
    description: "Given when the request names a school and the caller is a trust admin, the school's headteacher or the policy's owner there; otherwise null.",
  })
  outstandingPeople!: OutstandingReaderSchema[] | null;
}

@ApiSchema({ name: 'AcknowledgementTotals' })
class AcknowledgementTotalsSchema {
  @ApiProperty({ description: 'The sum of `staff` over the rows: acknowledgements asked for.' }) expected!: number;
  @ApiProperty() acknowledged!: number;
  @ApiProperty() outstanding!: number;
}

@ApiSchema({ name: 'AcknowledgementProgress' })
export class AcknowledgementProgressSchema implements AcknowledgementProgress {
  @ApiProperty({ type: [AcknowledgementProgressRowSchema] }) rows!: AcknowledgementProgressRowSchema[];
  @ApiProperty({ type: AcknowledgementTotalsSchema }) totals!: AcknowledgementTotalsSchema;
}

@ApiSchema({ name: 'ReadingItem' })
class ReadingItemSchema implements ReadingItem {
  @ApiProperty() trustId!: string;
  @ApiProperty() schoolId!: string;
  @ApiProperty() schoolName!: string;
  @ApiProperty() policyId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date' }) adoptedOn!: string;
  @ApiProperty({ format: 'date', description: 'The later of the day the adoption was recorded and the day you joined the staff.' }) askedOn!: string;
  @ApiProperty({ type: String, nullable: true }) summary!: string | null;
  @ApiProperty({ type: String, nullable: true }) documentUrl!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The API path that downloads the attached document, when one was attached.' }) documentPath!: string | null;
}

@ApiSchema({ name: 'AcknowledgedItem' })
class AcknowledgedItemSchema implements AcknowledgedItem {
  @ApiProperty() schoolId!: string;
  @ApiProperty() policyId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date' }) acknowledgedOn!: string;
}

@ApiSchema({ name: 'MyReading' })
export class MyReadingSchema implements MyReading {
  @ApiProperty({ type: [ReadingItemSchema], description: 'Oldest first.' }) items!: ReadingItemSchema[];
  @ApiProperty({ type: [AcknowledgedItemSchema], description: 'The versions in force you acknowledged, newest first.' }) acknowledged!: AcknowledgedItemSchema[];
}
