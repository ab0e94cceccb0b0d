import { Body, Controller, HttpCode, Post, Req, UseFilters } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Access } from './access.decorator';
import { LoginDto } from './dto/login.dto';
import { SignedIn, SignInCommand } from './sign-in';
import { RetryAfterFilter } from './too-many-attempts';
import { AnswerHoldsSecret } from '../idempotency/answer-holds-secret';
import { ApiProblem, ApiProblems } from '../http/api-problems.decorator';
import { SignedInSchema } from './auth-answers.schema';

@ApiTags('auth')
@Controller('auth')
@UseFilters(RetryAfterFilter)
export class AuthController {
  constructor(private readonly commands: CommandBus) {}

  @Post('login')
  @ApiOperation({ summary: 'Sign in', description: 'Exchanges an email and password (and a two-step code when the person has MFA) for a bearer access token. Anyone may call it; repeated failures are slowed down.' })
  @ApiProblems(400)
  @ApiProblem(401, 'Wrong email or password, or a missing or wrong one-time code.')
  @ApiProblem(
    429,
    'Too many failed attempts from this address, or this account is slowed down after failures from many addresses; see Retry-After.',
  )
  @AnswerHoldsSecret('Sign in again.')
  @Access('signIn')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Signed in: send the access token as a bearer token.', type: SignedInSchema })
  login(@Body() body: LoginDto, @Req() request: Request): Promise<SignedIn> {
    return this.commands.execute(new SignInCommand({ ...body, ip: request.ip ?? 'unknown' }));
  }
}
