import { ApiProperty } from '@nestjs/swagger';
import { IsAcceptablePassword } from '../../auth/password.validator';
import type { SetPasswordRequest } from '@governance/contracts';

export class SetPasswordDto implements SetPasswordRequest {
  @ApiProperty({ description: 'At least 12 characters and not a common password.' })
  @IsAcceptablePassword()
  password!: string;
}
