import { ApiProperty } from '@nestjs/swagger';
import { IsAcceptablePassword } from '../../auth/password.validator';

export class SetPasswordDto {
  @ApiProperty({ description: 'At least 12 characters and not a common password.' })
  @IsAcceptablePassword()
  password!: string;
}
