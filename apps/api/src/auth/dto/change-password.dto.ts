import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsAcceptablePassword } from '../password.validator';

export class ChangePasswordDto {
  @ApiProperty()
  @IsString({ message: 'currentPassword must be text' })
  @IsNotEmpty({ message: 'currentPassword must not be empty' })
  @MaxLength(256)
  currentPassword!: string;

  @ApiProperty({ description: 'At least 12 characters and not a common password.' })
  @IsAcceptablePassword()
  newPassword!: string;
}
