import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { RoleGrant } from '../auth/actor';
import { RoleGrantSchema } from '../auth/auth-answers.schema';
import { PersonView } from './queries/person-view';
import type { InvitationSent, PersonName } from '@governance/contracts';

// OpenAPI shapes of the people answers; each implements its answer type.

@ApiSchema({ name: 'Person' })
export class PersonSchema implements PersonView {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null once erased.' }) name!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Null once erased.' }) email!: string | null;
  @ApiProperty({ type: [RoleGrantSchema] }) roles!: RoleGrant[];
  @ApiProperty() erased!: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) erasedAt!: string | null;
  @ApiProperty() mfaEnrolled!: boolean;
  @ApiProperty() canSignIn!: boolean;
}

@ApiSchema({ name: 'PersonName' })
export class PersonNameSchema implements PersonName {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null once erased.' }) name!: string | null;
}

@ApiSchema({ name: 'InvitationSent' })
export class InvitationSentSchema implements InvitationSent {
  @ApiProperty({ description: 'The person invited.' }) id!: string;
  @ApiProperty({ description: 'Position in the event log of PersonInvited, a decimal string.', example: '42' }) position!: string;
  @ApiProperty({ format: 'date-time', description: 'When the emailed link stops working.' }) expiresAt!: string;
}
