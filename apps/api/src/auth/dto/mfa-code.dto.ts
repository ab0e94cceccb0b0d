import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import type { MfaCodeRequest } from '@governance/contracts';

export class MfaCodeDto implements MfaCodeRequest {
  @ApiProperty({
    description: 'The six-digit code your authenticator app shows now.',
    example: '123456',
  })
  @IsString({ message: 'code must be the six-digit code from your authenticator app' })
  @Matches(/^\d{6}$/, { message: 'code must be the six-digit code from your authenticator app' })
  code!: string;
}
