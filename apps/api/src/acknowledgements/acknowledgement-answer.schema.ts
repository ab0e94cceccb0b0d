import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { PolicyAcknowledgement } from '@governance/contracts';

@ApiSchema({ name: 'PolicyAcknowledgement', description: 'A member of staff acknowledged a version of a school’s policy.' })
export class PolicyAcknowledgementSchema implements PolicyAcknowledgement {
  @ApiProperty() schoolId!: string;
  @ApiProperty() policyId!: string;
  @ApiProperty({ minimum: 1 }) version!: number;
  @ApiProperty({ format: 'date', description: 'The day it was acknowledged (Europe/London); for a repeat, the first day.' })
  acknowledgedOn!: string;
  @ApiProperty({ description: 'Position in the event log, a decimal string.', example: '42' }) position!: string;
}
