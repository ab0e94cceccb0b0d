import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PERSON_ROLES, PersonRole } from '@governance/domain';
import { IsIn } from 'class-validator';
import { FitsRoleScope } from './role-scope.validator';
import type { RoleGrantRequest } from '@governance/contracts';

export class RoleGrantDto implements RoleGrantRequest {
  @ApiProperty({ enum: PERSON_ROLES })
  @IsIn(PERSON_ROLES, { message: `role must be one of ${PERSON_ROLES.join(', ')}` })
  role!: PersonRole;

  @ApiPropertyOptional({
    description:
      'Required for headteacher, governor and staff; not allowed for trust-admin and trustee.',
  })
  @FitsRoleScope()
  schoolId?: string;
}
