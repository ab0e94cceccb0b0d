import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { MinutesPackCheck } from '@governance/contracts';
import { MINUTES_FORMATS } from './minutes-formats';

@ApiSchema({ name: 'MinutesPackCheck', description: 'Whether a pack rebuilt from the log position it was built at equals what was sent.' })
export class MinutesPackCheckSchema implements MinutesPackCheck {
  @ApiProperty() eventId!: string;
  @ApiProperty({ example: '2027-spring' }) term!: string;
  @ApiProperty({ type: String, nullable: true }) schoolId!: string | null;
  @ApiProperty({ enum: MINUTES_FORMATS }) format!: MinutesPackCheck['format'];
  @ApiProperty({ format: 'date' }) generatedOn!: string;
  @ApiProperty() generatedBy!: string;
  @ApiProperty({ description: 'The log position the pack was built at (decimal)' }) builtAt!: string;
  @ApiProperty({ enum: ['bytes', 'contents'], description: "Word packs are compared on their contents (the pack's JSON form): the Word writer stamps the time" })
  compared!: MinutesPackCheck['compared'];
  @ApiProperty() recordedSha256!: string;
  @ApiProperty() rebuiltSha256!: string;
  @ApiProperty() matches!: boolean;
}
