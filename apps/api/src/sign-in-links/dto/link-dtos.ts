import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type {
  ConsumeSignInLinkRequest,
  EmailOnlyRequest,
  SetPasswordWithLinkRequest,
} from '@governance/contracts';
import { IsAcceptablePassword } from '../../auth/password.validator';

export class EmailOnlyDto implements EmailOnlyRequest {
  @ApiProperty({ example: 'head@libra.sch.uk' })
  @IsString({ message: 'email must be text' })
  @MaxLength(254, { message: 'email must be at most 254 characters long' })
  @IsEmail({}, { message: 'email must be an email address, e.g. name@school.org.uk' })
  email!: string;
}

/** The token as the email gave it: base64url, 43 characters. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;
const TOKEN_MESSAGE = 'token must be the code from the link in your email';

export class SetPasswordWithLinkDto implements SetPasswordWithLinkRequest {
  @ApiProperty({ description: 'The token from the invitation or password-reset link.' })
  @IsString({ message: TOKEN_MESSAGE })
  @Matches(TOKEN_SHAPE, { message: TOKEN_MESSAGE })
  token!: string;

  @ApiProperty({ description: 'At least 12 characters and not a common password.' })
  @IsString({ message: 'password must be text' })
  @IsNotEmpty({ message: 'password must not be empty' })
  @IsAcceptablePassword()
  password!: string;
}

export class ConsumeSignInLinkDto implements ConsumeSignInLinkRequest {
  @ApiProperty({ description: 'The token from the sign-in link.' })
  @IsString({ message: TOKEN_MESSAGE })
  @Matches(TOKEN_SHAPE, { message: TOKEN_MESSAGE })
  token!: string;

  @ApiPropertyOptional({ description: 'The six-digit code, for a person with two-step sign-in.', example: '123456' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{6}$/, { message: 'totp must be the six-digit code from your authenticator app' })
  totp?: string;
}
