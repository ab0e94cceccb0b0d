import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IssuedToken } from './access-tokens';
import { PERSON_ROLES as ROLES, PersonRole as Role } from '@governance/domain';
import { RoleGrant } from './actor';
import { MeView } from './me/get-me';
import type { MayMap } from '@governance/contracts';
import { MfaEnrolment } from './me/start-mfa-enrolment';
import { SignedIn } from './sign-in';
import { WriteAnswer } from '../trusts/write-answer';

// OpenAPI shapes of the sign-in and account answers. Each implements its answer type, so a
// renamed or removed field fails to compile here as well.

@ApiSchema({ name: 'RoleGrant' })
export class RoleGrantSchema implements RoleGrant {
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiPropertyOptional({ description: 'Absent for a trust-wide role.' }) schoolId?: string;
}

@ApiSchema({ name: 'SignedIn' })
export class SignedInSchema implements SignedIn {
  @ApiProperty({ description: 'Send it as `Authorization: Bearer <token>`.' }) accessToken!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ description: 'The trust requires MFA for admins and this admin has none yet: only enrolment is open.' })
  mfaEnrolmentRequired!: boolean;
}

@ApiSchema({ name: 'IssuedTokenWriteAnswer', description: 'A write that also answers a fresh access token.' })
export class IssuedTokenWriteAnswerSchema implements WriteAnswer, IssuedToken {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'Position in the event log, a decimal string.' }) position!: string;
  @ApiProperty() accessToken!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

@ApiSchema({ name: 'MfaEnrolment' })
export class MfaEnrolmentSchema implements MfaEnrolment {
  @ApiProperty({ description: 'Base32 secret to type into an authenticator app.' }) secret!: string;
  @ApiProperty({ description: 'otpauth:// URI to show as a QR code.' }) otpauthUri!: string;
  @ApiProperty() issuer!: string;
}

@ApiSchema({ name: 'Me' })
export class MeSchema implements MeView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['person', 'operator'] }) kind!: 'person' | 'operator';
  @ApiProperty({ type: String, nullable: true }) trustId!: string | null;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ type: [RoleGrantSchema] }) roles!: RoleGrant[];
  @ApiProperty() mfaEnrolled!: boolean;
  @ApiProperty({ description: 'Only the MFA enrolment routes are open until the second factor is set up.' })
  mfaEnrolmentRequired!: boolean;
  @ApiProperty({
    type: 'object',
    description:
      "What this person may do, computed from the access table: each trust- or school-scoped entry they may send (its key, as in the operation's `x-access.entry`) mapped to `'all'` (anywhere in the trust) or the ids of the schools where they may. Entries they may not send are absent. The web app shows buttons and forms from this and checks no role itself.",
    additionalProperties: { oneOf: [{ type: 'string', enum: ['all'] }, { type: 'array', items: { type: 'string' } }] },
    example: { adoptPolicy: ['school-id'], schoolRegister: ['school-id'], listPolicies: 'all' },
  })
  may!: MayMap;
}
