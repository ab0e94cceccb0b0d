import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { LoginRequest } from '@governance/contracts';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'head@libra.sch.uk' })
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an email address, e.g. name@school.org.uk' })
  email!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty({ message: 'password must not be empty' })
  @MaxLength(256)
  password!: string;

  @ApiPropertyOptional({
    description: 'The six-digit code from an authenticator app, once MFA is set up.',
    example: '123456',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\d{6}$/, { message: 'totp must be the six-digit code from your authenticator app' })
  totp?: string;
}
