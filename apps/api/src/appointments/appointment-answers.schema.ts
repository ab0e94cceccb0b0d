import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { appointmentBodies, appointmentRoles } from '@governance/domain';
import type { AppointmentBody, AppointmentItem, AppointmentRole, AppointmentStatus } from '@governance/contracts';

// OpenAPI shape of the appointment answers; it implements the answer type.

@ApiSchema({ name: 'AppointmentItem', description: 'One appointment: who, to which body, in what role, appointed by whom, for what term.' })
export class AppointmentItemSchema implements AppointmentItem {
  @ApiProperty() appointmentId!: string;
  @ApiProperty() personId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null once the person is erased.' }) name!: string | null;
  @ApiProperty({ enum: appointmentBodies }) body!: AppointmentBody;
  @ApiProperty({ type: String, nullable: true }) schoolId!: string | null;
  @ApiProperty({ type: String, nullable: true }) schoolName!: string | null;
  @ApiProperty({ type: String, nullable: true }) committee!: string | null;
  @ApiProperty({ enum: appointmentRoles }) role!: AppointmentRole;
  @ApiProperty({ example: 'Parents (election)' }) appointedBy!: string;
  @ApiProperty({ format: 'date' }) startsOn!: string;
  @ApiProperty({ format: 'date' }) endsOn!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date', description: 'The last day held when ended early.' }) endedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) endReason!: string | null;
  @ApiProperty({ enum: ['current', 'future', 'ended'] }) status!: AppointmentStatus;
}
