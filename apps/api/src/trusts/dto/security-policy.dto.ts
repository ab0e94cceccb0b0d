import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

export class SecurityPolicyDto {
  @ApiProperty({
    description: 'Trust admins must sign in with a one-time code as well as their password.',
  })
  @IsBoolean({ message: 'requireMfaForAdmins must be true or false' })
  requireMfaForAdmins!: boolean;
}
