import { Body, Controller, HttpCode, Post, Req, UseFilters } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from './access-rule';
import { LoginDto } from './dto/login.dto';
import { SignedIn, SignInService } from './sign-in.service';
import { RetryAfterFilter } from './too-many-attempts';
import { AnswerHoldsSecret } from '../idempotency/answer-holds-secret';

@ApiTags('auth')
@Controller('auth')
@UseFilters(RetryAfterFilter)
export class AuthController {
  constructor(private readonly signIns: SignInService) {}

  @Post('login')
  @AnswerHoldsSecret('Sign in again.')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ description: '{accessToken, expiresAt, mfaEnrolmentRequired}' })
  @ApiUnauthorizedResponse({
    description: 'Wrong email or password, or a missing or wrong one-time code.',
  })
  @ApiTooManyRequestsResponse({
    description:
      'Too many failed attempts from this address, or this account is slowed down after failures from many addresses; see Retry-After.',
  })
  login(@Body() body: LoginDto, @Req() request: Request): Promise<SignedIn> {
    return this.signIns.signIn({ ...body, ip: request.ip ?? 'unknown' });
  }
}
