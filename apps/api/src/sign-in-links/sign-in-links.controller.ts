import { Body, Controller, HttpCode, Post, Req, UseFilters } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiSchema, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { SignedIn } from '@governance/contracts';
import { Access } from '../auth/access.decorator';
import { SignedInSchema } from '../auth/auth-answers.schema';
import { RetryAfterFilter } from '../auth/too-many-attempts';
import { ApiProblem, ApiProblems } from '../http/api-problems.decorator';
import { AnswerHoldsSecret } from '../idempotency/answer-holds-secret';
import { ConsumeSignInLinkCommand } from './consume-sign-in-link';
import { ConsumeSignInLinkDto, EmailOnlyDto, SetPasswordWithLinkDto } from './dto/link-dtos';
import { LinkRequested, RequestLinkCommand } from './request-link';
import { PasswordSetAnswer, SetPasswordWithLinkCommand } from './set-password-with-link';

@ApiSchema({ name: 'LinkRequested' })
class LinkRequestedSchema implements LinkRequested {
  @ApiProperty({ description: 'The same words whatever the email: nobody learns whether it has an account.' })
  message!: string;
}

@ApiSchema({ name: 'PasswordSet' })
class PasswordSetSchema implements PasswordSetAnswer {
  @ApiProperty({ description: 'The address to sign in with.' }) email!: string;
}

const TOO_MANY = 'Too many requests from this address; see Retry-After.';
const LINK_PROBLEMS = 'The link is not one we sent or was replaced (400 `link-unknown`), or was already used or has expired (410 `link-used`, `link-expired`).';

/** Links by email: password reset, sign-in by link, and spending an invitation or reset link. */
@ApiTags('auth')
@Controller('auth')
@UseFilters(RetryAfterFilter)
export class SignInLinksController {
  constructor(private readonly commands: CommandBus) {}

  @Post('password-reset')
  @HttpCode(202)
  @ApiOperation({ summary: 'Ask for a password-reset link', description: 'Emails a one-time link (1 hour) to set a new password, when the address has an account. The answer is the same whatever the email. Anyone may call it; requests are limited per address.' })
  @ApiAcceptedResponse({ description: 'Accepted, whatever the email.', type: LinkRequestedSchema })
  @ApiProblems(400)
  @ApiProblem(429, TOO_MANY)
  @Access('requestPasswordReset')
  passwordReset(@Body() body: EmailOnlyDto, @Req() request: Request): Promise<LinkRequested> {
    return this.commands.execute(new RequestLinkCommand('password-reset', body.email, request.ip ?? 'unknown'));
  }

  @Post('email-link')
  @HttpCode(202)
  @ApiOperation({ summary: 'Ask for a sign-in link', description: 'Emails a one-time sign-in link (15 minutes), when the address has an account. The answer is the same whatever the email. Anyone may call it; requests are limited per address.' })
  @ApiAcceptedResponse({ description: 'Accepted, whatever the email.', type: LinkRequestedSchema })
  @ApiProblems(400)
  @ApiProblem(429, TOO_MANY)
  @Access('requestSignInLink')
  emailLink(@Body() body: EmailOnlyDto, @Req() request: Request): Promise<LinkRequested> {
    return this.commands.execute(new RequestLinkCommand('email-link', body.email, request.ip ?? 'unknown'));
  }

  @Post('email-link/consume')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with an emailed link', description: 'Spends a sign-in link for an access token. A person with two-step sign-in also sends `totp` (without it: 401 `mfa-required`, and the link stays unspent).' })
  @ApiOkResponse({ description: 'Signed in.', type: SignedInSchema })
  @ApiProblems(400)
  @ApiProblem(401, 'A missing or wrong one-time code.')
  @ApiProblem(410, LINK_PROBLEMS)
  @ApiProblem(429, TOO_MANY)
  @AnswerHoldsSecret('Ask for a new sign-in link.')
  @Access('signInWithLink')
  consume(@Body() body: ConsumeSignInLinkDto, @Req() request: Request): Promise<SignedIn> {
    return this.commands.execute(new ConsumeSignInLinkCommand(body.token, body.totp, request.ip ?? 'unknown'));
  }

  @Post('password/set')
  @HttpCode(200)
  @ApiOperation({ summary: 'Set a password with an emailed link', description: "Spends an invitation or password-reset link and sets the person's password (every earlier session ends). It does not sign in: sign in with the new password. A password the policy refuses leaves the link unspent." })
  @ApiOkResponse({ description: 'The password is set.', type: PasswordSetSchema })
  @ApiProblems(400)
  @ApiProblem(410, LINK_PROBLEMS)
  @ApiProblem(429, TOO_MANY)
  @Access('setPasswordWithLink')
  setPassword(@Body() body: SetPasswordWithLinkDto, @Req() request: Request): Promise<PasswordSetAnswer> {
    return this.commands.execute(new SetPasswordWithLinkCommand(body.token, body.password, request.ip ?? 'unknown'));
  }
}
