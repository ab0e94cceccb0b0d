import { Body, Controller, Get, HttpCode, Post, Put, Req, Res, UseFilters } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { answerWrite, WriteAnswer } from '../../trusts/write-answer';
import { Access } from '../access.decorator';
import { IssuedToken } from '../access-tokens';
import { Origin, RequestOrigin } from '../command-origin.decorator';
import { CurrentActor } from '../current-actor.decorator';
import { CurrentSession } from '../current-session.decorator';
import { ChangePasswordDto } from '../dto/change-password.dto';
import { MfaCodeDto } from '../dto/mfa-code.dto';
import { RequestSession } from '../request-actor';
import { RetryAfterFilter } from '../too-many-attempts';
import { Actor } from '../actor';
import { ChangeOwnPasswordCommand } from './change-own-password';
import { ConfirmMfaCommand } from './confirm-mfa';
import { GetMeQuery, MeView } from './get-me';
import { RemoveOwnMfaCommand } from './remove-own-mfa';
import { MfaEnrolment, StartMfaEnrolmentCommand } from './start-mfa-enrolment';
import { AnswerHoldsSecret } from '../../idempotency/answer-holds-secret';
import { ApiProblem, ApiProblems, ApiWriteProblems } from '../../http/api-problems.decorator';
import { ApiWriteAnswer } from '../../http/api-write-answer.decorator';
import { IssuedTokenWriteAnswerSchema, MeSchema, MfaEnrolmentSchema } from '../auth-answers.schema';

/** The signed-in person's own account: profile, second factor, password. */
@ApiTags('me')
@ApiBearerAuth()
@ApiProblems(401, 403)
@Controller('me')
@UseFilters(RetryAfterFilter)
export class MeController {
  constructor(
    private readonly commands: CommandBus,
    private readonly getMe: GetMeQuery,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Read your own account', description: "The signed-in person's name, email, roles and whether two-step sign-in is set up. Any signed-in person may call it, also while they must still set up MFA." })
  @ApiOkResponse({ description: 'Your account.', type: MeSchema })
  @Access('me')
  me(@CurrentSession() session: RequestSession): Promise<MeView> {
    return this.getMe.execute(session);
  }

  /** Starts setting up a second factor: answers the secret and an otpauth:// URI for a QR code. */
  @Post('mfa/enrol')
  @ApiOperation({ summary: 'Start setting up two-step sign-in', description: "Answers a new secret and an otpauth:// URI for an authenticator app's QR code. Nothing is switched on until it is confirmed. Only people (not the operator) may call it." })
  @ApiOkResponse({ description: 'The secret and the otpauth:// URI; they are shown this once.', type: MfaEnrolmentSchema })
  @ApiProblems(409)
  @AnswerHoldsSecret(
    'Start again with a new key: each enrolment answers a new secret and replaces the one not shown.',
  )
  @Access('enrolMfa')
  @HttpCode(200)
  enrol(@CurrentActor() actor: Actor): Promise<MfaEnrolment> {
    return this.commands.execute(new StartMfaEnrolmentCommand(actor));
  }

  @Post('mfa/confirm')
  @ApiOperation({ summary: 'Finish setting up two-step sign-in', description: 'Confirms the enrolment with a code from the authenticator app and answers a fresh access token. Only people (not the operator) may call it.' })
  @ApiWriteAnswer('Two-step sign-in is on; the answer also holds a new access token.', IssuedTokenWriteAnswerSchema)
  @ApiWriteProblems()
  @AnswerHoldsSecret(
    'Two-step sign-in is set up (see GET /api/me): sign in again with a code for a new access token.',
  )
  @Access('confirmMfa')
  async confirm(
    @Body() body: MfaCodeDto,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WriteAnswer & IssuedToken> {
    const outcome = await this.commands.execute(new ConfirmMfaCommand(origin, body.code));
    return {
      ...answerWrite(res, outcome),
      accessToken: outcome.accessToken,
      expiresAt: outcome.expiresAt,
    };
  }

  @Post('mfa/remove')
  @ApiOperation({ summary: 'Turn off your two-step sign-in', description: 'Removes your own second factor after checking a current code, and answers a fresh access token. Only people (not the operator) may call it.' })
  @ApiWriteAnswer('The second factor is removed; the answer also holds a new access token.', IssuedTokenWriteAnswerSchema)
  @ApiWriteProblems()
  @AnswerHoldsSecret(
    'The second factor is removed (see GET /api/me): sign in again for a new access token.',
  )
  @Access('removeMfa')
  async remove(
    @Body() body: MfaCodeDto,
    @Origin() origin: RequestOrigin,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WriteAnswer & IssuedToken> {
    const outcome = await this.commands.execute(new RemoveOwnMfaCommand(origin, body.code));
    return {
      ...answerWrite(res, outcome),
      accessToken: outcome.accessToken,
      expiresAt: outcome.expiresAt,
    };
  }

  @Put('password')
  @ApiOperation({ summary: 'Change your password', description: 'Changes your own password (the current one is checked) and answers a fresh access token; older tokens stop working. Only people (not the operator) may call it.' })
  @ApiWriteAnswer('The password is changed; the answer also holds a new access token.', IssuedTokenWriteAnswerSchema)
  @ApiWriteProblems()
  @ApiProblem(429)
  @AnswerHoldsSecret('The password is changed: sign in again with it for a new access token.')
  @Access('changePassword')
  async changePassword(
    @Body() body: ChangePasswordDto,
    @CurrentSession() session: RequestSession,
    @Req() request: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WriteAnswer & IssuedToken> {
    const outcome = await this.commands.execute(
      new ChangeOwnPasswordCommand(
        session,
        body.currentPassword,
        body.newPassword,
        request.ip ?? 'unknown',
      ),
    );
    return {
      ...answerWrite(res, outcome),
      accessToken: outcome.accessToken,
      expiresAt: outcome.expiresAt,
    };
  }
}
