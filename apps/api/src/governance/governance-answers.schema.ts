import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { LinkGovernor, WriteAnswer } from '@governance/contracts';

// OpenAPI shapes of the link governance answers; each implements its answer type.

@ApiSchema({ name: 'LinkGovernor', description: 'One current link governor of a school.' })
export class LinkGovernorSchema implements LinkGovernor {
  @ApiProperty() personId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null once erased.' }) name!: string | null;
  @ApiProperty({ example: 'safeguarding' }) area!: string;
  @ApiProperty({ type: [String], description: 'The policies the link covers; empty for the whole area.' }) policyIds!: string[];
}

@ApiSchema({ name: 'TermlyReportWriteAnswer', description: 'A termly report: the write answer and which submission it was.' })
export class TermlyReportWriteAnswerSchema implements WriteAnswer {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'Position in the event log, a decimal string.' }) position!: string;
  @ApiProperty({ description: 'Which submission this was for the term: 1 for the first, more for a resubmission.' }) submission!: number;
}
